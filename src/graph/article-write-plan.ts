// Turns one article's Extraction into the parameter rows the graph writer sends (pure: no database).

import { createHash } from 'node:crypto';
import { loadGazetteer } from '../extract/gazetteer/load-gazetteer.ts';
import { placeChain } from '../extract/gazetteer/place-chain.ts';
import type { Event, Extraction, Mention } from '../model/extraction.ts';
import type { EventReport } from './resolution/event-report.ts';

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
  /** What the article says of each event; resolution decides which graph Event each one joins. */
  reports: EventReportRow[];
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
  /** Claims about the article's events, by the event's key in the article (its node is known after resolution). */
  aboutEvents: Array<{ claimId: string; eventKey: string }>;
}

/** An event report with the mentions that support it, as written on the REPORTS relationship. */
export interface EventReportRow extends EventReport {
  forms: string[];
  starts: number[];
  ends: number[];
  sentences: number[];
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

/** Where a place lies (it and what contains it); the gazetteer's by default. */
export type PlaceChainOf = (placeId: string) => string[];

const gazetteerPlaceChain: PlaceChainOf = (placeId) => placeChain(loadGazetteer(), placeId);

export function planArticleWrite(
  extraction: Extraction,
  placesOf: PlaceChainOf = gazetteerPlaceChain,
): ArticleWritePlan {
  const { article, sentences } = extraction;
  const entityIds = new Set(extraction.entities.map((entity) => entity.id));
  const people = new Set(extraction.entities.filter((e) => e.type === 'Person').map((e) => e.id));
  // The countries a participant stands for: itself, or the country of a role it holds.
  const countriesOf = new Map(
    extraction.entities.map((e) => [
      e.id,
      [e.id, ...e.roles.flatMap((role) => (role.ofId ? [role.ofId] : []))],
    ]),
  );
  const reports = planEventReports(extraction.events, article.id, article.publishedAt, (event) => ({
    places: event.locationId !== null && entityIds.has(event.locationId) ? placesOf(event.locationId) : [],
    participants: event.participants.filter((participant) => entityIds.has(participant.entityId)),
    people,
    countriesOf,
  }));
  const eventKeys = new Map(extraction.events.map((event) => [event.id, event.key]));
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
    reports,
    claims,
    aboutEntities: extraction.claims.flatMap((claim) =>
      [...new Set(claim.aboutIds)]
        .filter((id) => entityIds.has(id))
        .map((id) => ({ claimId: claimNodeId(article.id, claim.id), targetId: id })),
    ),
    aboutEvents: extraction.claims.flatMap((claim) =>
      claim.aboutIds.flatMap((id) => {
        const eventKey = eventKeys.get(id);
        return eventKey === undefined ? [] : [{ claimId: claimNodeId(article.id, claim.id), eventKey }];
      }),
    ),
  };
  const factsHash = createHash('sha256').update(JSON.stringify(plan)).digest('hex');
  return { ...plan, factsHash, article: { ...plan.article, factsHash } };
}

interface EventContext {
  places: string[];
  participants: Event['participants'];
  people: Set<string>;
  countriesOf: Map<string, string[]>;
}

/** One report per event key (an article naming one event twice gives one report with both mentions). */
function planEventReports(
  events: Event[],
  articleId: string,
  published: string | null,
  contextOf: (event: Event) => EventContext,
): EventReportRow[] {
  const byKey = new Map<string, EventReportRow>();
  for (const event of events) {
    const known = byKey.get(event.key);
    const mentions = mentionColumns(event.mentions);
    if (known) {
      known.forms.push(...mentions.forms);
      known.starts.push(...mentions.starts);
      known.ends.push(...mentions.ends);
      known.sentences.push(...mentions.sentences);
      continue;
    }
    const { places, participants, people, countriesOf } = contextOf(event);
    const actorCountries = new Set(participants.flatMap((p) => countriesOf.get(p.entityId) ?? []));
    byKey.set(event.key, {
      articleId,
      key: event.key,
      type: event.type,
      label: event.label,
      date: event.date,
      published,
      places,
      placeWeak: places.length === 1 && actorCountries.has(places[0] ?? ''),
      participantIds: participants.map((participant) => participant.entityId),
      participantRoles: participants.map((participant) => participant.role),
      people: participants.flatMap((participant) =>
        people.has(participant.entityId) ? [participant.entityId] : [],
      ),
      killed: event.killed,
      injured: event.injured,
      pin: null,
      ...mentions,
    });
  }
  // Rows in key order: the plan, and so the facts hash, does not depend on extraction order.
  return [...byKey.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
