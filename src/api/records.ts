// The plain shapes read queries return; resolvers map them onto the SDL types.

export interface EntityRecord {
  id: string;
  name: string;
  type: 'Person' | 'Country' | 'Organization' | 'Place';
  aliases: string[];
  wikidataId: string | null;
}

export interface EventRecord {
  id: string;
  type: string;
  label: string;
  date: string | null;
  killed: number | null;
  injured: number | null;
}

export interface ClaimRecord {
  id: string;
  kind: string;
  text: string;
  stance: string | null;
  start: number;
  end: number;
  sentence: number;
  sentenceText: string;
  articleId: string;
  publishedAt: string | null;
  speakerId: string | null;
}

export interface ArticleRecord {
  id: string;
  title: string;
  url: string | null;
  source: string | null;
  publishedAt: string | null;
  ingestedAt: string;
  contentHash: string;
}

/** A stored mention: the words, their offsets and the article they are in. */
export interface MentionRecord {
  text: string;
  start: number;
  end: number;
  sentence: number;
  articleId: string;
}

/** Cypher map projections that produce the records above (dates as ISO strings). */
export const ENTITY_FIELDS = `{ .id, .name, .type, aliases: coalesce(n.aliases, []), wikidataId: n.wikidataId }`;
export const EVENT_FIELDS = `{ .id, .type, .label, date: toString(ev.date), killed: ev.killed, injured: ev.injured }`;
export const CLAIM_FIELDS = `{ .id, .kind, .text, .stance, .start, .end, .sentence, .sentenceText, .articleId,
  publishedAt: toString(c.publishedAt), speakerId: [(c)-[:SAID_BY]->(s) | s.id][0] }`;
/** Without the text: it is loaded only when a client asks for it (Article.text, Provenance.sentence). */
export const ARTICLE_FIELDS = `{ .id, .title, .url, .source, publishedAt: toString(a.publishedAt),
  ingestedAt: toString(a.ingestedAt), .contentHash }`;
