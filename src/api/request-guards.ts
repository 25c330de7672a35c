// Checks on the HTTP request before GraphQL sees it: body size (streamed), content type (CSRF), API token.

import type { Plugin } from 'graphql-yoga';
import type { ServerConfig } from '../config.ts';

/** Content types a browser cannot send cross-origin without a preflight; anything else is refused on POST. */
const GRAPHQL_CONTENT_TYPES = [
  'application/json',
  'application/graphql-response+json',
  'application/graphql',
];

/** `bodies` receives each request's body as read here, for the response cache's key. */
export function useRequestGuards(server: ServerConfig, bodies?: WeakMap<Request, Uint8Array>): Plugin {
  const { maxBodyBytes, protectReads, apiToken } = server;
  return {
    async onRequest({ request, setRequest, endResponse, fetchAPI }) {
      const refuse = (status: number, code: string, message: string) =>
        endResponse(fetchAPI.Response.json({ errors: [{ message, extensions: { code } }] }, { status }));
      const path = new URL(request.url).pathname;
      if (request.method === 'POST' && path === '/graphql') {
        const type = (request.headers.get('content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
        if (!GRAPHQL_CONTENT_TYPES.includes(type)) {
          // Forms and text/plain skip the CORS preflight: accepting them would let any page post here.
          return refuse(
            415,
            'UNSUPPORTED_MEDIA_TYPE',
            `POST bodies must be sent as "Content-Type: application/json", got "${type || 'none'}"`,
          );
        }
      }
      if (request.body) {
        const declared = Number(request.headers.get('content-length') ?? NaN);
        const tooLarge = () =>
          refuse(
            413,
            'PAYLOAD_TOO_LARGE',
            `request body is over ${maxBodyBytes} bytes (KG_MAX_BODY_BYTES); send a smaller operation`,
          );
        if (declared > maxBodyBytes) return tooLarge();
        const body = await readAtMost(request.body, maxBodyBytes);
        if (body === null) return tooLarge();
        const read = new fetchAPI.Request(request.url, {
          method: request.method,
          headers: request.headers,
          body,
          signal: request.signal,
        });
        bodies?.set(read, body);
        setRequest(read);
      }
      const graphiqlPage = request.method === 'GET' && request.headers.get('accept')?.includes('text/html');
      if (
        protectReads &&
        apiToken &&
        path === '/graphql' &&
        !graphiqlPage &&
        !carriesToken(request, apiToken)
      ) {
        return refuse(
          401,
          'UNAUTHENTICATED',
          'this server requires the API token for every request: send "Authorization: Bearer <token>"',
        );
      }
    },
  };
}

/** The body's bytes, counted as they arrive; null (and the stream cancelled) once it passes `limit`. */
export async function readAtMost(
  stream: ReadableStream<Uint8Array>,
  limit: number,
): Promise<Uint8Array<ArrayBuffer> | null> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  const body = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    body.set(chunk, at);
    at += chunk.byteLength;
  }
  return body;
}

/** True when the request carries `token` as a bearer token (any case of "Bearer") or an x-api-key header. */
export function carriesToken(request: Request, token: string | null): boolean {
  if (token === null) return false;
  const header = request.headers.get('authorization') ?? '';
  const bearer = /^Bearer\s+(.+)$/i.exec(header)?.[1];
  return bearer === token || request.headers.get('x-api-key') === token;
}
