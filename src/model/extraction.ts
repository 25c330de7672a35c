// The extraction result: what the pure extractor pulls out of one article (text in, typed facts out).

/** A half-open character range [start, end) into the article's original text. */
export interface Span {
  start: number;
  end: number;
}

/** One sentence of the body, with its offsets in the original text. */
export interface Sentence extends Span {
  index: number;
  text: string;
}

/** Where a fact was read: the exact characters and the sentence that holds them. */
export interface Mention extends Span {
  text: string;
  sentence: number;
}

export const ENTITY_TYPES = ['Person', 'Country', 'Organization', 'Place'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export const EVENT_TYPES = [
  'ATTACK',
  'MILITARY_STRIKE',
  'MEETING',
  'PRESS_CONFERENCE',
  'INTERVIEW',
  'AGREEMENT',
  'VOTE',
  'INVESTIGATION',
  'SANCTION',
  'EXPULSION',
  'CONFLICT',
  'ELECTION_INTERFERENCE',
  'OTHER',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export const CLAIM_KINDS = ['QUOTE', 'PARAPHRASE'] as const;
export type ClaimKind = (typeof CLAIM_KINDS)[number];

/** The side a claim takes on who is responsible for an event it is about. */
export const STANCES = ['ASSERTS', 'DENIES'] as const;
export type Stance = (typeof STANCES)[number];

/** The article itself: identity, metadata and the text every span refers to. */
export interface ArticleInfo {
  /** Stable id: front-matter `id`, else the file name without extension. */
  id: string;
  title: string;
  url: string | null;
  source: string | null;
  /** ISO date `YYYY-MM-DD` the article was written, or null when unknown. */
  publishedAt: string | null;
  /** SHA-256 of the original text; tells an edited version from the same one. */
  contentHash: string;
  /** The original text, exactly as read (spans index into it). */
  text: string;
  /** The title's span in the text, or null when it came from front matter only. */
  titleSpan: Span | null;
  /** The body's span (after front matter and title, before trailing boilerplate). */
  bodySpan: Span;
}

/** A title a person holds, e.g. Foreign Minister of Russia. */
export interface Role {
  title: string;
  /** Entity id of the country or organization, when known. */
  ofId: string | null;
}

export interface Entity {
  /** Global id, stable across articles: `country:RUS`, `person:sergey-lavrov`, `org:nato`, `place:idlib`. */
  id: string;
  type: EntityType;
  name: string;
  /** Every other surface form seen in this article or known from the gazetteer. */
  aliases: string[];
  wikidataId: string | null;
  roles: Role[];
  mentions: Mention[];
}

export type ParticipantRole = 'PARTICIPANT' | 'ATTENDEE' | 'PERPETRATOR' | 'TARGET';

export interface Participant {
  entityId: string;
  role: ParticipantRole;
}

export interface Event {
  /** Article-local id, e.g. `e1`. */
  id: string;
  /** Identity across articles: built from type, date, location and participants. */
  key: string;
  type: EventType;
  /** A short label for people, e.g. "ATTACK at Khan Sheikhoun". */
  label: string;
  date: string | null;
  locationId: string | null;
  participantIds: string[];
  participants: Participant[];
  killed: number | null;
  injured: number | null;
  mentions: Mention[];
}

export interface Claim {
  /** Article-local id, e.g. `c1`. */
  id: string;
  kind: ClaimKind;
  text: string;
  /** Span of `text` in the original article text. */
  span: Span;
  sentence: number;
  speakerId: string | null;
  /** Ids of the events and entities the claim is about. */
  aboutIds: string[];
  stance: Stance | null;
}

export interface Extraction {
  article: ArticleInfo;
  sentences: Sentence[];
  entities: Entity[];
  events: Event[];
  claims: Claim[];
}
