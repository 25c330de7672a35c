// Per-request DataLoaders: every nested field of a kind is fetched in one batched statement.

import DataLoader from 'dataloader';
import type { GraphReader } from './graph-reader.ts';
import * as q from './loader-queries.ts';
import type { ArticleRecord, ClaimRecord, EntityRecord, EventRecord, MentionRecord } from './records.ts';

export interface RoleRecord {
  title: string;
  of: EntityRecord;
  articleIds: string[];
}

export interface ParticipationRecord {
  entity: EntityRecord;
  role: string;
}

/** One row per id that exists; missing ids get `fallback`. */
function batched<V>(reader: GraphReader, cypher: string, fallback: V): DataLoader<string, V> {
  return new DataLoader<string, V>(async (ids) => {
    const rows = await reader.read<{ id: string; value: V }>(cypher, { ids: [...ids] });
    const byId = new Map(rows.map((row) => [row.id, row.value]));
    return ids.map((id) => byId.get(id) ?? fallback);
  });
}

export function createLoaders(reader: GraphReader) {
  return {
    entity: batched<EntityRecord | null>(reader, q.ENTITIES_BY_ID, null),
    event: batched<EventRecord | null>(reader, q.EVENTS_BY_ID, null),
    claim: batched<ClaimRecord | null>(reader, q.CLAIMS_BY_ID, null),
    article: batched<ArticleRecord | null>(reader, q.ARTICLES_BY_ID, null),
    eventLocation: batched<EntityRecord | null>(reader, q.EVENT_LOCATIONS, null),
    eventParticipants: batched<ParticipationRecord[]>(reader, q.EVENT_PARTICIPANTS, []),
    eventMentions: batched<MentionRecord[]>(reader, q.EVENT_MENTIONS, []),
    eventSources: batched<ArticleRecord[]>(reader, q.EVENT_SOURCES, []),
    eventClaims: batched<ClaimRecord[]>(reader, q.EVENT_CLAIMS, []),
    eventStances: batched<string[]>(reader, q.EVENT_STANCES, []),
    entityMentions: batched<MentionRecord[]>(reader, q.ENTITY_MENTIONS, []),
    entityClaimsMade: batched<ClaimRecord[]>(reader, q.ENTITY_CLAIMS_MADE, []),
    entityClaimsAbout: batched<ClaimRecord[]>(reader, q.ENTITY_CLAIMS_ABOUT, []),
    entityEvents: batched<EventRecord[]>(reader, q.ENTITY_EVENTS, []),
    entitySources: batched<ArticleRecord[]>(reader, q.ENTITY_SOURCES, []),
    personRoles: batched<RoleRecord[]>(reader, q.PERSON_ROLES, []),
    claimAboutEvents: batched<EventRecord[]>(reader, q.CLAIM_ABOUT_EVENTS, []),
    claimAboutEntities: batched<EntityRecord[]>(reader, q.CLAIM_ABOUT_ENTITIES, []),
    articleEntities: batched<EntityRecord[]>(reader, q.ARTICLE_ENTITIES, []),
    articleEvents: batched<EventRecord[]>(reader, q.ARTICLE_EVENTS, []),
    articleClaims: batched<ClaimRecord[]>(reader, q.ARTICLE_CLAIMS, []),
    articleText: batched<string>(reader, q.ARTICLE_TEXTS, ''),
    sentenceText: batched<string>(reader, q.SENTENCE_TEXTS, ''),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
