// createApi(deps): the graphql-yoga app (no listen): schema, context, limits, health and readiness wired together.

import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { createInMemoryCache, useResponseCache } from '@graphql-yoga/plugin-response-cache';
import { createYoga, maskError, type Plugin, type YogaServerInstance } from 'graphql-yoga';
import { createContext, type ApiContext, type ApiDeps } from './context.ts';
import { useExplorer } from './explore/explore-routes.ts';
import { withExplorerLink } from './explore/graphiql-link.ts';
import { GRAPHIQL_EXAMPLES } from './graphiql-examples.ts';
import { createOperationLimitsRule } from './operation-limits.ts';
import { createSchema } from './schema.ts';

export type Api = YogaServerInstance<Record<string, unknown>, ApiContext>;

export function createApi(deps: ApiDeps): Api {
  const { server } = deps.config;
  // Reads dominate: identical queries are answered from memory for KG_CACHE_TTL_MS (other processes'
  // ingests show after at most that long); writes through this API forget everything at once.
  const cache = createInMemoryCache();
  const everyType = ['Article', 'Person', 'Country', 'Organization', 'Place', 'Event', 'Claim'].map(
    (typename) => ({ typename }),
  );
  const forgetCachedResponses = async (): Promise<void> => cache.invalidate(everyType);
  return createYoga<Record<string, unknown>, ApiContext>({
    schema: createSchema(),
    graphqlEndpoint: '/graphql',
    healthCheckEndpoint: '/health',
    landingPage: false,
    graphiql: { title: 'Diplomatic-event knowledge graph', defaultQuery: GRAPHIQL_EXAMPLES },
    // GraphiQL's scripts are served from node_modules, inline: nothing is fetched from a CDN.
    renderGraphiQL: (options) => withExplorerLink(renderGraphiQL(options)),
    cors: { origin: server.corsOrigins.length === 1 ? server.corsOrigins[0] : server.corsOrigins },
    context: ({ request }) => createContext(deps, request, forgetCachedResponses),
    logging: false,
    maskedErrors: {
      maskError(error, message, isDev) {
        // Compared by name, not class: graphql can be loaded twice (ESM and CommonJS copies).
        const original = (error as { originalError?: unknown }).originalError ?? error;
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
      useRequestLimits(deps),
      useExplorer(),
      useReadiness(deps),
      useOperationLimits(deps),
      // Left out when off: even disabled, it hashes every operation to a cache key.
      ...(server.cacheTtlMs > 0
        ? [useResponseCache({ session: () => null, cache, ttl: server.cacheTtlMs })]
        : []),
      useRequestLog(deps),
    ],
  });
}

function useOperationLimits(deps: ApiDeps): Plugin {
  const rule = createOperationLimitsRule(deps.config.server);
  return {
    onValidate({ addValidationRule }) {
      addValidationRule(rule);
    },
  };
}

/** Refuses bodies over KG_MAX_BODY_BYTES and, when KG_PROTECT_READS is on, requests without the token. */
function useRequestLimits(deps: ApiDeps): Plugin {
  const { maxBodyBytes, protectReads, apiToken } = deps.config.server;
  return {
    async onRequest({ request, endResponse, fetchAPI }) {
      // Without a content-length (chunked upload) the body is measured instead.
      const declared = request.headers.get('content-length');
      const length =
        declared !== null
          ? Number(declared)
          : request.body
            ? (await request.clone().arrayBuffer()).byteLength
            : 0;
      if (length > maxBodyBytes) {
        endResponse(
          fetchAPI.Response.json(
            {
              errors: [
                {
                  message: `request body is ${length} bytes; the limit is ${maxBodyBytes} (KG_MAX_BODY_BYTES)`,
                  extensions: { code: 'PAYLOAD_TOO_LARGE' },
                },
              ],
            },
            { status: 413 },
          ),
        );
        return;
      }
      const path = new URL(request.url).pathname;
      if (protectReads && apiToken && path === '/graphql' && request.method === 'POST') {
        const header = request.headers.get('authorization') ?? '';
        if (header !== `Bearer ${apiToken}` && request.headers.get('x-api-key') !== apiToken) {
          endResponse(
            fetchAPI.Response.json(
              {
                errors: [
                  {
                    message:
                      'this server requires the API token for every request: send "Authorization: Bearer <token>"',
                    extensions: { code: 'UNAUTHENTICATED' },
                  },
                ],
              },
              { status: 401 },
            ),
          );
        }
      }
    },
  };
}

/** GET /ready answers 200 only when Neo4j answers too. */
function useReadiness(deps: ApiDeps): Plugin {
  return {
    async onRequest({ request, endResponse, fetchAPI }) {
      if (new URL(request.url).pathname !== '/ready') return;
      try {
        await deps.graph.driver.executeQuery('RETURN 1', {}, { database: deps.graph.database });
        endResponse(fetchAPI.Response.json({ ready: true, neo4j: deps.graph.uri }));
      } catch (error) {
        endResponse(
          fetchAPI.Response.json(
            { ready: false, reason: `Neo4j is not answering: ${String(error).split('\n')[0]}` },
            { status: 503 },
          ),
        );
      }
    },
  };
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
