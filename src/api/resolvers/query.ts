// Root query resolvers: validate arguments, run one named statement, hand records to the type resolvers.

import { apiError, decodeCursor, encodeCursor, pageSize } from '../api-errors.ts';
import type { ApiContext } from '../context.ts';
import type { GraphQLResolveInfo } from 'graphql';
import type { ClaimRecord, EntityRecord, EventRecord } from '../records.ts';
import * as q from '../root-queries.ts';
import * as statements from '../projection/root-statements.ts';
import { rebuild } from '../projection/positional.ts';
import { rootSelection } from '../projection/selected-fields.ts';
import { searchTextProblem, toLuceneQuery } from '../lucene-query.ts';

type Args = Record<string, unknown>;
type Info = GraphQLResolveInfo;

/** Runs a generated statement; its positional columns come back rebuilt as objects. */
async function run<T>(context: ApiContext, statement: statements.Statement): Promise<T[]> {
  const rows = await context.reader.read<Record<string, unknown>>(statement.cypher, statement.params);
  const columns = Object.entries(statement.columns);
  for (const row of rows) {
    for (const [column, inner] of columns) row[column] = rebuild(row[column], inner);
  }
  return rows as T[];
}

/** Runs a generated statement and returns its `value` column, one item per row. */
async function values<T>(context: ApiContext, statement: statements.Statement): Promise<T[]> {
  const rows = await run<{ value: T }>(context, statement);
  return rows.map((row) => row.value);
}

async function single<T>(context: ApiContext, statement: statements.Statement): Promise<T | null> {
  return (await values<T>(context, statement))[0] ?? null;
}

const listOf =
  (label: 'Person' | 'Country' | 'Organization' | 'Place') =>
  (_: unknown, args: Args, context: ApiContext, info: Info) =>
    values(
      context,
      statements.listNodes(
        info,
        rootSelection(info),
        label,
        pageSize(args.offset as number, 'offset', 1_000_000),
        pageSize(args.first as number),
      ),
    );

/** Rows of a connection statement (`total` on each row when asked, `value` null on an empty page) as the SDL shape. */
function connection<T>(rows: Array<{ total?: unknown; value: T | null }>, offset: number, first: number) {
  const page = rows.map((row) => row.value).filter((value): value is T => value !== null);
  const hasNextPage = page.length > first;
  return {
    totalCount: Number(rows[0]?.total ?? 0),
    nodes: page.slice(0, first),
    pageInfo: { hasNextPage, endCursor: hasNextPage ? encodeCursor(offset + first) : null },
  };
}

