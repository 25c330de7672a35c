// The shapes the explorer reads from the public GraphQL API (only the fields its operations select).

export type EntityType = 'Person' | 'Country' | 'Organization' | 'Place';
export type Stance = 'ASSERTS' | 'DENIES';

export interface EntityRef {
  id: string;
  name: string;
  type: EntityType;
}

export interface EventRef {
  id: string;
  type: string;
  label: string;
  date: string | null;
}

export interface Participation {
  role: string;
  entity: EntityRef;
}

export interface EventSummary extends EventRef {
  location: EntityRef | null;
  participants: Participation[];
}

export interface ArticleRef {
  id: string;
  title: string;
  url: string | null;
  publishedAt: string | null;
}

export interface ClaimCard {
  id: string;
  text: string;
  kind: string;
  stance: Stance | null;
  publishedAt: string | null;
  speaker: EntityRef | null;
  aboutEvents: EventRef[];
  aboutEntities: EntityRef[];
}

export interface EntityDetail extends EntityRef {
  aliases: string[];
  wikidataId: string | null;
  roles?: Array<{ title: string; of: EntityRef }>;
}

export interface Page<T> {
  totalCount: number;
  nodes: T[];
}

/** An entity with its latest events (taken part in, or held there) and claims (made, or about it). */
export interface EntityView {
  entity: EntityDetail | null;
  took: Page<EventSummary>;
  at: Page<EventSummary>;
  said: Page<ClaimCard>;
  about: Page<ClaimCard>;
}

export interface EventDetail extends EventSummary {
  killed: number | null;
  injured: number | null;
  contested: boolean;
  sources: ArticleRef[];
  asserting: ClaimCard[];
  denying: ClaimCard[];
  claims: ClaimCard[];
}

export interface Provenance {
  start: number;
  end: number;
  sentenceIndex: number;
  sentence: string;
  article: ArticleRef & { source: string | null; text: string };
}

export interface ClaimDetail extends ClaimCard {
  provenance: Provenance;
}
