// The response cache: a repeated query's HTTP answer replayed byte for byte, before parsing or execution.

import { getOperationAST } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { ApiContext } from './context.ts';

/** Largest request body looked up (bigger operations are rare, and would make big keys). */
const MAX_KEY_BYTES = 64 * 1024;
/** Bounds of what is kept: the oldest entries go first. */
const MAX_ENTRIES = 1000;
const MAX_STORED_BYTES = 64 * 1024 * 1024;

interface Entry {
  body: string;
  contentType: string;
  expires: number;
}

export interface ServedResponseCache {
  plugin: Plugin<ApiContext>;
  /** Forgets every answer: called after each write through the API. */
  forget(): void;
}

/**
 * Keyed by the request itself (media types and body bytes), so a hit costs a map look-up and no GraphQL work;
 * only a query answered without errors is kept, for `ttlMs`. `bodyOf` gives the body the request guards read.
 */
export function createServedResponseCache(
  ttlMs: number,
  bodyOf: (request: Request) => Uint8Array | undefined,
): ServedResponseCache {
  const entries = new Map<string, Entry>();
  let storedBytes = 0;
  /** The key of each request that may be stored, and the JSON text of its result once known. */
  const pending = new WeakMap<Request, { key: string; text?: string }>();

  const drop = (key: string): void => {
    const entry = entries.get(key);
    if (!entry) return;
    entries.delete(key);
    storedBytes -= entry.body.length;
  };
  const store = (key: string, entry: Entry): void => {
    drop(key);
    while (entries.size >= MAX_ENTRIES || storedBytes + entry.body.length > MAX_STORED_BYTES) {
      const oldest = entries.keys().next();
      if (oldest.done) break;
      drop(oldest.value);
    }
    entries.set(key, entry);
    storedBytes += entry.body.length;
  };

  const plugin: Plugin<ApiContext> = {
    onRequest({ request, url, endResponse, fetchAPI }) {
      if (request.method !== 'POST' || url.pathname !== '/graphql') return;
      const body = bodyOf(request);
      if (!body || body.byteLength > MAX_KEY_BYTES) return;
      // What shapes the answer: the media types asked for and sent, and the operation (latin1 keeps every byte).
      const key = `${request.headers.get('accept') ?? ''}\n${request.headers.get('content-type') ?? ''}\n${Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('latin1')}`;
      const entry = entries.get(key);
      if (entry && entry.expires > Date.now()) {
        endResponse(new fetchAPI.Response(entry.body, { headers: { 'Content-Type': entry.contentType } }));
        return;
      }
      if (entry) drop(key);
      pending.set(request, { key });
    },
    onExecute({ args }) {
      const request = args.contextValue.request as Request | undefined;
      // Only queries are replayed: a mutation's answer is an act, not a reading.
      if (request && getOperationAST(args.document, args.operationName)?.operation !== 'query') {
        pending.delete(request);
      }
    },
    onResultProcess({ request, result }) {
      const waiting = pending.get(request);
      if (!waiting) return;
      const single = result as { errors?: unknown[]; stringify?: (result: unknown) => string };
      // Results serialized by the operation budget carry their text; others (errors among them) are not kept.
      if (Array.isArray(result) || single.errors?.length || !single.stringify) pending.delete(request);
      else waiting.text = single.stringify(result);
    },
    onResponse({ request, response }) {
      const waiting = pending.get(request);
      pending.delete(request);
      if (waiting?.text === undefined || response.status !== 200) return;
      store(waiting.key, {
        body: waiting.text,
        contentType: response.headers.get('content-type') ?? 'application/json; charset=utf-8',
        expires: Date.now() + ttlMs,
      });
    },
  };
  return {
    plugin,
    forget() {
      entries.clear();
      storedBytes = 0;
    },
  };
}
