// Generates the realistic benchmark corpus: many distinct stories over 2016-2025, each reported by 1-20 templated articles.

import { createRng, type Rng } from './seeded-random.ts';
import { COUNTRIES, FIRST_NAMES, LAST_NAMES, ORGANIZATIONS, PLACES, TITLES } from './bench-vocabulary.ts';

export interface BenchArticle {
  id: string;
  published: string;
  /** Article text with front matter, ready for parseArticle. */
  text: string;
}

interface Person {
  name: string;
  title: string;
  country: { name: string; demonym: string };
}

interface Story {
  index: number;
  kind: StoryKind;
  date: Date;
  place: string;
  countries: [{ name: string; demonym: string }, { name: string; demonym: string }];
  people: Person[];
  org: string;
  killed: number;
}

type StoryKind = 'meeting' | 'attack' | 'strike' | 'agreement' | 'sanctions' | 'vote' | 'expulsion';
const KINDS: StoryKind[] = [
  'meeting',
  'meeting',
  'meeting',
  'attack',
  'strike',
  'agreement',
  'sanctions',
  'vote',
  'expulsion',
];

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const DAY_MS = 86_400_000;

const iso = (date: Date) => date.toISOString().slice(0, 10);
const spelled = (date: Date) => `${MONTHS[date.getUTCMonth()]} ${date.getUTCDate()}`;

/** A cast of invented people: each keeps one title and one country for the whole corpus. */
function castOf(rng: Rng, size: number): Person[] {
  const used = new Set<string>();
  const cast: Person[] = [];
  while (cast.length < size) {
    const name = `${rng.pick(FIRST_NAMES)} ${rng.pick(LAST_NAMES)}`;
    if (used.has(name)) continue;
    used.add(name);
    cast.push({ name, title: rng.pick(TITLES), country: rng.pick(COUNTRIES) });
  }
  return cast;
}

function storyOf(rng: Rng, index: number, cast: Person[]): Story {
  const start = Date.UTC(2016, 0, 4);
  const days = Math.floor((Date.UTC(2025, 11, 20) - start) / DAY_MS);
  // Squared draws: a few people (and their countries) are in the news far more often than most.
  const famous = () => cast[Math.floor(rng.next() ** 2 * cast.length)] as Person;
  const a = famous();
  let b = famous();
  while (b.country.name === a.country.name) b = famous();
  return {
    index,
    kind: rng.pick(KINDS),
    date: new Date(start + rng.int(0, days) * DAY_MS),
    place: rng.pick(PLACES),
    countries: [a.country, b.country],
    people: [a, b],
    org: rng.pick(ORGANIZATIONS),
    killed: rng.int(3, 90),
  };
}

/** The sentence that names the event: dated, placed, with both sides. */
function leadSentence(story: Story, when: string): string {
  const [a, b] = story.people as [Person, Person];
  const [ca, cb] = story.countries;
  switch (story.kind) {
    case 'meeting':
      return `${ca.demonym} ${a.title} ${a.name} met ${cb.demonym} ${b.title} ${b.name} in ${story.place} ${when}.`;
    case 'attack':
      return `A bombing in ${story.place} ${when} killed ${story.killed} people, officials in ${cb.name} said.`;
    case 'strike':
      return `${ca.demonym} missile strikes hit targets near ${story.place} ${when}, ${cb.name} said.`;
    case 'agreement':
      return `${ca.name} and ${cb.name} signed a trade agreement in ${story.place} ${when}.`;
    case 'sanctions':
      return `${ca.name} imposed new sanctions on ${cb.name} ${when} after talks in ${story.place} failed.`;
    case 'vote':
      return `The ${story.org} held a vote on a resolution about ${cb.name} in ${story.place} ${when}.`;
    case 'expulsion':
      return `${ca.name} expelled four ${cb.demonym} diplomats ${when}, after a dispute in ${story.place}.`;
  }
}

const QUOTES = [
  'We will not accept pressure from anyone',
  'This is a serious moment for the whole region',
  'Our position has not changed and will not change',
  'We expect our partners to keep their word',
  'The door to dialogue remains open',
  'These accusations are groundless',
  'We hold them fully responsible for what happened',
  'There is no evidence for these claims',
];
const ABOUT_OTHER = [
  '{other} had broken its promises',
  '{other} was responsible for the crisis',
  '{other} had not been involved',
  'relations with {other} would improve',
];
const PARAPHRASES = [
  'the talks had been useful but difficult',
  'the government would study every option',
  'the allegations were part of a campaign of lies',
  'both sides wanted to lower tensions',
  'more meetings would follow in the coming weeks',
  'the decision had been taken after long consultations',
];

function articleText(rng: Rng, story: Story, n: number, published: Date): string {
  const [a, b] = story.people as [Person, Person];
  const lag = Math.round((published.getTime() - story.date.getTime()) / DAY_MS);
  // Same-day reports name the weekday, later ones the date: both resolve to the story's day.
  const when = lag === 0 ? `on ${WEEKDAYS[story.date.getUTCDay()]}` : `on ${spelled(story.date)}`;
  const title = `${story.countries[0].name} and ${story.countries[1].name}: ${story.kind} in ${story.place}`;
  const front = [
    `---`,
    `id: story${story.index}-${n}`,
    `title: "${title} (${n + 1})"`,
    `published: ${iso(published)}`,
    `source: Bench Wire`,
    `---`,
  ];
  const lines = [
    leadSentence(story, when),
    `"${rng.pick(QUOTES)}", ${a.name} told reporters.`,
    `${b.name} said ${rng.pick(PARAPHRASES)}.`,
  ];
  if (rng.int(0, 1) === 1) lines.push(`"${rng.pick(QUOTES)}", said ${b.title} ${b.name}.`);
  if (rng.int(0, 2) === 0) lines.push(`${a.name} said ${rng.pick(PARAPHRASES)}.`);
  if (rng.int(0, 1) === 0) {
    lines.push(`${a.name} said ${rng.pick(ABOUT_OTHER).replace('{other}', story.countries[1].name)}.`);
  }
  lines.push(`The ${story.org} said it was following events in ${story.place} closely.`);
  return `${front.join('\n')}\n\n${lines.join('\n\n')}\n`;
}

/** About `articleCount` articles in stories of 1-20 articles each (skewed small), deterministic from `seed`. */
export function benchCorpus(articleCount: number, seed = 11): BenchArticle[] {
  const rng = createRng(seed);
  const cast = castOf(rng, Math.max(20, Math.round(articleCount / 12)));
  const articles: BenchArticle[] = [];
  for (let index = 0; articles.length < articleCount; index += 1) {
    const story = storyOf(rng, index, cast);
    // Mostly few reports, some heavily covered stories: mean about 4.5.
    const reports = Math.min(20, 1 + Math.floor(rng.next() ** 4 * 20), articleCount - articles.length);
    for (let n = 0; n < reports; n += 1) {
      const published = new Date(story.date.getTime() + rng.int(0, 3) * DAY_MS);
      articles.push({
        id: `story${index}-${n}`,
        published: iso(published),
        text: articleText(rng, story, n, published),
      });
    }
  }
  return articles;
}
