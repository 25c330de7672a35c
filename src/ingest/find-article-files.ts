// Expands the paths given to `kg ingest` (files, folders, globs) into a sorted list of article files.

import { glob, stat, readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';

const ARTICLE_EXTENSIONS = ['.txt', '.md'];

export function isArticleFileName(name: string): boolean {
  return (
    ARTICLE_EXTENSIONS.some((extension) => name.toLowerCase().endsWith(extension)) && !name.startsWith('.')
  );
}

export interface FoundFiles {
  files: string[];
  /** Paths that matched nothing: reported, not fatal. */
  missing: string[];
}

export async function findArticleFiles(paths: string[]): Promise<FoundFiles> {
  const files = new Set<string>();
  const missing: string[] = [];
  for (const path of paths) {
    if (/[*?[\]{}]/.test(path)) {
      let matched = 0;
      for await (const match of glob(path)) {
        if (isArticleFileName(match) && (await isFile(match))) {
          files.add(resolve(match));
          matched += 1;
        }
      }
      if (matched === 0) missing.push(path);
      continue;
    }
    const info = await stat(path).catch(() => null);
    if (!info) missing.push(path);
    else if (info.isDirectory()) for (const file of await listArticlesIn(path)) files.add(resolve(file));
    else files.add(resolve(path)); // an explicit file is taken whatever its name, so a bad one gets its own error
  }
  return { files: [...files].sort(), missing };
}

async function listArticlesIn(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && isArticleFileName(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
}

async function isFile(path: string): Promise<boolean> {
  return (await stat(path).catch(() => null))?.isFile() ?? false;
}
