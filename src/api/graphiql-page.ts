// Serves the GraphiQL page (9 MB of inlined scripts) compressed once, with an ETag and cache headers.

import { createHash } from 'node:crypto';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';
import type { Plugin } from 'graphql-yoga';

interface Encoded {
  etag: string;
  identity: Uint8Array<ArrayBuffer>;
  br: Uint8Array<ArrayBuffer>;
  gzip: Uint8Array<ArrayBuffer>;
}

export function useCompressedGraphiQL(): Plugin {
  // The page depends only on the server's options: encoded on first request, reused after.
  let encoded: Encoded | null = null;
  return {
    async onResponse({ request, response, setResponse }) {
      if (request.method !== 'GET' || !response.headers.get('content-type')?.startsWith('text/html')) return;
      if (!encoded) {
        const html = Buffer.from(await response.clone().arrayBuffer());
        encoded = {
          etag: `"${createHash('sha256').update(html).digest('base64url').slice(0, 27)}"`,
          identity: new Uint8Array(html),
          br: new Uint8Array(brotliCompressSync(html, { params: { [constants.BROTLI_PARAM_QUALITY]: 9 } })),
          gzip: new Uint8Array(gzipSync(html, { level: 9 })),
        };
      }
      const headers = new Headers(response.headers);
      headers.set('cache-control', 'public, max-age=3600');
      headers.set('etag', encoded.etag);
      headers.set('vary', 'Accept-Encoding');
      headers.delete('content-length');
      if (request.headers.get('if-none-match') === encoded.etag) {
        setResponse(new Response(null, { status: 304, headers }));
        return;
      }
      const accepted = request.headers.get('accept-encoding') ?? '';
      const encoding = /\bbr\b/.test(accepted) ? 'br' : /\bgzip\b/.test(accepted) ? 'gzip' : null;
      if (encoding) headers.set('content-encoding', encoding);
      setResponse(new Response(encoding ? encoded[encoding] : encoded.identity, { status: 200, headers }));
    },
  };
}