export const queryResolvers = {
  Query: {
    articles: (_: unknown, args: Args, context: ApiContext, info: Info) =>
      values(
        context,
        statements.listNodes(
          info,
          rootSelection(info),
          'Article',
          pageSize(args.offset as number, 'offset', 1_000_000),
          pageSize(args.first as number),
        ),
      ),
    article: (_: unknown, args: Args, context: ApiContext, info: Info) =>
      single(context, statements.nodeById(info, rootSelection(info), 'Article', args.id as string)),
    entity: (_: unknown, args: Args, context: ApiContext, info: Info) =>
      single(context, statements.nodeById(info, rootSelection(info), 'Entity', args.id as string)),
    people: listOf('Person'),
    countries: listOf('Country'),
    organizations: listOf('Organization'),
    places: listOf('Place'),
    event: (_: unknown, args: Args, context: ApiContext, info: Info) =>
      single(context, statements.nodeById(info, rootSelection(info), 'Event', args.id as string)),
    claim: (_: unknown, args: Args, context: ApiContext, info: Info) =>
      single(context, statements.nodeById(info, rootSelection(info), 'Claim', args.id as string)),

    events: async (_: unknown, args: Args, context: ApiContext, info: Info) => {
      const first = pageSize(args.first as number, 'first', 200);
      const offset = decodeCursor(args.after as string | undefined);
      const statement = statements.filterEvents(
        info,
        rootSelection(info),
        (args.filter ?? {}) as statements.EventFilter,
        args.sort === 'DATE_DESC',
        offset,
        first + 1,
      );
      const rows = await run<{ total?: unknown; value: EventRecord | null }>(context, statement);
      return connection(rows, offset, first);
    },

    claims: async (_: unknown, args: Args, context: ApiContext, info: Info) => {
      const first = pageSize(args.first as number, 'first', 500);
      const offset = decodeCursor(args.after as string | undefined);
      const statement = statements.filterClaims(
        info,
        rootSelection(info),
        (args.filter ?? {}) as statements.ClaimFilter,
        offset,
        first + 1,
      );
      const rows = await run<{ total?: unknown; value: ClaimRecord | null }>(context, statement);
      return connection(rows, offset, first);
    },

    search: async (_: unknown, args: Args, context: ApiContext, info: Info) => {
      const first = pageSize(args.first as number, 'first', 100);
      const problem = searchTextProblem(args.text as string);
      if (problem) throw apiError('BAD_USER_INPUT', problem);
      const query = toLuceneQuery(args.text as string);
      if (query === null)
        throw apiError('BAD_USER_INPUT', 'text must contain at least one letter or digit to search for');
      const statement = statements.search(info, rootSelection(info), query, first);
      const rows = await run<{
        score: number;
        entity: EntityRecord | null;
        claim: ClaimRecord | null;
      }>(context, statement);
      return rows.sort((a, b) => b.score - a.score).slice(0, first);
    },

    timeline: async (_: unknown, args: Args, context: ApiContext, info: Info) => {
      const id = args.entityId as string;
      const statement = statements.timeline(
        info,
        rootSelection(info),
        id,
        { from: (args.from as string | null) ?? null, to: (args.to as string | null) ?? null },
        pageSize(args.first as number, 'first', 1000),
      );
      const rows = await run<{ batch: unknown[] | null }>(context, statement);
      if (rows.length === 0) {
        throw apiError(
          'NOT_FOUND',
          `no entity with id "${id}"; find ids with the search or people/countries fields`,
        );
      }
      return rows.flatMap((row) => row.batch ?? []);
    },

    bilateral: async (_: unknown, args: Args, context: ApiContext) => {
      const [row] = await context.reader.read<{
        aId: string;
        bId: string;
        events: EventRecord[];
        aSaidAboutB: ClaimRecord[];
        bSaidAboutA: ClaimRecord[];
      }>(q.BILATERAL, { a: args.a, b: args.b, from: args.from ?? null, to: args.to ?? null });
      if (!row)
        throw apiError(
          'NOT_FOUND',
          `a and b must both be country ids (e.g. country:USA, country:RUS); got "${args.a}" and "${args.b}"`,
        );
      return {
        ...row,
        a: () => context.loaders.entity.load(row.aId),
        b: () => context.loaders.entity.load(row.bId),
      };
    },

    contestedEvents: async (_: unknown, args: Args, context: ApiContext) =>
      context.reader.read(q.CONTESTED_EVENTS, { first: pageSize(args.first as number, 'first', 200) }),

    eventMergeCandidates: async (_: unknown, args: Args, context: ApiContext) =>
      (
        await context.reader.read<{ aId: string; bId: string; score: number; evidence: string[] }>(
          q.EVENT_MERGE_CANDIDATES,
          { first: pageSize(args.first as number, 'first', 200) },
        )
      ).map((row) => ({
        score: row.score,
        evidence: row.evidence,
        a: () => context.loaders.event.load(row.aId),
        b: () => context.loaders.event.load(row.bId),
      })),

    connection: async (_: unknown, args: Args, context: ApiContext) => {
      const maxHops = args.maxHops as number;
      if (!Number.isInteger(maxHops) || maxHops < 1 || maxHops > 10)
        throw apiError('BAD_USER_INPUT', 'maxHops must be from 1 to 10');
      if (args.from === args.to)
        throw apiError('BAD_USER_INPUT', 'from and to are the same entity; pass two different entity ids');
      const [row] = await context.reader.read<{ nodes: Array<{ id: string; kind: string }>; via: string[] }>(
        q.shortestConnection(maxHops),
        { from: args.from, to: args.to },
      );
      if (!row) return null;
      const load = (
        node: { id: string; kind: string },
        kind: string,
        loader: { load(id: string): Promise<unknown> },
      ) => (node.kind === kind ? loader.load(node.id) : null);
      return {
        length: row.via.length,
        steps: row.nodes.map((node, index) => ({
          via: index === 0 ? null : row.via[index - 1],
          entity: () => load(node, 'entity', context.loaders.entity),
          event: () => load(node, 'event', context.loaders.event),
          claim: () => load(node, 'claim', context.loaders.claim),
          article: () => load(node, 'article', context.loaders.article),
        })),
      };
    },
  },
};
