// createApi(deps): the graphql-yoga app (no listen): schema, context, limits, health and readiness wired together.

import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { createYoga, maskError, type Plugin, type YogaServerInstance } from 'graphql-yoga';
import { createContext, type ApiContext, type ApiDeps } from './context.ts';
import { useExplorer } from './explore/explore-routes.ts';
import { withExplorerLink } from './explore/graphiql-link.ts';
import { GRAPHIQL_EXAMPLES } from './graphiql-examples.ts';
import { useCompiledExecution } from './compiled-execution.ts';
import { useCompressedGraphiQL } from './graphiql-page.ts';
import { explainNeo4jFailure, useReadiness, useWritableCheck } from './neo4j-availability.ts';
import { useIntrospectionMemo, useOperationBudget, useOperationLimits } from './operation-guards.ts';
import { useRequestGuards } from './request-guards.ts';
import { createServedResponseCache } from './served-response-cache.ts';
import { createSchema } from './schema.ts';

export type Api = YogaServerInstance<Record<string, unknown>, ApiContext>;

export function createApi(deps: ApiDeps): Api {
  const { server } = deps.config;
  // Reads dominate: identical queries are answered from memory for KG_CACHE_TTL_MS (other processes'
  // ingests show after at most that long); writes through this API forget everything at once.
  const bodies = new WeakMap<Request, Uint8Array>();
  const cache =
    server.cacheTtlMs > 0 ? createServedResponseCache(server.cacheTtlMs, (r) => bodies.get(r)) : null;
  const forgetCachedResponses = async (): Promise<void> => cache?.forget();
  return createYoga<Record<string, unknown>, ApiContext>({
    schema: createSchema(),
    graphqlEndpoint: '/graphql',
    // useRequestGuards already bounds the body (KG_MAX_BODY_BYTES, streamed); yoga's own limit would pipe
    // every body through a second stream and rebuild the request again.
    maxRequestBodySize: false,
    healthCheckEndpoint: '/health',
    landingPage: false,
    graphiql: { title: 'Diplomatic-event knowledge graph', defaultQuery: GRAPHIQL_EXAMPLES },
    // GraphiQL's scripts are served from node_modules, inline: nothing is fetched from a CDN.
    renderGraphiQL: (options) => withExplorerLink(renderGraphiQL(options)),
    // Credentials only ever go to a configured origin; "*" allows reads from anywhere without them.
    cors: (request) => {
      if (server.corsOrigins.includes('*')) return { origin: '*', credentials: false };
      const origin = request.headers.get('origin');
      return origin && server.corsOrigins.includes(origin) ? { origin: [origin], credentials: true } : false;
    },
    context: ({ request }) => createContext(deps, request, forgetCachedResponses),
    logging: false,
    maskedErrors: {
      maskError(error, message, isDev) {
        // Compared by name, not class: graphql can be loaded twice (ESM and CommonJS copies).
        const original = (error as { originalError?: unknown }).originalError ?? error;
        const neo4jFailure = explainNeo4jFailure(original);
        if (neo4jFailure) return neo4jFailure;
        if ((original as Error | undefined)?.name !== 'GraphQLError') {
          deps.log('error', 'internal error while resolving', {
            error: String(original),
            stack: (original as Error)?.stack,
          });
        }
        return maskError(error, message, isDev);
      },
    },
    plugins: [
      useRequestGuards(server, bodies),
      // Right after the guards (size, media type, token): a hit skips everything else.
      ...(cache ? [cache.plugin] : []),
      useExplorer(),
      useReadiness(deps.graph),
      useCompressedGraphiQL(),
      useOperationLimits(server),
      useWritableCheck(deps.graph),
      useOperationBudget(server),
      useIntrospectionMemo(),
      useCompiledExecution(),
      useRequestLog(deps),
    ],
  });
}

function useRequestLog(deps: ApiDeps): Plugin {
  return {
    onRequest({ request, serverContext }) {
      (serverContext as Record<string, unknown>).__started = Date.now();
      void request;
    },
    onResponse({ request, response, serverContext }) {
      const started = (serverContext as Record<string, unknown>).__started as number | undefined;
      deps.log('info', 'request', {
        method: request.method,
        path: new URL(request.url).pathname,
        status: response.status,
        ms: started ? Date.now() - started : undefined,
      });
    },
  };
}
