// Working types shared by the extraction passes (the public result types live in src/model/extraction.ts).

import type { ArticleInfo, Mention, Role, Sentence } from '../model/extraction.ts';
import type { QuotedSpan } from './text/find-quotes.ts';
import type { Token } from './text/tokenize.ts';

/** One surface mention of an entity, already resolved to the entity's global id. */
export interface EntityMention extends Mention {
  entityId: string;
  /** The type of the entity it names, so that passes never read a type off an id's prefix. */
  entityType: EntityRecord['type'];
  /** How it was found: gazetteer form kind, 'found' by the name finder, 'role' phrase, etc. */
  kind: string;
  /** The longer phrase including a role title, e.g. "Russian Foreign Minister Sergey Lavrov". */
  phrase?: Mention;
}

/** What the first passes know about the article; later passes only read it. */
export interface TextLayer {
  article: ArticleInfo;
  sentences: Sentence[];
  quotes: QuotedSpan[];
  tokens: Token[][];
}

export interface EntityRecord {
  id: string;
  type: 'Person' | 'Country' | 'Organization' | 'Place';
  name: string;
  aliases: Set<string>;
  wikidataId: string | null;
  roles: Role[];
}

export interface EntityLayer {
  records: Map<string, EntityRecord>;
  /** All mentions in text order. */
  mentions: EntityMention[];
}
