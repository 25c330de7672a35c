// Event trigger lexicon: patterns that name a happening, by event type. Rules as data; order does not matter.

import type { EventType } from '../../model/extraction.ts';

export interface TriggerRule {
  type: EventType;
  /** Regular expression source, matched case-insensitively on one sentence. */
  pattern: string;
  /** Anaphors ("the incident") only refer back to an event; they never start one. */
  anaphor?: boolean;
  /** A clause (subject and verb: "its warplanes hit"), never a definite reference back, whatever precedes it. */
  clausal?: boolean;
  /** Held at a distance (a phone or video call): never the same happening as a gathering in person. */
  remote?: boolean;
}

/** Words that start another phrase: "withdrew from Syria after the deal" is not a withdrawal from the deal. */
const LINKING_WORD = String.raw`(?:after|before|under|with|without|in|on|at|to|the|a|an|as|by|for|of|from|into|over|and|or|but|amid|despite|following)\b`;

export const TRIGGERS: TriggerRule[] = [
  {
    type: 'ATTACK',
    pattern: String.raw`(?<!\bto )\b(?:(?:gas|chemical|toxic|nerve[- ]agent|poison|terror|terrorist|suicide|rocket|drone|cyber|sarin|chlorine|deadly|reported|alleged)\s+)*attacks?\b(?!\s+(?:on|against)\s+(?:the\s+)?(?:idea|plan|policy|decision|proposal))`,
  },
  {
    type: 'ATTACK',
    pattern: String.raw`\buse of (?:sarin|chemical weapons|chlorine|nerve agents?|poison gas)\b`,
  },
  {
    type: 'ATTACK',
    pattern: String.raw`\b(?:bombings?|barrel[- ]bombs?|car bombs?|poisoning|poisoned|assassination(?: attempt)?|massacre|shooting|explosions?)\b`,
  },
  { type: 'ATTACK', pattern: String.raw`\bthe incident\b`, anaphor: true },
  {
    type: 'MILITARY_STRIKE',
    pattern: String.raw`\b(?:(?:missile|air|military|drone|retaliatory|cruise missile|punitive|first|further|unlawful|U\.?S\.?|American|Israeli|Russian|British|French|Turkish|States)\s+)+strikes?\b`,
  },
  {
    type: 'MILITARY_STRIKE',
    pattern: String.raw`\b(?:air ?strikes?|airstrikes?|air raids?|bombardments?|shelling|(?:its|their|the|a)\s+strikes?(?=\s+(?:on|against)\b))`,
  },
  {
    // "its warplanes hit a building", "Israeli jets struck targets": a state's aircraft or missiles striking.
    type: 'MILITARY_STRIKE',
    pattern: String.raw`\b(?:warplanes|fighter jets|jets|aircraft|drones|missiles|artillery)\s+(?:hit|struck|bombed|pounded|targeted|shelled)\b`,
    clausal: true,
  },
  {
    // "carried out strikes on", "launched a series of air strikes against", "traded strikes": a state's strikes
    // told by what was done; a hunger or general strike is a protest.
    type: 'MILITARY_STRIKE',
    pattern: String.raw`\b(?:carr(?:ied|ies|y|ying)\s+out|launch(?:ed|es|ing)?|conduct(?:ed|s|ing)?|traded|exchanged)\s+(?:(?!hunger|general|labou?r|worker|strikes?\b)[\w-]+\s+){0,3}strikes?\b`,
  },
  {
    // "struck targets in Iraq", "shelled positions near the border": an armed strike told by what it hit.
    type: 'MILITARY_STRIKE',
    pattern: String.raw`\b(?:struck|hit|shelled|bombed|pounded)\s+(?:[\w-]+\s+){0,2}(?:targets|positions|bases|depots|military\s+sites|air\s+defen[cs]es)\b`,
    clausal: true,
  },
  {
    type: 'MEETING',
    pattern: String.raw`\b(?:meetings?|talks|summit|face-to-face|sat down|met(?: with)?(?!\s+(?:all\s+|every\s+|its\s+|the\s+|their\s+|our\s+|his\s+|her\s+|these\s+|those\s+)?(?:conditions?|demands?|requirements?|targets?|criteria|obligations?|commitments?|expectations?|deadlines?|goals?|standards?)\b)|visit(?:ed)?|summoned|face-off|(?:their|the|a|his|her) talk)\b(?!\s+(?:of|about) (?:the )?(?:talks|meeting))`,
  },
  {
    // "after a phone call with the president", "the two leaders spoke by phone": a call is a meeting at a distance.
    type: 'MEETING',
    pattern: String.raw`\b(?:(?:tele)?phone\s+(?:call|conversation|talks)|video\s+(?:call|conference|link)|spoke\s+(?:by|on\s+the)\s+(?:tele)?phone)\b`,
    remote: true,
  },
  {
    // "during his discussions with Kim", "negotiations with the rebels": talks with someone named.
    type: 'MEETING',
    pattern: String.raw`\b(?:discussions|negotiations|consultations)\s+with\b`,
  },
  {
    // "resumed negotiations in Baghdad", "began consultations on Monday": talks opened or taken up again.
    type: 'MEETING',
    pattern: String.raw`\b(?:resum(?:ed|es|ing)|open(?:ed|s|ing)|beg(?:an|ins|inning)|start(?:ed|s|ing)|conclud(?:ed|es|ing))\s+(?:[\w-]+\s+){0,2}(?:negotiations|discussions|consultations)\b`,
  },
  {
    // "held "frank" discussions with diplomats": discussions someone held are a meeting.
    type: 'MEETING',
    pattern: String.raw`\b(?:held|hold|holds|holding)\s+(?:["“]?[\w-]+["”]?\s+){0,2}(?:discussions|consultations|negotiations)\b`,
  },
  {
    type: 'PRESS_CONFERENCE',
    pattern: String.raw`\b(?:(?:joint\s+)?(?:news|press)\s+conferences?|(?:press|news)\s+briefing|told reporters)\b`,
  },
  {
    // "Addressing media after his summit", "speaking to journalists", "briefed reporters": a leader before the press.
    type: 'PRESS_CONFERENCE',
    pattern: String.raw`\b(?:addressing|addressed|addresses|speaking\s+to|spoke\s+to|briefed|briefing)\s+(?:the\s+)?(?:media|journalists|press|reporters|newsmen)\b`,
  },
  {
    // "interview witnesses" is investigative work, not a media interview.
    type: 'INTERVIEW',
    pattern: String.raw`\binterview(?:ed)?\b(?!\s+(?:witnesses|survivors|residents|victims|refugees|detainees|suspects|people|families|doctors|officials)\b)`,
  },
  {
    type: 'AGREEMENT',
    pattern: String.raw`\b(?:agreed to|(?:signed|reached|struck|sealed)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}(?:deal|agreement|accord|treaty|declaration|pact|memorandum)|peace deal|ceasefire agreement)\b`,
  },
  {
    // A named agreement: "the Minsk accords", "the June 12 Sentosa Agreement" (not a standing treaty). The name is
    // capitalised (case-sensitive inside (?-i:...)) and is not a determiner opening a sentence ("The deal").
    type: 'AGREEMENT',
    pattern: String.raw`\b(?-i:(?!(?:The|A|An|This|That|These|Those|Its|Their|His|Her|Our|No|Any|Such|Every|Each)\b)\p{Lu}[\p{L}-]+\s+(?:\p{Lu}[\p{L}-]+\s+){0,2})(?:agreements?|accords?|pact|deal)\b`,
  },
  {
    // "We signed a very comprehensive document", "adopted a joint statement": a text both sides put their name to.
    type: 'AGREEMENT',
    pattern: String.raw`\b(?:signed|adopted|issued|released)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}(?:document|joint\s+(?:statement|declaration|communiqu[eé]))\b`,
  },
  {
    // Prisoner and hostage exchanges are deals between the sides: "swap 206 prisoners", "a UAE-brokered exchange".
    type: 'AGREEMENT',
    pattern: String.raw`\b(?:(?:prisoners?|hostages?|captives?|POWs?)(?:[- ]of[- ]war)?\s+(?:exchanges?|swaps?)|(?:exchanged|swapped|swap|swaps|exchange)\s+(?:\d[\d,]*\s+|[\w-]+\s+){0,2}(?:prisoners|hostages|captives|detainees|POWs)|[\w-]+-(?:brokered|mediated)\s+(?:exchange|swap|deal|agreement|truce|ceasefire)|(?:under|through|as part of)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}(?:deal|agreement|accord))\b`,
  },
  { type: 'VOTE', pattern: String.raw`\b(?:vote[sd]?|voting|resolution|vetoe?d?)\b` },
  { type: 'INVESTIGATION', pattern: String.raw`\b(?:investigations?|inquiry|probe)\b` },
  { type: 'SANCTION', pattern: String.raw`\bsanctions\b` },
  {
    // "the Treasury sanctioned five officials", "imposed an arms embargo", "blacklisted two banks"; not "UN-sanctioned".
    type: 'SANCTION',
    pattern: String.raw`(?<!-)\b(?:sanctioned|blacklisted|(?:imposed|imposes|imposing|slapped)\s+(?:an?\s+|new\s+|fresh\s+|further\s+)*(?:[\w-]+\s+)?(?:embargo(?:es)?|asset\s+freezes?|travel\s+bans?|export\s+bans?|penalties))\b`,
  },
  {
    // Leaving an agreement or a body is a happening of its own (GUIDE: OTHER): "withdrew from the nuclear deal",
    // "pulled out of the treaty", "its exit from the accord", "quit the pact". "to withdraw" is a threat or a plan;
    // walking out of talks stays the talks (a MEETING).
    type: 'OTHER',
    pattern: String.raw`(?<!\b(?:to|not|never)\s|n[’']t\s)\b(?:(?:withdr(?:ew|awn|awing|aws|awal|aw)|exit(?:ed|s|ing)?)\s+from|pull(?:ed|s|ing)?\s+out\s+of|quit(?:s|ting)?|exit(?:ed|s|ing)?)\s+(?:the\s+|an?\s+|its\s+|their\s+)?(?:(?!${LINKING_WORD})[\p{L}\d’'.-]+\s+){0,3}(?:agreements?|deal|accords?|treat(?:y|ies)|pacts?|conventions?|protocol|organi[sz]ation|council|commission|alliance|union)\b`,
  },
  {
    type: 'EXPULSION',
    pattern: String.raw`\b(?:expel(?:s|led|ling)?|expulsions?|persona non grata|ordered to leave)\b`,
  },
  {
    type: 'CONFLICT',
    pattern: String.raw`\b(?:civil war|(?:effort|fight|campaign|war|offensive)\s+["“]?against|invasion|the war in|(?:six|five|four|seven|eight|ten|\d+)-year (?:conflict|war))\b`,
  },
  {
    type: 'ELECTION_INTERFERENCE',
    pattern: String.raw`\b(?:(?:meddling|interference|interfering)\s+(?:in|with)\s+(?:the\s+)?(?:[\p{Lu}][\w.]*\s+)?(?:presidential\s+)?elections?|election (?:meddling|interference))\b`,
  },
];
