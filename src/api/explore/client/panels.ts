// The side panel: an entity (aliases, roles, timeline), an event (facts, the two sides of its claims,
// sources) or a claim (its sentence highlighted in the article it came from).

import { button, h, type Child } from './dom.ts';
import { locateSentence } from './highlight.ts';
import { claimTitle, entityEvents, eventTitle } from './neighbourhood.ts';
import { hrefFor, type View } from './routes.ts';
import type {
  ArticleRef,
  ClaimCard,
  ClaimDetail,
  EntityView,
  EntityRef,
  EventDetail,
  EventRef,
} from './types.ts';

export interface PanelActions {
  go(view: View): void;
  /** Redraw the graph around what the panel shows. */
  centre(view: View): void;
  /** Fetch and draw twice as much. */
  more(): void;
}

const SOURCES_SHOWN = 20;

function viewLink(
  view: View,
  label: Child,
  actions: PanelActions,
  attributes: Record<string, string> = {},
): HTMLAnchorElement {
  const link = h('a', { href: hrefFor(view), ...attributes }, label);
  link.addEventListener('click', (event) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    actions.go(view);
  });
  return link;
}

const entityLink = (entity: EntityRef, actions: PanelActions): HTMLAnchorElement =>
  viewLink({ kind: 'entity', id: entity.id }, entity.name, actions, { 'data-kind': entity.type });
const eventLink = (event: EventRef, actions: PanelActions): HTMLAnchorElement =>
  viewLink({ kind: 'event', id: event.id }, eventTitle(event), actions, { 'data-kind': 'Event' });

function stanceBadge(stance: string | null): Child {
  if (!stance) return null;
  return h('span', { class: `badge ${stance.toLowerCase()}` }, stance === 'ASSERTS' ? 'asserts' : 'denies');
}

function heading(
  title: string,
  kind: string,
  view: View,
  actions: PanelActions,
  centred: boolean,
): HTMLElement {
  return h(
    'header',
    { class: 'panel-head' },
    h('p', { class: 'kind' }, kind),
    h('h2', { tabindex: '-1' }, title),
    centred ? null : button('Centre the graph here', () => actions.centre(view), { class: 'small' }),
  );
}

function facts(rows: Array<[string, Child]>): HTMLElement {
  return h(
    'dl',
    { class: 'facts' },
    ...rows.flatMap(([term, value]) =>
      value === null || value === undefined ? [] : [h('dt', {}, term), h('dd', {}, value)],
    ),
  );
}

function section(title: string, ...children: Child[]): HTMLElement {
  return h('section', {}, h('h3', {}, title), ...children);
}

function joined(items: Child[], separator = ', '): Child[] {
  return items.flatMap((item, index) => (index === 0 ? [item] : [separator, item]));
}

function claimItem(claim: ClaimCard, actions: PanelActions): HTMLElement {
  return h(
    'li',
    { class: 'claim' },
    claim.speaker ? entityLink(claim.speaker, actions) : h('span', { class: 'muted' }, 'unattributed'),
    ' ',
    stanceBadge(claim.stance),
    h('br'),
    viewLink({ kind: 'claim', id: claim.id }, claimTitle(claim.text, 160), actions, { class: 'claim-link' }),
    claim.publishedAt ? h('span', { class: 'muted' }, ` (${claim.publishedAt})`) : null,
  );
}

function articleLine(article: ArticleRef): HTMLElement {
  return h(
    'li',
    {},
    article.url
      ? h('a', { href: article.url, rel: 'noopener noreferrer', target: '_blank' }, article.title)
      : article.title,
    article.publishedAt ? h('span', { class: 'muted' }, ` (${article.publishedAt})`) : null,
  );
}

/** Shown against what exists: "12 of 340". */
const countOf = (shown: number, total: number): string =>
  shown < total ? `${shown} of ${total}` : String(total);

export function entityPanel(view: EntityView, actions: PanelActions, centred: boolean): HTMLElement[] {
  const entity = view.entity;
  if (!entity) return [];
  const here: View = { kind: 'entity', id: entity.id };
  const roles = (entity.roles ?? []).map((role) =>
    h('li', {}, `${role.title} of `, entityLink(role.of, actions)),
  );
  // Its events and its own claims on one line of time, oldest first; undated ones last.
  const events = entityEvents(view);
  const dated = [
    ...events.map((event) => ({ date: event.date, item: eventLink(event, actions) as Child })),
    ...view.said.nodes.map((claim) => ({
      date: claim.publishedAt,
      item: h(
        'span',
        {},
        'said ',
        viewLink({ kind: 'claim', id: claim.id }, claimTitle(claim.text, 120), actions),
        ' ',
        stanceBadge(claim.stance),
      ) as Child,
    })),
  ].sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999'));
  const items = dated.map(({ date, item }) => h('li', {}, h('time', {}, date ?? 'undated'), ' ', item));
  const eventTotal = view.took.totalCount + view.at.totalCount;
  return [
    heading(entity.name, entity.type, here, actions, centred),
    facts([
      ['Id', h('code', {}, entity.id)],
      ['Aliases', entity.aliases.length > 0 ? entity.aliases.join(', ') : null],
      ['Wikidata', entity.wikidataId],
    ]),
    roles.length > 0 ? section('Roles', h('ul', {}, ...roles)) : null,
    section(
      `Timeline: ${countOf(events.length, eventTotal)} events, ${countOf(view.said.nodes.length, view.said.totalCount)} claims made`,
      items.length > 0
        ? h('ol', { class: 'timeline' }, ...items)
        : h('p', { class: 'muted' }, 'No events or claims yet.'),
      events.length < eventTotal || view.said.nodes.length < view.said.totalCount
        ? button('Show more', actions.more, { class: 'small' })
        : null,
    ),
    view.about.nodes.length > 0
      ? section(
          `Claims about ${entity.name} (${countOf(view.about.nodes.length, view.about.totalCount)})`,
          h('ul', {}, ...view.about.nodes.map((claim) => claimItem(claim, actions))),
        )
      : null,
  ].filter((element): element is HTMLElement => element !== null);
}

