// The gold annotation format (see /work/shared/annotation/GUIDE.md) and a checked loader for it.

import { readFile } from 'node:fs/promises';

export interface GoldEntity {
  name: string;
  type: string;
  aliases?: string[];
  optional?: boolean;
}

export interface GoldEvent {
  key?: string;
  type: string;
  date: string | null;
  dateAlternatives?: string[];
  location: string | null;
  participants: string[];
  optional?: boolean;
}

export interface GoldClaim {
  speaker: string | null;
  speakerAlternatives?: (string | null)[];
  kind: string;
  text: string;
  about?: string[];
  optional?: boolean;
}

export interface Gold {
  published: string | null;
  entities: GoldEntity[];
  events: GoldEvent[];
  claims: GoldClaim[];
}

export async function loadGold(path: string): Promise<Gold> {
  const raw: unknown = JSON.parse(await readFile(path, 'utf8'));
  if (!raw || typeof raw !== 'object') throw new Error(`${path}: gold file is not a JSON object`);
  const g = raw as Partial<Gold>;
  return {
    published: typeof g.published === 'string' ? g.published : null,
    entities: Array.isArray(g.entities) ? g.entities : [],
    events: Array.isArray(g.events) ? g.events : [],
    claims: Array.isArray(g.claims) ? g.claims : [],
  };
}
