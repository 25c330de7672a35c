// Word lists the name finder uses to tell people, organizations and places from other capitalized words.

/** Honorifics that make the next capitalized word a person's name. */
export const HONORIFICS = new Set([
  'Mr',
  'Mrs',
  'Ms',
  'Miss',
  'Dr',
  'Sir',
  'Dame',
  'Lord',
  'Lady',
  'Madam',
  'Madame',
  'Baroness',
  'Baron',
]);

/** Capitalized only because they start a sentence or are not names at all. */
export const NOT_NAME_WORDS = new Set(
  (
    'The A An In On At But And Or If As By For From To Of With Without After Before During Since Until While When ' +
    "Where What Who Why How This That These Those There Here It Its It’s It's He She They We I You Our Their His Her " +
    'My Your Mr Mrs Ms Initially Early Late Meanwhile However Also Yet So Still Then Now Today Yesterday Tomorrow ' +
    'Related Read More Western Eastern Northern Southern Some Many Most All No Not Both Either Neither Each Every ' +
    'Reversing Increased Top Asked Speaking According Despite Although Though Because Instead Later Earlier Last Next ' +
    'First Second Third New Old Former Ex Acting Deputy Senior Chief Head Officials Official Sources Source Reporting ' +
    'Editing Additional Photo Video Watch Update Updated Breaking Live Sunday Monday Tuesday Wednesday Thursday Friday ' +
    'Saturday January February March April May June July August September October November December Cold War'
  ).split(' '),
);

/** Last words of organization names. */
export const ORG_HEADS = new Set(
  (
    'Council Ministry Party Committee Commission Organisation Organization Union Group Agency Bank Court Fund Institute ' +
    'University Assembly Parliament Congress Senate Army Navy Forces Force Front Movement Alliance Association ' +
    'Federation Foundation Corporation Company Consulate Embassy Office Department Service Services Bureau Authority ' +
    'Board Network Times Post Journal Herald Guardian Telegraph Tribune News Press Television Radio Broadcasting ' +
    'Observatory Watch International Initiative Command Coalition Programme Program Church Agency Trust Institute Brigade Brigades Cabinet Duma Guard Guards Police Secretariat Mission Club Centre Center Court Tribunal ' +
    'Air Airlines Airways'
  ).split(' '),
);

/** Particles inside names: "Bashar al-Assad" is joined by a hyphen, "Ursula von der Leyen" by these. */
export const PARTICLES = new Set([
  'al',
  'el',
  'bin',
  'ibn',
  'de',
  'van',
  'von',
  'der',
  'da',
  'di',
  'la',
  'le',
  'du',
  'dos',
]);

/** Lower-case words that join an organization head to the rest of its name: "Ministry of Foreign Affairs". */
export const ORG_CONNECTORS = new Set(['of', 'for', 'on', 'and']);

/** Lower-case nouns after a capitalized word that make it a broadcaster or paper: "MIR television". */
export const MEDIA_NOUNS = [
  'news agency',
  'television',
  'TV',
  'radio',
  'newspaper',
  'broadcaster',
  'channel',
  'daily',
];

/** Lower-case words right before a name that make it a person: "his Australian counterpart Penny Wong". */
export const PERSON_LEAD_NOUNS = new Set(
  (
    'counterpart counterparts writer journalist reporter activist dissident lawyer businessman businesswoman ' +
    'citizen national academic scholar researcher blogger author commander opposition leader politician ' +
    'lawmaker rapper singer tycoon cleric'
  ).split(' '),
);

/** What comes right before a group's self-chosen or agency name: "calling itself the ...", "news agency INA". */
export const ORG_LEAD =
  /\b(?:call(?:ing|s|ed)\s+(?:itself|themselves)|known\s+as|news\s+agency|wire\s+service)\s+(?:the\s+)?$/i;

/** Last words of geographic feature names: "Second Thomas Shoal", "Scarborough Reef", "Kerch Strait". */
export const PLACE_HEADS = new Set(
  (
    'Shoal Shoals Reef Reefs Atoll Island Islands Isles Strait Straits Gulf Bay Sea Ocean River Lake Canal ' +
    'Valley Desert Mountains Mountain Plateau Peninsula Heights Corridor Pass Basin Delta Coast Border Dam'
  ).split(' '),
);

/** Lower-case nouns after a name that make it a place: "Idlib province". */
export const PLACE_NOUNS = new Set([
  'province',
  'valley',
  'region',
  'city',
  'town',
  'village',
  'district',
  'county',
  'governorate',
  'oblast',
  'state',
  'island',
  'peninsula',
]);

/** Prepositions that make a following capital a location rather than its government. */
export const LOCATIVE_WORDS = new Set([
  'in',
  'at',
  'near',
  'from',
  'to',
  'into',
  'outside',
  'inside',
  'via',
  'visit',
  'visited',
  'visiting',
  'visits',
  'toured',
  'tours',
  'arrived',
  'across',
  'around',
]);

/** Nouns after a capital that use it as a city: "Moscow embassy", "Beijing correspondent". */
export const CITY_MODIFIED_NOUNS = new Set(
  'embassy consulate correspondent bureau office mayor airport court residents resident summit talks metro city police hotel headquarters conference university suburb suburbs streets street district region'.split(
    ' ',
  ),
);

/** Words that govern a following name's country: "Russia's foreign ministry" style organs of state. */
export const MINISTRY_KINDS = [
  'foreign',
  'defence',
  'defense',
  'interior',
  'finance',
  'justice',
  'health',
  'trade',
  'economy',
  'energy',
  'emergencies',
];

/** "<Country> government" and "Syrian regime" name the country itself. */
export const GOVERNMENT_NOUNS = new Set(['government', 'regime', 'authorities', 'leadership']);