export function eventPanel(event: EventDetail, actions: PanelActions, centred: boolean): HTMLElement[] {
  const view: View = { kind: 'event', id: event.id };
  const sided = new Set([...event.asserting, ...event.denying].map((claim) => claim.id));
  const others = event.claims.filter((claim) => !sided.has(claim.id));
  const sources = h('ul', { class: 'sources' }, ...event.sources.slice(0, SOURCES_SHOWN).map(articleLine));
  const moreSources =
    event.sources.length > SOURCES_SHOWN
      ? button(
          `Show all ${event.sources.length} sources`,
          () => sources.replaceChildren(...event.sources.map(articleLine)),
          { class: 'small' },
        )
      : null;
  const side = (title: string, claims: ClaimCard[], kind: string): HTMLElement =>
    h(
      'div',
      { class: `side ${kind}` },
      h('h4', {}, `${title} (${claims.length})`),
      claims.length > 0
        ? h('ul', {}, ...claims.map((c) => claimItem(c, actions)))
        : h('p', { class: 'muted' }, 'none found'),
    );
  return [
    heading(eventTitle(event), 'Event', view, actions, centred),
    facts([
      ['Type', event.type.replace(/_/g, ' ').toLowerCase()],
      ['Date', event.date ?? 'not given'],
      ['Place', event.location ? entityLink(event.location, actions) : 'not given'],
      ['Killed', event.killed],
      ['Injured', event.injured],
    ]),
    section(
      'Participants',
      event.participants.length > 0
        ? h(
            'ul',
            {},
            ...event.participants.map((p) =>
              h('li', {}, entityLink(p.entity, actions), ` — ${p.role.toLowerCase()}`),
            ),
          )
        : h('p', { class: 'muted' }, 'none named'),
    ),
    section(
      event.contested ? 'Who is responsible: contested' : 'Who is responsible',
      h(
        'div',
        { class: 'sides' },
        side('Asserting', event.asserting, 'asserts'),
        side('Denying', event.denying, 'denies'),
      ),
    ),
    others.length > 0
      ? section(`Other claims (${others.length})`, h('ul', {}, ...others.map((c) => claimItem(c, actions))))
      : null,
    section(`Sources (${event.sources.length})`, sources, moreSources),
  ].filter((element): element is HTMLElement => element !== null);
}

export function claimPanel(claim: ClaimDetail, actions: PanelActions, centred: boolean): HTMLElement[] {
  const view: View = { kind: 'claim', id: claim.id };
  const { provenance } = claim;
  const { article } = provenance;
  const spot = locateSentence(article.text, provenance.sentence, provenance.start, provenance.end);
  const text = article.text;
  const sentence = h(
    'mark',
    { class: 'sentence', id: 'highlighted-sentence' },
    text.slice(spot.sentenceStart, spot.claimStart),
    h('strong', { class: 'claim-words' }, text.slice(spot.claimStart, spot.claimEnd)),
    text.slice(spot.claimEnd, spot.sentenceEnd),
  );
  const about = [
    ...claim.aboutEvents.map((e) => eventLink(e, actions)),
    ...claim.aboutEntities.map((e) => entityLink(e, actions)),
  ];
  return [
    heading('Claim', claim.kind === 'QUOTE' ? 'Quote' : 'Paraphrase', view, actions, centred),
    h('blockquote', { class: 'claim-text' }, claim.text),
    facts([
      ['Said by', claim.speaker ? entityLink(claim.speaker, actions) : 'nobody named'],
      ['Stance', claim.stance ? stanceBadge(claim.stance) : 'takes no side'],
      ['About', about.length > 0 ? h('span', {}, ...joined(about)) : null],
      ['Published', claim.publishedAt],
    ]),
    section(
      'Where it was read',
      h(
        'p',
        { class: 'article-title' },
        h('strong', {}, article.title),
        article.source ? ` — ${article.source}` : null,
        article.publishedAt ? ` (${article.publishedAt})` : null,
      ),
      article.url
        ? h(
            'p',
            {},
            h(
              'a',
              { href: article.url, rel: 'noopener noreferrer', target: '_blank', class: 'source-link' },
              'Open the source article',
            ),
          )
        : h('p', { class: 'muted' }, 'No source link was given for this article.'),
      h(
        'p',
        { class: 'muted' },
        `Sentence ${provenance.sentenceIndex + 1}, characters ${provenance.start}–${provenance.end}.`,
      ),
      h(
        'div',
        { class: 'article-text', tabindex: '0', 'aria-label': 'article text' },
        text.slice(0, spot.sentenceStart),
        sentence,
        text.slice(spot.sentenceEnd),
      ),
    ),
  ];
}
