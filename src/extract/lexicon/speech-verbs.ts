// Speech and stance verbs: what turns a clause into a claim. Rules as data, grouped by how the claim text is cut.

/** Verbs whose complement is the claim: "X said (that) ...". Inflected forms are listed explicitly. */
export const SAY_VERBS = [
  'said',
  'says',
  'say',
  'saying',
  'told',
  'tells',
  'telling',
  'added',
  'adding',
  'adds',
  'stated',
  'declared',
  'declares',
  'declaring',
  'announced',
  'announces',
  'insisted',
  'insists',
  'insisting',
  'argued',
  'argues',
  'arguing',
  'warned',
  'warns',
  'warning that',
  'claims that',
  'notes that',
  'states that',
  'claimed',
  'claiming',
  'replied',
  'replies',
  'responded',
  'noted',
  'stressed',
  'stresses',
  'acknowledged',
  'admitted',
  'believes',
  'believed',
  'suggested',
  'explained',
  'asserted',
  'asserts',
  'maintained',
  'maintains',
  'reiterated',
  'confirmed',
  'confirms',
  'predicted',
  'vowed',
  'vows',
  'promised',
  'pledged',
  'concluded',
  'contended',
  'wrote',
  'writes',
  'tweeted',
  'made clear',
  'made it clear',
  'said in a statement',
  'indicated',
  'emphasized',
  'emphasised',
  'underlined',
  'complained',
  'conceded',
  'cautioned',
  'countered',
  'observed',
  'remarked',
  'reaffirmed',
  'reaffirms',
  'reiterates',
  'underscored',
  'disclosed',
  'alleged that',
  'alleges',
  // A hope for what another side will do is a stance stated: "X hoped that both sides would ...".
  'hoped that',
  'hopes that',
  // Headline present tense: "Trump declares ...", "Leaders warn ...".
  'warn',
  'insist',
  'declare',
  'vow',
  'tell',
  'admit',
  'confirm',
  'predict',
  'claim',
];

/**
 * Verbs whose whole predicate is the claim, verb included: "denouncing the strike as illegal",
 * "accused the Chinese delegation of grandstanding", "called for an investigation".
 */
export const ACT_VERBS = [
  'denounced',
  'denouncing',
  'denounces',
  'accused',
  'accusing',
  'accuses',
  'condemned',
  'condemning',
  'condemns',
  'blasted',
  'blasting',
  'blasts',
  'criticized',
  'criticised',
  'criticizing',
  'criticising',
  'slammed',
  'slamming',
  'called for',
  'calling for',
  'calls for',
  'urged',
  'urging',
  'urges',
  'hailed',
  'hailing',
  'praised',
  'praising',
  'blamed',
  'blaming',
  'blames',
  'denied',
  'denies',
  'denying',
  'deny',
  'rejected',
  'rejecting',
  'rejects',
  'refused to concede',
  'refusing to concede',
  'refuses to concede',
  'refused to accept',
  'refusing to accept',
  'demanded',
  'demanding',
  'welcomed',
  'welcomes',
  'called on',
  'calling on',
  'calls on',
  'thanked',
  'thanking',
  'dismissed',
  'dismissing',
  'describing',
  'described',
  'questioned',
  'disputed',
  'branded',
  'labelled',
  'labeled',
  'renewed his argument',
  'renewed her argument',
  'expressed',
  'threatened',
  // Taking a side publicly: "Abe backed Trump after the talks" (not "Iran-backed", not "backed by").
  'backed',
  'backs',
  // Headline present tense.
  'accuse',
  'denounce',
  'condemn',
  'slam',
  'blast',
  'criticise',
  'criticize',
  'urge',
  'call for',
  'reject',
  'blame',
  'hail',
  'demand',
];

/** Nouns that carry a claim after a light verb: "issued Tillerson a warning against ...". */
export const CLAIM_NOUNS = [
  'a warning',
  'warnings',
  'an ultimatum',
  'a demand',
  'a call',
  'his argument',
  'her argument',
];

/** Participles that continue the subject of the main clause: "Beijing fired back, saying ...". */
export const PARTICIPLE_SUFFIX = 'ing';

/** Words that can sit between a subject and its speech verb without breaking the link. */
export const SUBJECT_GAP_WORDS = new Set(
  (
    'has have had also again then later earlier initially previously already repeatedly publicly privately ' +
    'separately quickly on this last week month year today yesterday monday tuesday wednesday thursday friday ' +
    'saturday sunday morning afternoon evening night however meanwhile would could will may might reportedly ' +
    'officially formally firmly flatly strongly both not never further immediately swiftly promptly ' +
    'openly directly personally subsequently once'
  ).split(' '),
);

/** Objects of "told" that are an audience, not the start of the claim. */
export const AUDIENCE_WORDS = new Set([
  'reporters',
  'journalists',
  'the',
  'a',
  'an',
  'press',
  'media',
  'him',
  'her',
  'them',
  'us',
  'me',
  'lawmakers',
  'parliament',
  'congress',
  'state',
  'tv',
  'television',
  'radio',
  'news',
  'conference',
  'briefing',
  'agency',
  'audience',
  'crowd',
  'supporters',
]);

/**
 * What the most frequent speech verbs are used for outside claim finding. Every subset other passes need is
 * derived from this one table over SAY_VERBS, so a verb is added (or dropped) in one place.
 * - core: a clause of speech between two things (an event and its date, a place and its event)
 * - reporting: introduces what someone reported, so the names after it are what was said, not who took part
 * - nameCue: a capitalised run right before it is a speaker's name ("Petrov said")
 * - appositiveEnd: ends a role phrase in commas after a name ("Petrov, the Russian envoy, said")
 */
type SpeechUse = 'core' | 'reporting' | 'nameCue' | 'appositiveEnd';
const SPEECH_USES: Record<string, SpeechUse[]> = {
  said: ['core', 'reporting', 'nameCue', 'appositiveEnd'],
  says: ['core', 'reporting', 'nameCue', 'appositiveEnd'],
  told: ['core', 'nameCue', 'appositiveEnd'],
  tells: [],
  added: ['core', 'reporting', 'nameCue', 'appositiveEnd'],
  warned: ['core', 'nameCue', 'appositiveEnd'],
  announced: ['core', 'reporting'],
  stated: ['core', 'reporting', 'nameCue'],
  declared: ['core', 'reporting'],
  insisted: ['reporting', 'nameCue'],
  argued: ['reporting'],
  claimed: ['reporting'],
};

/** The speech verbs used for `use`, or every verb of the table when none is given, as a regex alternation. */
export function speechVerbAlternation(use?: SpeechUse): string {
  return SAY_VERBS.filter((v) => {
    const uses = SPEECH_USES[v];
    return uses !== undefined && (use === undefined || uses.includes(use));
  }).join('|');
}
