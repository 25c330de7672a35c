// Participant rules for gatherings (meetings, talks, visits): whether one mention in the sentence took part.

import type { ParticipantRole } from '../../model/extraction.ts';
import type { TriggerContext } from '../events/trigger-context.ts';
import { gatheringRole, sentenceBefore, takesPart } from '../events/trigger-context.ts';
import type { Rule } from '../rules/match-rules.ts';
import type { EntityMention } from '../types.ts';

/** One mention of the trigger's sentence, judged against the others. */
export interface AttendeeInput {
  context: TriggerContext;
  mention: EntityMention;
}
/** A role, or `false` for "not a participant" (stops the table). */
export type AttendeeVerdict = ParticipantRole | false;

/** Countries after these words are topics or places ("a face-off over Syria"), not participants. */
const TOPIC_BEFORE =
  /\b(?:over|about|on|in|at|toward|towards|regarding|into|against|from|of)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,1}$/iu;
/** "the foreign ministers of Iran and France": "of" after people who represent states names a side. */
const DELEGATES_OF =
  /\b(?:ministers?|leaders?|presidents?|officials|representatives|delegations?|envoys?|heads?(?:\s+of\s+state)?|diplomats)\s+of\s+(?:the\s+)?$/i;
/** "the Trump administration", "the Assad government": a person's name used to name a body. */
const BODY_AFTER_NAME =
  /^(?:['’]s)?\s+(?:administration|government|regime|presidency|era|campaign|team|cabinet|family)\b/i;

const is = (a: AttendeeInput, type: EntityMention['entityType']) => a.mention.entityType === type;
const row = (
  name: string,
  test: (a: AttendeeInput) => boolean,
  verdict: (a: AttendeeInput) => AttendeeVerdict,
): Rule<AttendeeInput, true, AttendeeVerdict> => ({ name, test, produce: (_hit, a) => verdict(a) });
const no = () => false as const;
const yes = (a: AttendeeInput) => gatheringRole(a.context);

/** In order; the first row that applies decides. A mention no row takes (a place) is not a participant. */
export const ATTENDEE_RULES = [
  // '"We will meet Iran," he said': a name inside a quotation is what was said.
  row(
    'inside-a-quotation',
    ({ context, mention: m }) => context.quotes.some((q) => q.open < m.start && m.end <= q.close),
    no,
  ),
  // "In an interview, Putin said that Trump ...": another clause, another happening.
  row('in-another-clause', ({ context, mention }) => !takesPart(context, mention), no),
  // "a top emissary of the Trump administration": the name qualifies a body, it does not attend.
  row(
    'person-naming-a-body',
    (a) => is(a, 'Person') && BODY_AFTER_NAME.test(a.context.text.slice(a.mention.end, a.mention.end + 30)),
    no,
  ),
  row('person', (a) => is(a, 'Person'), yes),
  row('organization', (a) => is(a, 'Organization'), yes),
  // "talks over Syria" is about Syria, but "the foreign ministers of Iran and France" names a side.
  row(
    'state-as-topic',
    ({ context: c, mention: m }) =>
      m.entityType === 'Country' &&
      TOPIC_BEFORE.test(sentenceBefore(c, m.start, 25)) &&
      !DELEGATES_OF.test(sentenceBefore(c, m.start, 40)),
    no,
  ),
  // "Russian President Vladimir Putin": the person is the attendee, not the state in the phrase.
  row(
    'state-in-a-person-phrase',
    ({ context: c, mention: m }) =>
      c.mentions.some(
        (p) => p.entityType === 'Person' && !!p.phrase && p.phrase.start <= m.start && m.end <= p.phrase.end,
      ),
    no,
  ),
  // "the Russian Foreign Ministry", "Russia's foreign ministry": the organ is the attendee.
  row(
    'state-owning-an-organ',
    ({ context: c, mention: m }) =>
      c.mentions.some(
        (o) =>
          o.entityType === 'Organization' &&
          ((o.start <= m.start && m.end <= o.end) ||
            (o.start >= m.end && /^['’]s\s+$/.test(c.text.slice(m.end, o.start)))),
      ),
    no,
  ),
  row('state', (a) => is(a, 'Country'), yes),
];
