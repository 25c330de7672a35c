// Caps what one article may yield in proportion to its length, so hostile input cannot produce unbounded output.

import type { Extraction } from '../model/extraction.ts';

/**
 * Real news yields one claim per 150-350 characters and fewer events; these limits sit several times above
 * that, and only text written to flood the extractor (the same clause repeated thousands of times) reaches them.
 */
export const OUTPUT_LIMITS = {
  claimsBase: 8,
  charsPerClaim: 100,
  eventsBase: 8,
  charsPerEvent: 150,
  mentionsBase: 16,
  charsPerMention: 8,
} as const;

export function boundOutput(x: Extraction): Extraction {
  const chars = x.article.text.length;
  const maxClaims = OUTPUT_LIMITS.claimsBase + Math.floor(chars / OUTPUT_LIMITS.charsPerClaim);
  const maxEvents = OUTPUT_LIMITS.eventsBase + Math.floor(chars / OUTPUT_LIMITS.charsPerEvent);
  let mentionBudget = OUTPUT_LIMITS.mentionsBase + Math.floor(chars / OUTPUT_LIMITS.charsPerMention);
  const over =
    x.claims.length > maxClaims ||
    x.events.length > maxEvents ||
    x.entities.reduce((n, e) => n + e.mentions.length, 0) > mentionBudget;
  if (!over) return x;
  const events = x.events.slice(0, maxEvents);
  const kept = new Set(events.map((e) => e.id));
  const dropped = new Set(x.events.slice(maxEvents).map((e) => e.id));
  const claims = x.claims
    .slice(0, maxClaims)
    .map((c) => ({ ...c, aboutIds: c.aboutIds.filter((id) => kept.has(id) || !dropped.has(id)) }));
  // Every entity keeps its first mention (events and claims may point at it); the rest share the budget.
  mentionBudget -= x.entities.length;
  const entities = x.entities.map((e) => {
    const extra = Math.max(0, Math.min(e.mentions.length - 1, mentionBudget));
    mentionBudget -= extra;
    return { ...e, mentions: e.mentions.slice(0, 1 + extra) };
  });
  return { ...x, entities, events, claims };
}
