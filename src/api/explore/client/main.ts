// The explorer page: reads the view from the address, draws its neighbourhood, fills the panel, and
// keeps the address shareable as the analyst clicks around.

import { apiToken, ApiError, loadClaim, loadEntity, loadEvent } from './api.ts';
import { byId, button, h } from './dom.ts';
import { GraphView } from './graph-view.ts';
import { renderList } from './list-view.ts';
import {
  claimKey,
  claimNeighbourhood,
  doubled,
  entityNeighbourhood,
  eventKey,
  eventNeighbourhood,
  FIRST_BOUNDS,
  mergeNeighbourhoods,
  type Bounds,
  type GraphNode,
  type Neighbourhood,
} from './neighbourhood.ts';
import { claimPanel, entityPanel, eventPanel, type PanelActions } from './panels.ts';
import { attachSearch } from './search-box.ts';
import { hrefFor, viewFromSearch, viewOfNode, type View } from './routes.ts';

const TIMELINE_FIRST = 50;

const status = byId('status');
const panel = byId('panel');
const graphBox = byId('graph');
const listBox = byId('list');
const moreButton = byId<HTMLButtonElement>('show-more');

let drawn: { view: View; bounds: Bounds; neighbourhood: Neighbourhood } | null = null;
let panelView: View | null = null;
let timelineSize = TIMELINE_FIRST;

const say = (message: string): void => {
  status.textContent = message;
};

const keyOf = (view: View): string =>
  view.kind === 'event' ? eventKey(view.id) : view.kind === 'claim' ? claimKey(view.id) : view.id;

/** Fetches what a view needs once: the neighbourhood for the graph and the panel's content. */
async function fetchView(
  view: View,
  bounds: Bounds,
): Promise<{ title: string; neighbourhood: Neighbourhood; panel: (centred: boolean) => HTMLElement[] }> {
  if (view.kind === 'entity') {
    const { entity, timeline } = await loadEntity(
      view.id,
      bounds.events + 1,
      bounds.claims + 1,
      timelineSize + 1,
    );
    if (!entity) throw new ApiError(`nothing has the id "${view.id}"`, 'NOT_FOUND');
    return {
      title: entity.name,
      neighbourhood: entityNeighbourhood(entity, bounds),
      panel: (centred) =>
        entityPanel(
          entity,
          timeline.slice(0, timelineSize),
          timeline.length > timelineSize,
          actions,
          centred,
        ),
    };
  }
  if (view.kind === 'event') {
    const { event } = await loadEvent(view.id, bounds.claims + 1);
    if (!event) throw new ApiError(`no event has the id "${view.id}"`, 'NOT_FOUND');
    return {
      title: event.label,
      neighbourhood: eventNeighbourhood(event, bounds),
      panel: (centred) => eventPanel(event, actions, centred),
    };
  }
  const { claim } = await loadClaim(view.id);
  if (!claim) throw new ApiError(`no claim has the id "${view.id}"`, 'NOT_FOUND');
  return {
    title: 'Claim',
    neighbourhood: claimNeighbourhood(claim),
    panel: (centred) => claimPanel(claim, actions, centred),
  };
}

function showPanel(view: View, content: HTMLElement[], title: string, focus: boolean): void {
  panelView = view;
  panel.replaceChildren(...content);
  document.title = `${title} — Explorer`;
  if (focus) panel.querySelector<HTMLElement>('h2')?.focus({ preventScroll: true });
  // Scroll the article box (not the panel) so the marked sentence sits in its upper third.
  const mark = panel.querySelector<HTMLElement>('#highlighted-sentence');
  const box = mark?.closest<HTMLElement>('.article-text');
  if (mark && box) box.scrollTop = mark.offsetTop - box.clientHeight / 3; // the box is the positioned parent
}

function showGraph(view: View, bounds: Bounds, neighbourhood: Neighbourhood): void {
  drawn = { view, bounds, neighbourhood };
  graph.show(neighbourhood);
  graph.select(keyOf(view));
  renderList(listBox, neighbourhood, { open: openNode, expand: expandNode });
  moreButton.hidden = !neighbourhood.more;
}

