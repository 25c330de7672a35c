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
  events: EventSummary[];
  claimsMade: ClaimCard[];
  claimsAbout: ClaimCard[];
}

export interface TimelineItem {
  date: string | null;
  event: EventRef | null;
  claim: { id: string; text: string; stance: Stance | null } | null;
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
