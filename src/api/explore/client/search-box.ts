// The search box: asks the `search` query as you type and lists entities, their events and claims;
// arrow keys move through the results, Enter opens one, Escape closes the list.

import { eventsOf, searchGraph, type SearchResult } from './api.ts';
import { h } from './dom.ts';
import { claimTitle, eventTitle } from './neighbourhood.ts';
import type { View } from './routes.ts';
import type { EventRef } from './types.ts';

interface Option {
  view: View;
  label: string;
  kind: string;
}

/** Words that name an event type (matched as prefixes while typing), so "attack" finds attacks. */
const TYPE_WORDS: Array<[string, string]> = [
  ['attack', 'ATTACK'],
  ['bombing', 'ATTACK'],
  ['strike', 'MILITARY_STRIKE'],
  ['airstrike', 'MILITARY_STRIKE'],
  ['missile', 'MILITARY_STRIKE'],
  ['meeting', 'MEETING'],
  ['talks', 'MEETING'],
  ['summit', 'MEETING'],
  ['visit', 'MEETING'],
  ['press', 'PRESS_CONFERENCE'],
  ['conference', 'PRESS_CONFERENCE'],
  ['briefing', 'PRESS_CONFERENCE'],
  ['interview', 'INTERVIEW'],
  ['agreement', 'AGREEMENT'],
  ['deal', 'AGREEMENT'],
  ['vote', 'VOTE'],
  ['resolution', 'VOTE'],
  ['veto', 'VOTE'],
  ['investigation', 'INVESTIGATION'],
  ['inquiry', 'INVESTIGATION'],
  ['sanctions', 'SANCTION'],
  ['expulsion', 'EXPULSION'],
  ['expelled', 'EXPULSION'],
  ['conflict', 'CONFLICT'],
  ['war', 'CONFLICT'],
  ['election', 'ELECTION_INTERFERENCE'],
  ['interference', 'ELECTION_INTERFERENCE'],
  ['meddling', 'ELECTION_INTERFERENCE'],
];

export function eventTypesIn(words: string[]): string[] {
  const types = new Set<string>();
  for (const word of words) {
    if (word.length < 3) continue;
    for (const [name, type] of TYPE_WORDS)
      if (name.startsWith(word) || word.startsWith(name)) types.add(type);
  }
  return [...types];
}

/**
 * Events of the matched entities and of the named types, those whose type and label hold most of the
 * typed words first; an event of a matched entity needs one word, a typed event too.
 */
export function rankEvents(ofEntities: EventRef[], typed: EventRef[], words: string[]): EventRef[] {
  const events = new Map<string, { event: EventRef; score: number }>();
  const consider = (event: EventRef, bonus: number): void => {
    const haystack = `${event.type.replace(/_/g, ' ')} ${event.label}`.toLowerCase();
    const score = words.filter((word) => haystack.includes(word)).length + bonus;
    const seen = events.get(event.id);
    if (!seen || seen.score < score) events.set(event.id, { event, score });
  };
  for (const event of ofEntities) consider(event, 0.5);
  for (const event of typed) consider(event, 0);
  return [...events.values()]
    .filter((candidate) => candidate.score >= 1)
    .sort((a, b) => b.score - a.score)
    .slice(0, 5)
    .map((candidate) => candidate.event);
}

/** Entities first, then events, then claims. */
function optionsOf(result: SearchResult, events: EventRef[]): Option[] {
  const found: Option[] = [];
  for (const hit of result.search) {
    if (hit.entity)
      found.push({
        view: { kind: 'entity', id: hit.entity.id },
        label: hit.entity.name,
        kind: hit.entity.type,
      });
  }
  for (const event of events) {
    found.push({ view: { kind: 'event', id: event.id }, label: eventTitle(event), kind: 'Event' });
  }
  for (const hit of result.search) {
    if (!hit.claim) continue;
    const speaker = hit.claim.speaker ? `${hit.claim.speaker.name}: ` : '';
    found.push({
      view: { kind: 'claim', id: hit.claim.id },
      label: `${speaker}${claimTitle(hit.claim.text, 90)}`,
      kind: 'Claim',
    });
  }
  return found;
}

export function attachSearch(
  input: HTMLInputElement,
  listbox: HTMLElement,
  choose: (view: View) => void,
  report: (message: string) => void,
): void {
  let options: Option[] = [];
  let active = -1;
  let asked = 0;
  let timer: ReturnType<typeof setTimeout> | null = null;

  const close = (): void => {
    listbox.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };
  const mark = (index: number): void => {
    active = index;
    for (const [i, item] of [...listbox.children].entries())
      item.setAttribute('aria-selected', String(i === index));
    if (index >= 0) input.setAttribute('aria-activedescendant', `search-option-${index}`);
    listbox.children[index]?.scrollIntoView({ block: 'nearest' });
  };
  const pick = (index: number): void => {
    const option = options[index];
    if (!option) return;
    asked += 1; // answers still on their way are for a question no longer asked
    close();
    input.value = option.label;
    choose(option.view);
  };
  const show = (found: Option[], text: string): void => {
    if (document.activeElement !== input) return;
    options = found;
    listbox.replaceChildren(
      ...(found.length > 0
        ? found.map((option, index) => {
            const item = h(
              'li',
              {
                role: 'option',
                id: `search-option-${index}`,
                'aria-selected': 'false',
                'data-kind': option.kind,
              },
              h('span', { class: 'kind' }, option.kind),
              ' ',
              option.label,
            );
            item.addEventListener('mousedown', (event) => event.preventDefault()); // keep focus in the box
            item.addEventListener('click', () => pick(index));
            return item;
          })
        : [
            h(
              'li',
              { class: 'muted', role: 'option', 'aria-disabled': 'true' },
              `Nothing found for “${text}”`,
            ),
          ]),
    );
    listbox.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    active = -1;
  };

  const ask = async (text: string): Promise<void> => {
    const ticket = ++asked;
    const words = text
      .toLowerCase()
      .split(/\s+/)
      .filter((word) => word.length >= 2);
    try {
      const result = await searchGraph(text, eventTypesIn(words));
      if (ticket !== asked) return; // a newer keystroke won
      const typed = result.typed?.nodes ?? [];
      show(optionsOf(result, rankEvents([], typed, words)), text);
      // Then the events of the best entity hits: a second, paginated request, so names show at once.
      const entityIds = result.search.flatMap((hit) => (hit.entity ? [hit.entity.id] : [])).slice(0, 3);
      if (entityIds.length === 0) return;
      const ofEntities = await eventsOf(entityIds);
      if (ticket !== asked) return;
      const keep = active;
      show(optionsOf(result, rankEvents(ofEntities, typed, words)), text);
      if (keep >= 0) mark(keep);
    } catch (error) {
      if (ticket === asked) report(`Search failed: ${(error as Error).message}`);
    }
  };

  input.addEventListener('input', () => {
    const text = input.value.trim();
    if (timer) clearTimeout(timer);
    if (text.length < 2 || !/[\p{L}\p{N}]/u.test(text)) {
      asked += 1;
      close();
      return;
    }
    timer = setTimeout(() => void ask(text), 150);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' && options.length > 0) {
      event.preventDefault();
      if (listbox.hidden) listbox.hidden = false;
      mark(Math.min(active + 1, options.length - 1));
    } else if (event.key === 'ArrowUp' && options.length > 0) {
      event.preventDefault();
      mark(Math.max(active - 1, 0));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (!listbox.hidden) pick(active >= 0 ? active : 0);
    } else if (event.key === 'Escape') {
      close();
    }
  });
  input.addEventListener('blur', () => setTimeout(close, 150));
}
