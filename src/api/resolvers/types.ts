// Field resolvers for the object types: thin, every nested read goes through a batched loader.

import { pageSize } from '../api-errors.ts';
import type { ApiContext } from '../context.ts';
import type { GraphQLResolveInfo } from 'graphql';
import { projectedOr, projectedValue } from '../projection/cypher-builder.ts';
import { MAX_NESTED_FIRST } from '../projection/type-projections.ts';
import type { ArticleRecord, ClaimRecord, EntityRecord, EventRecord, MentionRecord } from '../records.ts';

type Args = Record<string, unknown>;
type Info = GraphQLResolveInfo;

function provenance(
  record: { articleId: string; start: number; end: number; sentence: number; sentenceText?: string },
  context: ApiContext,
) {
  return {
    start: record.start,
    end: record.end,
    sentenceIndex: record.sentence,
    article: () => context.loaders.article.load(record.articleId),
    // Claims carry their sentence; mentions fetch only theirs, never the whole article.
    sentence: () =>
      record.sentenceText ?? context.loaders.sentenceText.load(`${record.sentence}:${record.articleId}`),
  };
}

const mention = (record: MentionRecord, context: ApiContext) => ({
  text: record.text,
  provenance: provenance(record, context),
});

/** Loader key of a nested page: the validated `first`, then the id (cut in Cypher, never in JavaScript). */
const pageKey = (args: Args, id: string) =>
  `${pageSize(args.first as number, 'first', MAX_NESTED_FIRST)}|${id}`;

const entityFields = {
  mentions: async (entity: EntityRecord, args: Args, context: ApiContext, info: Info) => {
    const projected = projectedValue(entity, info.path.key) as MentionRecord[] | undefined;
    const records = projected ?? (await context.loaders.entityMentions.load(pageKey(args, entity.id)));
    return records.map((m) => mention(m, context));
  },
  claimsMade: projectedOr((entity: EntityRecord, args: Args, context: ApiContext) =>
    context.loaders.entityClaimsMade.load(pageKey(args, entity.id)),
  ),
  claimsAbout: projectedOr((entity: EntityRecord, args: Args, context: ApiContext) =>
    context.loaders.entityClaimsAbout.load(pageKey(args, entity.id)),
  ),
  events: projectedOr((entity: EntityRecord, args: Args, context: ApiContext) =>
    context.loaders.entityEvents.load(pageKey(args, entity.id)),
  ),
  sources: (entity: EntityRecord, _args: Args, context: ApiContext) =>
    context.loaders.entitySources.load(entity.id),
};

export const typeResolvers = {
  Entity: { __resolveType: (entity: EntityRecord) => entity.type },
  Person: {
    ...entityFields,
    roles: async (entity: EntityRecord, _args: Args, context: ApiContext) =>
      (await context.loaders.personRoles.load(entity.id)).map((role) => ({
        title: role.title,
        of: role.of,
        sources: async () =>
          (await context.loaders.article.loadMany(role.articleIds)).filter((a) => a && !(a instanceof Error)),
      })),
  },
  Country: entityFields,
  Organization: entityFields,
  Place: entityFields,
  Participation: { entity: projectedOr() },
  Event: {
    location: projectedOr((event: EventRecord, _args: Args, context: ApiContext) =>
      context.loaders.eventLocation.load(event.id),
    ),
    participants: projectedOr((event: EventRecord, _args: Args, context: ApiContext) =>
      context.loaders.eventParticipants.load(event.id),
    ),
    mentions: async (event: EventRecord, _args: Args, context: ApiContext, info: Info) => {
      const projected = projectedValue(event, info.path.key) as MentionRecord[] | undefined;
      const records = projected ?? (await context.loaders.eventMentions.load(event.id));
      return records.map((m) => mention(m, context));
    },
    sources: projectedOr((event: EventRecord, _args: Args, context: ApiContext) =>
      context.loaders.eventSources.load(event.id),
    ),
    claims: projectedOr((event: EventRecord, args: Args, context: ApiContext) =>
      context.loaders.eventClaims.load(
        `${pageSize(args.first as number, 'first', MAX_NESTED_FIRST)}|${args.stance ?? ''}|${args.kind ?? ''}|${event.id}`,
      ),
    ),
    contested: projectedOr(async (event: EventRecord, _args: Args, context: ApiContext) => {
      const stances = await context.loaders.eventStances.load(event.id);
      return stances.includes('ASSERTS') && stances.includes('DENIES');
    }),
  },
  Claim: {
    speaker: projectedOr((claim: ClaimRecord, _args: Args, context: ApiContext) =>
      claim.speakerId ? context.loaders.entity.load(claim.speakerId) : null,
    ),
    aboutEvents: projectedOr((claim: ClaimRecord, _args: Args, context: ApiContext) =>
      context.loaders.claimAboutEvents.load(claim.id),
    ),
    aboutEntities: projectedOr((claim: ClaimRecord, _args: Args, context: ApiContext) =>
      context.loaders.claimAboutEntities.load(claim.id),
    ),
    provenance: (claim: ClaimRecord, _args: Args, context: ApiContext) => provenance(claim, context),
  },
  Article: {
    text: projectedOr((article: ArticleRecord, _args: Args, context: ApiContext) =>
      context.loaders.articleText.load(article.id),
    ),
    entities: (article: ArticleRecord, _args: Args, context: ApiContext) =>
      context.loaders.articleEntities.load(article.id),
    events: (article: ArticleRecord, _args: Args, context: ApiContext) =>
      context.loaders.articleEvents.load(article.id),
    claims: projectedOr((article: ArticleRecord, _args: Args, context: ApiContext) =>
      context.loaders.articleClaims.load(article.id),
    ),
  },
};
