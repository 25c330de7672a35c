// The explorer page: reads the view from the address, draws its neighbourhood, fills the panel, and
// keeps the address shareable as the analyst clicks around.

import { apiToken, ApiError, loadClaim, loadEntity, loadEvent } from './api.ts';
import { byId, button, h } from './dom.ts';
import type { GraphView } from './graph-view.ts';
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

const status = byId('status');
const panel = byId('panel');
const graphBox = byId('graph');
const listBox = byId('list');
const moreButton = byId<HTMLButtonElement>('show-more');

let drawn: { view: View; bounds: Bounds; neighbourhood: Neighbourhood } | null = null;

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
    const found = await loadEntity(view.id, bounds.events, bounds.claims);
    const { entity } = found;
    if (!entity) throw new ApiError(`nothing has the id "${view.id}"`, 'NOT_FOUND');
    return {
      title: entity.name,
      neighbourhood: entityNeighbourhood(found, bounds),
      panel: (centred) => entityPanel(found, actions, centred),
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
  panel.replaceChildren(...content);
  document.title = `${title} — Explorer`;
  if (focus) panel.querySelector<HTMLElement>('h2')?.focus({ preventScroll: true });
  // Scroll the article box (not the panel) so the marked sentence sits in its upper third.
  const mark = panel.querySelector<HTMLElement>('#highlighted-sentence');
  const box = mark?.closest<HTMLElement>('.article-text');
  if (mark && box) box.scrollTop = mark.offsetTop - box.clientHeight / 3; // the box is the positioned parent
}

async function showGraph(view: View, bounds: Bounds, neighbourhood: Neighbourhood): Promise<void> {
  drawn = { view, bounds, neighbourhood };
  const graph = await graphView;
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
    performance.mark('explore:data');
    await showGraph(view, bounds, fetched.neighbourhood);
    performance.mark('explore:drawn');
    showPanel(view, fetched.panel(true), fetched.title, focus);
    const { nodes, edges } = fetched.neighbourhood;
    say(`${nodes.length} nodes, ${edges.length} connections (${Math.round(performance.now() - started)} ms)`);
    // Milliseconds since navigation began: what bench/explore.bench.ts reads as time to first render.
    document.body.dataset.rendered ??= String(Math.round(performance.now()));
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
    (await graphView).select(keyOf(view));
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
  void draw(view, FIRST_BOUNDS, true);
}

function openNode(node: GraphNode): void {
  const view = viewOfNode(node);
  history.pushState(view, '', hrefFor(view));
  void openInPanel(view);
}

async function expandNode(node: GraphNode): Promise<void> {
  if (!drawn) return;
  say(`Expanding ${node.label}…`);
  try {
    const { neighbourhood } = await fetchView(viewOfNode(node), FIRST_BOUNDS);
    await showGraph(drawn.view, drawn.bounds, mergeNeighbourhoods(drawn.neighbourhood, neighbourhood));
    (await graphView).select(node.key);
    say(`Added the neighbours of ${node.label}`);
  } catch (error) {
    report(error);
  }
}

const actions: PanelActions = {
  go,
  centre: (view) => void draw(view, FIRST_BOUNDS, false),
  more: () => {
    if (drawn) void draw(drawn.view, doubled(drawn.bounds), false);
  },
};

// cytoscape is the largest script: it starts while the first query is on its way.
const graphView: Promise<GraphView> = import('./graph-view.ts').then(
  ({ GraphView }) =>
    new GraphView(graphBox, {
      open: openNode,
      expand: (node) => void expandNode(node),
      point: (node) => say(`${node.kind}: ${node.label}. Enter opens it, + adds its neighbours.`),
    }),
);

moreButton.addEventListener('click', actions.more);

/** Picture or list: two tabs over the same neighbourhood. */
for (const tab of document.querySelectorAll<HTMLButtonElement>('[role="tab"]')) {
  tab.addEventListener('click', () => {
    for (const other of document.querySelectorAll<HTMLButtonElement>('[role="tab"]')) {
      const selected = other === tab;
      other.setAttribute('aria-selected', String(selected));
      byId(other.getAttribute('aria-controls') ?? '').hidden = !selected;
    }
    if (tab.id === 'tab-graph') void graphView.then((graph) => graph.refit());
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
  performance.mark('explore:start');
  const view = viewFromSearch(location.search);
  if (view) await draw(view, FIRST_BOUNDS, false);
  else say('Search for a person, country, organization, place, event or claim to begin.');
}

void start();
