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
  /** Article-named entries inside folders that are not regular files (links, FIFOs...), with why. */
  skipped: Array<{ path: string; reason: string }>;
}

export async function findArticleFiles(paths: string[]): Promise<FoundFiles> {
  const files = new Set<string>();
  const missing: string[] = [];
  const skipped: FoundFiles['skipped'] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => null);
    // A path that exists is taken as written, even when it holds glob characters such as [ ].
    if (!info && /[*?[\]{}]/.test(path)) {
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
    if (!info) missing.push(path);
    else if (info.isDirectory()) {
      const listed = await listArticlesIn(path);
      for (const file of listed.files) files.add(resolve(file));
      skipped.push(...listed.skipped);
    } else files.add(resolve(path)); // an explicit file is taken whatever its name, so a bad one gets its own error
  }
  return { files: [...files].sort(), missing, skipped };
}

async function listArticlesIn(dir: string): Promise<Omit<FoundFiles, 'missing'>> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  const files: string[] = [];
  const skipped: FoundFiles['skipped'] = [];
  for (const entry of entries) {
    if (!isArticleFileName(entry.name) || entry.isDirectory()) continue;
    const path = join(entry.parentPath, entry.name);
    if (entry.isFile()) files.push(path);
    else if (entry.isSymbolicLink())
      skipped.push({
        path,
        reason: 'symbolic link, not followed inside folders; give its target (or the link) explicitly',
      });
    else skipped.push({ path, reason: 'not a regular file (a FIFO, socket or device); skipped' });
  }
  return { files, skipped };
}

async function isFile(path: string): Promise<boolean> {
  return (await stat(path).catch(() => null))?.isFile() ?? false;
}
