// Field resolvers for the object types: thin, every nested read goes through a batched loader.

import { pageSize } from '../api-errors.ts';
import type { ApiContext } from '../context.ts';
import type { ArticleRecord, ClaimRecord, EntityRecord, EventRecord, MentionRecord } from '../records.ts';

type Args = Record<string, unknown>;

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

const entityFields = {
  mentions: async (entity: EntityRecord, args: Args, context: ApiContext) =>
    (await context.loaders.entityMentions.load(entity.id))
      .slice(0, args.first as number)
      .map((m) => mention(m, context)),
  claimsMade: async (entity: EntityRecord, args: Args, context: ApiContext) =>
    (await context.loaders.entityClaimsMade.load(entity.id)).slice(0, args.first as number),
  claimsAbout: async (entity: EntityRecord, args: Args, context: ApiContext) =>
    (await context.loaders.entityClaimsAbout.load(entity.id)).slice(0, args.first as number),
  events: async (entity: EntityRecord, args: Args, context: ApiContext) =>
    (await context.loaders.entityEvents.load(entity.id)).slice(0, args.first as number),
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
  Event: {
    location: (event: EventRecord, _args: Args, context: ApiContext) =>
      context.loaders.eventLocation.load(event.id),
    participants: (event: EventRecord, _args: Args, context: ApiContext) =>
      context.loaders.eventParticipants.load(event.id),
    mentions: async (event: EventRecord, _args: Args, context: ApiContext) =>
      (await context.loaders.eventMentions.load(event.id)).map((m) => mention(m, context)),
    sources: (event: EventRecord, _args: Args, context: ApiContext) =>
      context.loaders.eventSources.load(event.id),
    claims: (event: EventRecord, args: Args, context: ApiContext) =>
      context.loaders.eventClaims.load(
        `${pageSize(args.first as number, 'first', 1000)}|${args.stance ?? ''}|${args.kind ?? ''}|${event.id}`,
      ),
    contested: async (event: EventRecord, _args: Args, context: ApiContext) => {
      const stances = await context.loaders.eventStances.load(event.id);
      return stances.includes('ASSERTS') && stances.includes('DENIES');
    },
  },
  Claim: {
    speaker: (claim: ClaimRecord, _args: Args, context: ApiContext) =>
      claim.speakerId ? context.loaders.entity.load(claim.speakerId) : null,
    aboutEvents: (claim: ClaimRecord, _args: Args, context: ApiContext) =>
      context.loaders.claimAboutEvents.load(claim.id),
    aboutEntities: (claim: ClaimRecord, _args: Args, context: ApiContext) =>
      context.loaders.claimAboutEntities.load(claim.id),
    provenance: (claim: ClaimRecord, _args: Args, context: ApiContext) => provenance(claim, context),
  },
  Article: {
    text: (article: ArticleRecord, _args: Args, context: ApiContext) =>
      context.loaders.articleText.load(article.id),
    entities: (article: ArticleRecord, _args: Args, context: ApiContext) =>
      context.loaders.articleEntities.load(article.id),
    events: (article: ArticleRecord, _args: Args, context: ApiContext) =>
      context.loaders.articleEvents.load(article.id),
    claims: (article: ArticleRecord, _args: Args, context: ApiContext) =>
      context.loaders.articleClaims.load(article.id),
  },
};
