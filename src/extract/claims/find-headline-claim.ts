// A headline "Speaker: what they said" or "What they said: Speaker" is a claim by the speaker.

import type { EntityMention, TextLayer } from '../types.ts';
import type { ClaimCandidate } from './claim-candidate.ts';
import { trimClause } from './cut-claim-text.ts';

export function findHeadlineClaim(layer: TextLayer, mentions: EntityMention[]): ClaimCandidate | null {
  const title = layer.article.titleSpan;
  if (!title) return null;
  const { text } = layer.article;
  const colon = text.indexOf(':', title.start);
  if (colon < 0 || colon >= title.end) return null;
  const speaker = mentions.find(
    (m) => m.sentence === 0 && m.start === title.start && /^\s*$/.test(text.slice(m.end, colon)),
  );
  if (!speaker || speaker.entityType === 'Place') return trailingSpeaker(layer, mentions, colon);
  const span = trimClause(text, { start: colon + 1, end: title.end });
  if (span.end - span.start < 3) return null;
  return { kind: 'PARAPHRASE', span, sentence: 0, speaker: { kind: 'entity', id: speaker.entityId } };
}

/** "Sanctions will stay: Ivan Petrov": the speaker named alone after the last colon of the headline. */
function trailingSpeaker(
  layer: TextLayer,
  mentions: EntityMention[],
  firstColon: number,
): ClaimCandidate | null {
  const title = layer.article.titleSpan;
  if (!title) return null;
  const { text } = layer.article;
  const colon = text.lastIndexOf(':', title.end);
  if (colon < firstColon) return null;
  const speaker = mentions.find(
    (m) =>
      m.sentence === 0 &&
      m.start > colon &&
      /^\s*$/.test(text.slice(colon + 1, m.phrase?.start ?? m.start)) &&
      /^[\s.]*$/.test(text.slice(m.end, title.end)),
  );
  if (!speaker || speaker.entityType === 'Place') return null;
  const span = trimClause(text, { start: title.start, end: colon });
  if (span.end - span.start < 3) return null;
  return { kind: 'PARAPHRASE', span, sentence: 0, speaker: { kind: 'entity', id: speaker.entityId } };
}
