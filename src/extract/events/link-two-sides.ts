// "The two ministers agreed ...": an event whose only actors are "the two sides" takes those of the meeting before it.

import type { TextLayer } from '../types.ts';
import { copyClusters, type EventCluster } from './cluster-events.ts';

/** What two sides do together after meeting. */
const JOINT_ACTS = new Set(['AGREEMENT', 'PRESS_CONFERENCE']);
const TWO_SIDES =
  /\b(?:the|both)\s+two\s+(?:sides|ministers|leaders|countries|nations|governments|delegations|presidents|men|women|parties|capitals)\s+(?:[\p{L}-]+\s+){0,3}$/iu;

export function linkTwoSides(layer: TextLayer, given: readonly EventCluster[]): EventCluster[] {
  const clusters = copyClusters(given);
  const first = (c: EventCluster) => Math.min(...c.mentions.map((m) => m.start));
  for (const c of clusters) {
    if (c.participants.size > 0 || !JOINT_ACTS.has(c.type)) continue;
    // The phrase is the trigger's subject: "The two ministers agreed to ...", right before it.
    const { text } = layer.article;
    const mention = c.mentions.find((m) => TWO_SIDES.test(text.slice(Math.max(0, m.start - 50), m.start)));
    if (!mention) continue;
    const meeting = clusters
      .filter((o) => o.type === 'MEETING' && o.participants.size >= 2 && first(o) < mention.start)
      .sort((a, b) => first(b) - first(a))[0];
    if (!meeting) continue;
    for (const [id, role] of meeting.participants) c.participants.set(id, role);
    c.locationId ??= meeting.locationId;
    if (!c.dated && meeting.date) {
      c.date = meeting.date;
      c.dated = true;
    }
  }
  return clusters;
}
