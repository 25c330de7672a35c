// Yoga plugins that bound each operation: parse limits, measured cost, a wall-clock budget and a response cap.

import { getOperationAST, type ExecutionResult, type GraphQLError } from 'graphql';
import { createGraphQLError, type Plugin } from 'graphql-yoga';
import type { ServerConfig } from '../config.ts';
import type { ApiContext } from './context.ts';
import { checkOperationLimits, measureOperation } from './operation-limits.ts';
import { parseWithinLimits } from './parse-guard.ts';

/** Refuses, before anything runs, an operation over KG_MAX_TOKENS, KG_MAX_DEPTH, KG_MAX_ALIASES, KG_MAX_DIRECTIVES or KG_MAX_COST. */
export function useOperationLimits(server: ServerConfig): Plugin<ApiContext> {
  return {
    onParse({ setParseFn }) {
      setParseFn((source, options) => parseWithinLimits(source, options, server.maxTokens));
    },
    onExecute({ args, setResultAndStopExecution }) {
      // Measured at execution, not validation: `first: $n` is known only with the variables.
      const measure = measureOperation(args.schema, args.document, args.operationName, args.variableValues);
      const refusal = measure && checkOperationLimits(measure, server, args.operationName);
      if (refusal) setResultAndStopExecution({ errors: [refusal] });
    },
  };
}

/**
 * Answers a repeated introspection-only operation from memory: the schema never changes while the server runs,
 * and the standard introspection query is the heaviest operation a client sends routinely (about 40,000 values).
 */
export function useIntrospectionMemo(): Plugin<ApiContext> {
  const memo = new Map<string, ExecutionResult>();
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const operation = getOperationAST(args.document, args.operationName);
      const onlyIntrospection = operation?.selectionSet.selections.every(
        (selection) => selection.kind === 'Field' && selection.name.value.startsWith('__'),
      );
      const source = args.document.loc?.source.body;
      if (!onlyIntrospection || source === undefined) return;
      const key = `${args.operationName ?? ''}\n${JSON.stringify(args.variableValues ?? {})}\n${source}`;
      const known = memo.get(key);
      if (known) {
        setResultAndStopExecution(known);
        return;
      }
      return {
        onExecuteDone({ result }) {
          if (Symbol.asyncIterator in result || result.errors?.length) return;
          if (memo.size >= 20) memo.delete(memo.keys().next().value as string);
          memo.set(key, result);
        },
      };
    },
  };
}

/**
 * Gives the execution the operation's budget signal (KG_OPERATION_TIMEOUT_MS or the client leaving): the
 * executor stops resolving, the reader stops sending Cypher. Then caps the response at KG_MAX_RESPONSE_BYTES.
 */
export function useOperationBudget(server: ServerConfig): Plugin<ApiContext> {
  return {
    onExecute({ args }) {
      // A mutation is one transaction that commits or not: it is not cut off half way.
      if (getOperationAST(args.document, args.operationName)?.operation === 'mutation') {
        args.contextValue.budget.stop();
        return;
      }
      (args as { signal?: AbortSignal }).signal = args.contextValue.budget.signal;
      return {
        onExecuteDone({ result, setResult }) {
          args.contextValue.budget.stop();
          if (Symbol.asyncIterator in result) return;
          const text = JSON.stringify(result);
          const bytes = Buffer.byteLength(text, 'utf8');
          if (bytes <= server.maxResponseBytes) {
            // Serialized once: yoga writes a result with its own `stringify` through it (a result with
            // errors is rewritten after this, by the masking, so it is serialized again).
            if (!result.errors?.length && !result.extensions?.http) setResult(withSerialized(result, text));
          } else {
            setResult({
              errors: [
                createGraphQLError(
                  `the response would be ${bytes} bytes; the limit is ${server.maxResponseBytes} (KG_MAX_RESPONSE_BYTES): ask for fewer items or fields`,
                  { extensions: { code: 'RESPONSE_TOO_LARGE', http: { status: 400 } } },
                ),
              ],
            });
          }
        },
      };
    },
  };
}

/** The result carrying its JSON text, as yoga's result processor reads it (`stringify`). */
function withSerialized(result: ExecutionResult, text: string): ExecutionResult {
  return Object.assign({ ...result }, { stringify: () => text });
}

/** A per-request deadline: aborts when the budget is spent or the client disconnects. */
export interface OperationBudget {
  signal: AbortSignal;
  /** Milliseconds left (at least 1 while not aborted). */
  remainingMs(): number;
  stop(): void;
}

export function startBudget(clientSignal: AbortSignal | undefined, budgetMs: number): OperationBudget {
  const controller = new AbortController();
  const started = Date.now();
  const timer = setTimeout(() => controller.abort(budgetSpent(budgetMs)), budgetMs);
  timer.unref();
  const onClientGone = () => controller.abort(clientGone());
  clientSignal?.addEventListener('abort', onClientGone, { once: true });
  return {
    signal: controller.signal,
    remainingMs: () => Math.max(1, budgetMs - (Date.now() - started)),
    stop() {
      clearTimeout(timer);
      clientSignal?.removeEventListener('abort', onClientGone);
    },
  };
}

export function budgetSpent(budgetMs: number): GraphQLError {
  return createGraphQLError(
    `the operation ran past its ${budgetMs} ms budget (KG_OPERATION_TIMEOUT_MS) and was stopped; ask for fewer items or nested lists`,
    { extensions: { code: 'QUERY_TIMEOUT', http: { status: 504 } } },
  );
}

function clientGone(): GraphQLError {
  return createGraphQLError('the client closed the connection; the operation was stopped', {
    extensions: { code: 'CLIENT_CLOSED_REQUEST', http: { status: 499 } },
  });
}
