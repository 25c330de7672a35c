// Whether Neo4j answers within a short deadline, and how its failures read to API clients (typed, 503/504).

import { Neo4jError } from 'neo4j-driver';
import { getOperationAST, type GraphQLError } from 'graphql';
import { createGraphQLError, type Plugin } from 'graphql-yoga';
import type { Graph } from '../graph/driver.ts';
import { isConnectionLoss } from '../graph/neo4j-errors.ts';

/** How long /ready and a mutation wait for Neo4j to answer `RETURN 1`: below what probes wait. */
export const AVAILABILITY_DEADLINE_MS = 1_500;

/** Resolves when Neo4j answers within `deadlineMs`, with no retry; rejects with the reason otherwise. */
export async function checkNeo4jAnswers(graph: Graph, deadlineMs = AVAILABILITY_DEADLINE_MS): Promise<void> {
  const session = graph.driver.session({ database: graph.database });
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      session.run('RETURN 1', {}, { timeout: deadlineMs }),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${deadlineMs} ms`)), deadlineMs);
      }),
    ]);
  } finally {
    clearTimeout(timer);
    void session.close().catch(() => undefined);
  }
}

/** GET /ready: 200 when Neo4j answers within the deadline, 503 (quickly) when it does not. */
export function useReadiness(graph: Graph): Plugin {
  return {
    async onRequest({ request, endResponse, fetchAPI }) {
      if (new URL(request.url).pathname !== '/ready') return;
      try {
        await checkNeo4jAnswers(graph);
        endResponse(fetchAPI.Response.json({ ready: true, neo4j: graph.uri }));
      } catch (error) {
        endResponse(
          fetchAPI.Response.json(
            { ready: false, reason: `Neo4j is not answering: ${firstLine(error)}` },
            { status: 503 },
          ),
        );
      }
    },
  };
}

/** A mutation first makes sure Neo4j answers: a write to a dead server would otherwise retry for 15 s. */
export function useWritableCheck(graph: Graph): Plugin {
  return {
    async onExecute({ args, setResultAndStopExecution }) {
      if (getOperationAST(args.document, args.operationName)?.operation !== 'mutation') return;
      try {
        await checkNeo4jAnswers(graph);
      } catch {
        setResultAndStopExecution({ errors: [serviceUnavailable()] });
      }
    },
  };
}

export function serviceUnavailable(): GraphQLError {
  return createGraphQLError('the graph database is not answering; try again shortly', {
    extensions: { code: 'SERVICE_UNAVAILABLE', http: { status: 503, headers: { 'retry-after': '5' } } },
  });
}

/** The typed error for a Neo4j failure a client should see, or null when it is a bug to mask. */
export function explainNeo4jFailure(error: unknown): GraphQLError | null {
  const code = error instanceof Neo4jError ? error.code : '';
  const message = error instanceof Error ? error.message : '';
  if (/TransactionTimedOut/i.test(code)) {
    return createGraphQLError(
      'a database statement ran past KG_QUERY_TIMEOUT_MS and was stopped; ask for fewer items or nested lists',
      { extensions: { code: 'QUERY_TIMEOUT', http: { status: 504 } } },
    );
  }
  if (
    isConnectionLoss(error) ||
    (error instanceof Error && error.name === 'Neo4jUnavailableError') ||
    /Pool is closed|ServiceUnavailable|SessionExpired|MemoryPoolOutOfMemory|TransientError/i.test(
      code + ' ' + message,
    )
  ) {
    return serviceUnavailable();
  }
  return null;
}

function firstLine(error: unknown): string {
  return (String(error instanceof Error ? error.message : error).split('\n')[0] ?? '').trim();
}
