// Turns one article's Extraction into the parameter rows the graph writer sends (pure: no database).

import { createHash } from 'node:crypto';
import type { Extraction, Mention } from '../model/extraction.ts';

export interface ArticleWritePlan {
  articleId: string;
  /** Hash of everything below: equal means re-ingesting would change nothing (same text, same extractor). */
  factsHash: string;
  article: Record<string, unknown>;
  entities: Array<{
    id: string;
    type: string;
    name: string;
    wikidataId: string | null;
    knownAliases: string[];
    forms: string[];
    starts: number[];
    ends: number[];
    sentences: number[];
  }>;
  roles: Array<{ personId: string; ofId: string; title: string }>;
  events: Array<{
    id: string;
    key: string;
    type: string;
    label: string;
    date: string | null;
    killed: number | null;
    injured: number | null;
    forms: string[];
    starts: number[];
    ends: number[];
    sentences: number[];
  }>;
  participations: Array<{ entityId: string; eventId: string; role: string }>;
  locations: Array<{ eventId: string; placeId: string }>;
  claims: Array<{
    id: string;
    kind: string;
    text: string;
    stance: string | null;
    start: number;
    end: number;
    sentence: number;
    sentenceText: string;
    speakerId: string | null;
  }>;
  aboutEntities: Array<{ claimId: string; targetId: string }>;
  aboutEvents: Array<{ claimId: string; targetId: string }>;
}

/** The graph-wide id of an event: the same key from any article gives the same node. */
export function eventNodeId(key: string): string {
  return 'ev_' + createHash('sha256').update(key).digest('hex').slice(0, 16);
}

/** The graph-wide id of a claim: claims belong to exactly one article. */
export function claimNodeId(articleId: string, localId: string): string {
  return `${articleId}#${localId}`;
}

/** Mentions as parallel lists, the shape stored on MENTIONS and REPORTS relationships. */
function mentionColumns(mentions: Mention[]) {
  return {
    forms: mentions.map((mention) => mention.text),
    starts: mentions.map((mention) => mention.start),
    ends: mentions.map((mention) => mention.end),
    sentences: mentions.map((mention) => mention.sentence),
  };
}

export function planArticleWrite(extraction: Extraction): ArticleWritePlan {
  const { article, sentences } = extraction;
  const eventIds = new Map(extraction.events.map((event) => [event.id, eventNodeId(event.key)]));
  const entityIds = new Set(extraction.entities.map((entity) => entity.id));
  const sentenceText = (index: number): string => sentences[index]?.text ?? '';

  const claims = extraction.claims.map((claim) => ({
    id: claimNodeId(article.id, claim.id),
    kind: claim.kind,
    text: claim.text,
    stance: claim.stance,
    start: claim.span.start,
    end: claim.span.end,
    sentence: claim.sentence,
    sentenceText: sentenceText(claim.sentence),
    speakerId: claim.speakerId && entityIds.has(claim.speakerId) ? claim.speakerId : null,
  }));

  const plan: Omit<ArticleWritePlan, 'factsHash'> = {
    articleId: article.id,
    article: {
      title: article.title,
      url: article.url,
      source: article.source,
      publishedAt: article.publishedAt,
      contentHash: article.contentHash,
      text: article.text,
      sentenceStarts: sentences.map((sentence) => sentence.start),
      sentenceEnds: sentences.map((sentence) => sentence.end),
    },
    // Rows in id order: concurrent writers then lock shared nodes in the same order (fewer deadlocks).
    entities: [...extraction.entities]
      .sort((a, b) => a.id.localeCompare(b.id))
      .map((entity) => ({
        id: entity.id,
        type: entity.type,
        name: entity.name,
        wikidataId: entity.wikidataId,
        knownAliases: entity.aliases,
        ...mentionColumns(entity.mentions),
      })),
    roles: extraction.entities.flatMap((entity) =>
      entity.roles
        .filter((role) => role.ofId !== null && entityIds.has(role.ofId))
        .map((role) => ({ personId: entity.id, ofId: role.ofId as string, title: role.title })),
    ),
    events: extraction.events.map((event) => ({
      id: eventIds.get(event.id) as string,
      key: event.key,
      type: event.type,
      label: event.label,
      date: event.date,
      killed: event.killed,
      injured: event.injured,
      ...mentionColumns(event.mentions),
    })),
    participations: extraction.events.flatMap((event) =>
      event.participants
        .filter((participant) => entityIds.has(participant.entityId))
        .map((participant) => ({
          entityId: participant.entityId,
          eventId: eventIds.get(event.id) as string,
          role: participant.role,
        })),
    ),
    locations: extraction.events
      .filter((event) => event.locationId !== null && entityIds.has(event.locationId))
      .map((event) => ({ eventId: eventIds.get(event.id) as string, placeId: event.locationId as string })),
    claims,
    aboutEntities: extraction.claims.flatMap((claim) =>
      claim.aboutIds
        .filter((id) => entityIds.has(id))
        .map((id) => ({ claimId: claimNodeId(article.id, claim.id), targetId: id })),
    ),
    aboutEvents: extraction.claims.flatMap((claim) =>
      claim.aboutIds
        .filter((id) => eventIds.has(id))
        .map((id) => ({ claimId: claimNodeId(article.id, claim.id), targetId: eventIds.get(id) as string })),
    ),
  };
  const factsHash = createHash('sha256').update(JSON.stringify(plan)).digest('hex');
  return { ...plan, factsHash, article: { ...plan.article, factsHash } };
}
