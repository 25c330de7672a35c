// Root query resolvers: validate arguments, run one named statement, hand records to the type resolvers.

import { apiError, decodeCursor, encodeCursor, pageSize } from '../api-errors.ts';
import type { ApiContext } from '../context.ts';
import type { ClaimRecord, EntityRecord, EventRecord } from '../records.ts';
import * as q from '../root-queries.ts';
import { searchTextProblem, toLuceneQuery } from '../lucene-query.ts';

type Args = Record<string, unknown>;
type Paged<T> = { total: number; page: T[] };

const listOf =
  (label: keyof typeof q.LIST_ENTITIES_BY_LABEL) => async (_: unknown, args: Args, context: ApiContext) =>
    (
      await context.reader.read<{ value: EntityRecord }>(q.LIST_ENTITIES_BY_LABEL[label], {
        first: pageSize(args.first as number),
        offset: pageSize(args.offset as number, 'offset', 1_000_000),
      })
    ).map((row) => row.value);

function connection<T>(result: Paged<T> | undefined, offset: number, first: number) {
  const total = result?.total ?? 0;
  const page = result?.page ?? [];
  const hasNextPage = page.length > first;
  return {
    totalCount: total,
    nodes: page.slice(0, first),
    pageInfo: { hasNextPage, endCursor: hasNextPage ? encodeCursor(offset + first) : null },
  };
}

export const queryResolvers = {
  Query: {
    articles: async (_: unknown, args: Args, context: ApiContext) =>
      (
        await context.reader.read<{ value: unknown }>(q.LIST_ARTICLES, {
          first: pageSize(args.first as number),
          offset: pageSize(args.offset as number, 'offset', 1_000_000),
        })
      ).map((row) => row.value),
    article: (_: unknown, args: Args, context: ApiContext) => context.loaders.article.load(args.id as string),
    entity: (_: unknown, args: Args, context: ApiContext) => context.loaders.entity.load(args.id as string),
    people: listOf('Person'),
    countries: listOf('Country'),
    organizations: listOf('Organization'),
    places: listOf('Place'),
    event: (_: unknown, args: Args, context: ApiContext) => context.loaders.event.load(args.id as string),
    claim: (_: unknown, args: Args, context: ApiContext) => context.loaders.claim.load(args.id as string),

    events: async (_: unknown, args: Args, context: ApiContext) => {
      const filter = (args.filter ?? {}) as Record<string, unknown>;
      const first = pageSize(args.first as number, 'first', 200);
      const offset = decodeCursor(args.after as string | undefined);
      const cypher = q.FILTER_EVENTS[args.sort === 'DATE_DESC' ? 'DATE_DESC' : 'DATE_ASC'];
      const [result] = await context.reader.read<Paged<EventRecord>>(cypher, {
        types: filter.types ?? null,
        from: filter.from ?? null,
        to: filter.to ?? null,
        participantId: filter.participantId ?? null,
        locationId: filter.locationId ?? null,
        offset,
        first: first + 1,
      });
      return connection(result, offset, first);
    },

    claims: async (_: unknown, args: Args, context: ApiContext) => {
      const filter = (args.filter ?? {}) as Record<string, unknown>;
      const first = pageSize(args.first as number, 'first', 500);
      const offset = decodeCursor(args.after as string | undefined);
      const [result] = await context.reader.read<Paged<ClaimRecord>>(q.claimFilterQuery(filter), {
        kind: filter.kind ?? null,
        stance: filter.stance ?? null,
        from: filter.from ?? null,
        to: filter.to ?? null,
        speakerId: filter.speakerId ?? null,
        aboutId: filter.aboutId ?? null,
        offset,
        first: first + 1,
      });
      return connection(result, offset, first);
    },

    search: async (_: unknown, args: Args, context: ApiContext) => {
      const first = pageSize(args.first as number, 'first', 100);
      const problem = searchTextProblem(args.text as string);
      if (problem) throw apiError('BAD_USER_INPUT', problem);
      const query = toLuceneQuery(args.text as string);
      if (query === null)
        throw apiError('BAD_USER_INPUT', 'text must contain at least one letter or digit to search for');
      const rows = await context.reader.read<{
        score: number;
        entity: EntityRecord | null;
        claim: ClaimRecord | null;
      }>(q.SEARCH, { query, first });
      return rows.sort((a, b) => b.score - a.score).slice(0, first);
    },

    timeline: async (_: unknown, args: Args, context: ApiContext) => {
      const id = args.entityId as string;
      const entity = await context.loaders.entity.load(id);
      if (!entity) {
        throw apiError(
          'NOT_FOUND',
          `no entity with id "${id}"; find ids with the search or people/countries fields`,
        );
      }
      const items = await context.loaders.timeline.load(`${id}|${args.from ?? ''}|${args.to ?? ''}`);
      return items.slice(0, pageSize(args.first as number, 'first', 1000));
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
