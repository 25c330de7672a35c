// The list alternative to the picture: every node and every labelled connection, as links and buttons.

import { button, h } from './dom.ts';
import type { GraphNode, Neighbourhood } from './neighbourhood.ts';
import { hrefFor, viewOfNode } from './routes.ts';

const KIND_ORDER = ['Event', 'Claim', 'Person', 'Country', 'Organization', 'Place'];
const KIND_TITLES: Record<string, string> = {
  Event: 'Events',
  Claim: 'Claims',
  Person: 'People',
  Country: 'Countries',
  Organization: 'Organizations',
  Place: 'Places',
};

export interface ListHandlers {
  open(node: GraphNode): void;
  expand(node: GraphNode): void;
}

/** A link that opens the node in place (a real href, so it can be copied or opened in a new tab). */
export function nodeLink(node: GraphNode, open: (node: GraphNode) => void): HTMLAnchorElement {
  const link = h('a', { href: hrefFor(viewOfNode(node)), 'data-kind': node.kind }, node.label);
  link.addEventListener('click', (event) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    open(node);
  });
  return link;
}

export function renderList(target: HTMLElement, neighbourhood: Neighbourhood, handlers: ListHandlers): void {
  const byKey = new Map(neighbourhood.nodes.map((node) => [node.key, node]));
  const groups = KIND_ORDER.map((kind) => {
    const nodes = neighbourhood.nodes.filter((node) => node.kind === kind);
    if (nodes.length === 0) return null;
    return h(
      'section',
      {},
      h('h3', {}, `${KIND_TITLES[kind] ?? kind} (${nodes.length})`),
      h(
        'ul',
        {},
        ...nodes.map((node) =>
          h(
            'li',
            { 'data-key': node.key, class: node.key === neighbourhood.center ? 'center' : undefined },
            nodeLink(node, handlers.open),
            ' ',
            button('expand', () => handlers.expand(node), {
              class: 'small',
              'aria-label': `expand the neighbours of ${node.label}`,
            }),
          ),
        ),
      ),
    );
  });
  const rows = neighbourhood.edges.flatMap((edge) => {
    const source = byKey.get(edge.source);
    const to = byKey.get(edge.target);
    if (!source || !to) return [];
    return [
      h(
        'tr',
        {},
        h('td', {}, nodeLink(source, handlers.open)),
        h('td', {}, edge.label),
        h('td', {}, nodeLink(to, handlers.open)),
      ),
    ];
  });
  target.replaceChildren(
    ...groups.filter((group) => group !== null),
    h(
      'section',
      {},
      h('h3', {}, `Connections (${rows.length})`),
      h(
        'table',
        { class: 'connections' },
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            h('th', { scope: 'col' }, 'from'),
            h('th', { scope: 'col' }, 'relation'),
            h('th', { scope: 'col' }, 'to'),
          ),
        ),
        h('tbody', {}, ...rows),
      ),
    ),
  );
}
