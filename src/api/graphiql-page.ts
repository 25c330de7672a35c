// Serves the GraphiQL page (9 MB of inlined scripts) compressed once, with an ETag and cache headers.

import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Plugin } from 'graphql-yoga';

interface Encoded {
  etag: string;
  identity: Uint8Array<ArrayBuffer>;
  br: Uint8Array<ArrayBuffer>;
  gzip: Uint8Array<ArrayBuffer>;
}

// Compressed on the thread pool: the event loop keeps answering /health meanwhile.
const brotliAsync = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

export function useCompressedGraphiQL(graphqlEndpoint = '/graphql'): Plugin {
  // The page depends only on the server's options: encoded on first request, reused after.
  let encoded: Promise<Encoded> | null = null;
  return {
    async onResponse({ request, response, setResponse }) {
      if (request.method !== 'GET' || !response.headers.get('content-type')?.startsWith('text/html')) return;
      // Only GraphiQL: other pages (the explorer) are HTML too, and the encoded copy is GraphiQL's.
      if (new URL(request.url).pathname !== graphqlEndpoint) return;
      encoded ??= encode(Buffer.from(await response.clone().arrayBuffer()));
      const page = await encoded;
      const headers = new Headers(response.headers);
      headers.set('cache-control', 'public, max-age=3600');
      headers.set('etag', page.etag);
      headers.set('vary', 'Accept-Encoding');
      headers.delete('content-length');
      if (request.headers.get('if-none-match') === page.etag) {
        setResponse(new Response(null, { status: 304, headers }));
        return;
      }
      const accepted = request.headers.get('accept-encoding') ?? '';
      const encoding = /\bbr\b/.test(accepted) ? 'br' : /\bgzip\b/.test(accepted) ? 'gzip' : null;
      if (encoding) headers.set('content-encoding', encoding);
      setResponse(new Response(encoding ? page[encoding] : page.identity, { status: 200, headers }));
    },
  };
}

async function encode(html: Buffer): Promise<Encoded> {
  const [br, gz] = await Promise.all([
    brotliAsync(html, { params: { [constants.BROTLI_PARAM_QUALITY]: 6 } }),
    gzipAsync(html, { level: 6 }),
  ]);
  return {
    etag: `"${createHash('sha256').update(html).digest('base64url').slice(0, 27)}"`,
    identity: new Uint8Array(html),
    br: new Uint8Array(br),
    gzip: new Uint8Array(gz),
  };
}
