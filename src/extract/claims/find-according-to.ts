// "According to X, ...", "..., according to X" and "..., according to X, ...": reported speech with its source.

import type { EntityMention, TextLayer } from '../types.ts';
import type { ClaimCandidate } from './claim-candidate.ts';
import { trimClause } from './cut-claim-text.ts';

const LEADING = /^(?:[\p{Lu}][\p{Lu}.'’ -]+[—–-]+\s*)?According to\s+/u;
const TRAILING = /,\s*according to\s+/;

export function findAccordingTo(layer: TextLayer, mentions: EntityMention[]): ClaimCandidate[] {
  const out: ClaimCandidate[] = [];
  const { text } = layer.article;
  for (const sentence of layer.sentences) {
    const speakerAt = (pos: number) => {
      const skip = /^(?:the\s+)?/i.exec(text.slice(pos, pos + 4))?.[0].length ?? 0;
      return (
        mentions.find((m) => (m.phrase?.start ?? m.start) === pos + skip || m.start === pos + skip) ?? null
      );
    };
    const lead = LEADING.exec(sentence.text);
    if (lead) {
      const from = sentence.start + lead[0].length;
      const comma = text.indexOf(',', from);
      if (comma > from && comma < sentence.end) {
        const speaker = speakerAt(from);
        const span = trimClause(text, { start: comma + 1, end: sentence.end });
        if (span.end - span.start > 10) out.push(candidate(span, sentence.index, speaker));
      }
      continue;
    }
    const trail = TRAILING.exec(sentence.text);
    if (trail) {
      const speakerStart = sentence.start + trail.index + trail[0].length;
      const speaker = speakerAt(speakerStart);
      // "The measures, according to EU officials, could cost ...": the clause runs on after the source.
      const close = text.indexOf(',', speakerStart);
      const runsOn =
        close > 0 &&
        close < sentence.end &&
        close - speakerStart < 60 &&
        !/^\s*(?:who|which|that|citing|speaking|as|and|but)\b/i.test(text.slice(close + 1, sentence.end)) &&
        text
          .slice(close + 1, sentence.end)
          .trim()
          .split(/\s+/).length >= 3;
      const span = trimClause(text, {
        start: sentence.start,
        end: runsOn ? sentence.end : sentence.start + trail.index,
      });
      if (span.end - span.start > 10) out.push(candidate(span, sentence.index, speaker));
    }
  }
  return out;
}

function candidate(
  span: { start: number; end: number },
  sentence: number,
  speaker: EntityMention | null,
): ClaimCandidate {
  return {
    kind: 'PARAPHRASE',
    span,
    sentence,
    speaker: speaker ? { kind: 'entity', id: speaker.entityId } : { kind: 'none' },
  };
}
