// Serves the explorer page at /explore: its HTML and CSS, its browser modules (TypeScript with the types stripped) and cytoscape.

import { readdirSync, readFileSync } from 'node:fs';
import { createRequire, stripTypeScriptTypes } from 'node:module';
import { dirname, join } from 'node:path';
import type { Plugin } from 'graphql-yoga';

interface Asset {
  type: string;
  body: string;
}

const HERE = import.meta.dirname;
const JS = 'text/javascript; charset=utf-8';

/** Every file the page needs, read once: a fixed table, so no request path ever reaches the file system. */
function loadAssets(): Map<string, Asset> {
  const assets = new Map<string, Asset>();
  const read = (path: string): string => readFileSync(path, 'utf8');
  assets.set('/explore/explore.css', {
    type: 'text/css; charset=utf-8',
    body: read(join(HERE, 'static', 'explore.css')),
  });
  const clientDir = join(HERE, 'client');
  for (const name of readdirSync(clientDir).filter((file) => file.endsWith('.ts'))) {
    assets.set(`/explore/app/${name}`, { type: JS, body: stripTypes(read(join(clientDir, name))) });
  }
  // cytoscape's own ES module build, straight from node_modules: no bundler, no CDN.
  const cytoscapeMain = createRequire(import.meta.url).resolve('cytoscape');
  assets.set('/explore/vendor/cytoscape.mjs', {
    type: JS,
    body: read(join(dirname(cytoscapeMain), 'cytoscape.esm.min.mjs')),
  });
  // The page names every module up front, so the browser fetches them at once instead of one import level at a time.
  const preload = [...assets.keys()]
    .filter((path) => path.startsWith('/explore/app/') || path.startsWith('/explore/vendor/'))
    .map((path) => `<link rel="modulepreload" href="${path}" />`)
    .join('\n    ');
  const page = read(join(HERE, 'static', 'index.html')).replace('<!-- modulepreload -->', preload);
  assets.set('/explore', { type: 'text/html; charset=utf-8', body: page });
  return assets;
}

/** Node's type stripper warns once that it is experimental; the page's modules are plain erasable TypeScript. */
function stripTypes(source: string): string {
  const emitWarning = process.emitWarning;
  process.emitWarning = (() => undefined) as typeof process.emitWarning;
  try {
    return stripTypeScriptTypes(source, { mode: 'strip' });
  } finally {
    process.emitWarning = emitWarning;
  }
}

/** GET /explore and its assets; anything else passes on to GraphQL. */
export function useExplorer(): Plugin {
  let assets: Map<string, Asset> | null = null;
  return {
    onRequest({ request, endResponse, fetchAPI }) {
      const path = new URL(request.url).pathname.replace(/\/$/, '');
      if (path !== '/explore' && !path.startsWith('/explore/')) return;
      assets ??= loadAssets();
      const asset = assets.get(path);
      if (!asset || (request.method !== 'GET' && request.method !== 'HEAD')) {
        endResponse(new fetchAPI.Response(`not found: ${path}\n`, { status: 404 }));
        return;
      }
      endResponse(
        new fetchAPI.Response(request.method === 'HEAD' ? null : asset.body, {
          headers: { 'content-type': asset.type, 'cache-control': 'no-cache' },
        }),
      );
    },
  };
}