/** Draws the view's neighbourhood and fills the panel: what a shared address shows. */
async function draw(view: View, bounds: Bounds, focus: boolean): Promise<void> {
  say('Loading…');
  const started = performance.now();
  try {
    const fetched = await fetchView(view, bounds);
    showGraph(view, bounds, fetched.neighbourhood);
    showPanel(view, fetched.panel(true), fetched.title, focus);
    const { nodes, edges } = fetched.neighbourhood;
    say(`${nodes.length} nodes, ${edges.length} connections (${Math.round(performance.now() - started)} ms)`);
    document.body.dataset.rendered = String(Date.now());
  } catch (error) {
    report(error);
  }
}

/** Opens a view in the panel only: the picture stays as it is. */
async function openInPanel(view: View): Promise<void> {
  say('Loading…');
  try {
    const fetched = await fetchView(view, FIRST_BOUNDS);
    const centred = drawn !== null && keyOf(drawn.view) === keyOf(view);
    showPanel(view, fetched.panel(centred), fetched.title, false);
    graph.select(keyOf(view));
    say(`Opened ${fetched.title}`);
  } catch (error) {
    report(error);
  }
}

function report(error: unknown): void {
  const code = error instanceof ApiError ? error.code : undefined;
  const message = error instanceof Error ? error.message : String(error);
  if (code === 'UNAUTHENTICATED') {
    const field = h('input', { type: 'password', id: 'token', autocomplete: 'off' });
    panel.replaceChildren(
      h('h2', {}, 'This server needs its API token'),
      h(
        'p',
        {},
        'It runs with KG_PROTECT_READS: enter KG_API_TOKEN to read the graph (kept for this tab only).',
      ),
      h('label', { for: 'token' }, 'Token '),
      field,
      button('Use token', () => {
        apiToken.set(field.value);
        void start();
      }),
    );
  }
  say(code === 'NOT_FOUND' ? `${message}. Search for it instead.` : `Could not load: ${message}`);
}

/** Goes to a view: a new address in the history, a new picture around it. */
function go(view: View): void {
  history.pushState(view, '', hrefFor(view));
  timelineSize = TIMELINE_FIRST;
  void draw(view, FIRST_BOUNDS, true);
}

function openNode(node: GraphNode): void {
  const view = viewOfNode(node);
  history.pushState(view, '', hrefFor(view));
  timelineSize = TIMELINE_FIRST;
  void openInPanel(view);
}

async function expandNode(node: GraphNode): Promise<void> {
  if (!drawn) return;
  say(`Expanding ${node.label}…`);
  try {
    const { neighbourhood } = await fetchView(viewOfNode(node), FIRST_BOUNDS);
    showGraph(drawn.view, drawn.bounds, mergeNeighbourhoods(drawn.neighbourhood, neighbourhood));
    graph.select(node.key);
    say(`Added the neighbours of ${node.label}`);
  } catch (error) {
    report(error);
  }
}

const actions: PanelActions = {
  go,
  centre: (view) => void draw(view, FIRST_BOUNDS, false),
  moreTimeline: () => {
    timelineSize *= 2;
    if (panelView) void openInPanel(panelView);
  },
};

const graph = new GraphView(graphBox, { open: openNode, expand: (node) => void expandNode(node) });

moreButton.addEventListener('click', () => {
  if (drawn) void draw(drawn.view, doubled(drawn.bounds), false);
});

/** Picture or list: two tabs over the same neighbourhood. */
for (const tab of document.querySelectorAll<HTMLButtonElement>('[role="tab"]')) {
  tab.addEventListener('click', () => {
    for (const other of document.querySelectorAll<HTMLButtonElement>('[role="tab"]')) {
      const selected = other === tab;
      other.setAttribute('aria-selected', String(selected));
      byId(other.getAttribute('aria-controls') ?? '').hidden = !selected;
    }
    if (tab.id === 'tab-graph') graph.refit();
  });
}

attachSearch(byId<HTMLInputElement>('search'), byId('search-results'), go, say);

document.addEventListener('keydown', (event) => {
  const typing = event.target instanceof HTMLInputElement || event.target instanceof HTMLTextAreaElement;
  if (event.key === '/' && !typing) {
    event.preventDefault();
    byId<HTMLInputElement>('search').focus();
  }
});

window.addEventListener('popstate', () => void start());

async function start(): Promise<void> {
  const view = viewFromSearch(location.search);
  if (view) await draw(view, FIRST_BOUNDS, false);
  else say('Search for a person, country, organization, place, event or claim to begin.');
}

void start();
