// Field resolvers for the object types: thin, every nested read goes through a batched loader.

import type { ApiContext } from '../context.ts';
import type { ArticleRecord, ClaimRecord, EntityRecord, EventRecord, MentionRecord } from '../records.ts';

type Args = Record<string, unknown>;

function provenance(
  record: { articleId: string; start: number; end: number; sentence: number },
  context: ApiContext,
) {
  return {
    start: record.start,
    end: record.end,
    sentenceIndex: record.sentence,
    article: () => context.loaders.article.load(record.articleId),
    sentence: async () => {
      const article = await context.loaders.article.load(record.articleId);
      if (!article) return '';
      const start = article.sentenceStarts[record.sentence];
      const end = article.sentenceEnds[record.sentence];
      return start === undefined || end === undefined ? '' : article.text.slice(start, end);
    },
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
    claims: async (event: EventRecord, args: Args, context: ApiContext) =>
      (await context.loaders.eventClaims.load(event.id)).filter(
        (claim) => (!args.stance || claim.stance === args.stance) && (!args.kind || claim.kind === args.kind),
      ),
    contested: async (event: EventRecord, _args: Args, context: ApiContext) => {
      const stances = new Set(
        (await context.loaders.eventClaims.load(event.id)).map((claim) => claim.stance),
      );
      return stances.has('ASSERTS') && stances.has('DENIES');
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
    entities: (article: ArticleRecord, _args: Args, context: ApiContext) =>
      context.loaders.articleEntities.load(article.id),
    events: (article: ArticleRecord, _args: Args, context: ApiContext) =>
      context.loaders.articleEvents.load(article.id),
    claims: (article: ArticleRecord, _args: Args, context: ApiContext) =>
      context.loaders.articleClaims.load(article.id),
  },
};
