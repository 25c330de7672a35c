// The picture: a cytoscape graph of a neighbourhood, centre in the middle, coloured by kind, edges labelled.

import cytoscape from 'cytoscape';
import { distances, type GraphNode, type Neighbourhood } from './neighbourhood.ts';

export interface GraphHandlers {
  /** A node was clicked (or tapped) once. */
  open(node: GraphNode): void;
  /** A node was double-clicked: add its neighbours. */
  expand(node: GraphNode): void;
  /** The keyboard moved to a node (arrow keys in the picture). */
  point(node: GraphNode): void;
}

/** Colours are picked to stay apart for the common kinds of colour blindness; shapes tell kinds apart too. */
const STYLE: cytoscape.StylesheetJson = [
  {
    selector: 'node',
    style: {
      label: 'data(label)',
      'font-size': 10,
      'text-valign': 'bottom',
      'text-margin-y': 3,
      'text-wrap': 'wrap',
      'text-max-width': '130px',
      color: '#1d2733',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.8,
      'text-background-padding': '1px',
      width: 26,
      height: 26,
      'border-width': 1,
      'border-color': '#ffffff',
    },
  },
  { selector: 'node[kind = "Person"]', style: { 'background-color': '#0072b2', shape: 'ellipse' } },
  { selector: 'node[kind = "Country"]', style: { 'background-color': '#009e73', shape: 'hexagon' } },
  {
    selector: 'node[kind = "Organization"]',
    style: { 'background-color': '#cc79a7', shape: 'round-pentagon' },
  },
  { selector: 'node[kind = "Place"]', style: { 'background-color': '#8c6d31', shape: 'round-triangle' } },
  {
    selector: 'node[kind = "Event"]',
    style: { 'background-color': '#e69f00', shape: 'round-rectangle', width: 34 },
  },
  { selector: 'node[kind = "Claim"]', style: { 'background-color': '#8a8f98', shape: 'round-diamond' } },
  { selector: 'node[kind = "Claim"][detail = "ASSERTS"]', style: { 'background-color': '#d55e00' } },
  { selector: 'node[kind = "Claim"][detail = "DENIES"]', style: { 'background-color': '#56b4e9' } },
  { selector: 'node.center', style: { width: 44, height: 44, 'font-size': 13, 'font-weight': 'bold' } },
  { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#1d2733' } },
  {
    selector: 'edge',
    style: {
      width: 1.5,
      'line-color': '#b3bac4',
      'target-arrow-color': '#b3bac4',
      'target-arrow-shape': 'triangle',
      'arrow-scale': 0.8,
      'curve-style': 'bezier',
      label: 'data(label)',
      'font-size': 9,
      color: '#4a5563',
      'text-rotation': 'autorotate',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.85,
    },
  },
];

export class GraphView {
  private readonly cy: cytoscape.Core;
  private readonly byKey = new Map<string, GraphNode>();
  private pendingClick: ReturnType<typeof setTimeout> | null = null;

  private readonly container: HTMLElement;

  constructor(container: HTMLElement, handlers: GraphHandlers) {
    this.container = container;
    this.cy = cytoscape({ container, style: STYLE, minZoom: 0.2, maxZoom: 3 });
    // A double-click starts with a click: wait a moment before opening, so expanding does not also open.
    this.cy.on('tap', 'node', (event) => {
      const node = this.byKey.get(event.target.id());
      if (!node) return;
      if (this.pendingClick) clearTimeout(this.pendingClick);
      this.pendingClick = setTimeout(() => {
        this.pendingClick = null;
        handlers.open(node);
      }, 250);
    });
    this.listenToKeys(handlers);
    this.cy.on('dbltap', 'node', (event) => {
      if (this.pendingClick) clearTimeout(this.pendingClick);
      this.pendingClick = null;
      const node = this.byKey.get(event.target.id());
      if (node) handlers.expand(node);
    });
  }

  /** Draws the neighbourhood: existing nodes stay, new ones are added, gone ones removed, then one layout. */
  show(neighbourhood: Neighbourhood): void {
    const hops = distances(neighbourhood);
    const farthest = Math.max(0, ...hops.values());
    const keep = new Set([
      ...neighbourhood.nodes.map((n) => n.key),
      ...neighbourhood.edges.map((e) => e.key),
    ]);
    this.cy.batch(() => {
      this.cy
        .elements()
        .filter((element) => !keep.has(element.id()))
        .remove();
      this.byKey.clear();
      for (const node of neighbourhood.nodes) {
        this.byKey.set(node.key, node);
        const data = { id: node.key, label: node.label, kind: node.kind, detail: node.detail ?? '' };
        const ring = farthest + 1 - (hops.get(node.key) ?? farthest + 1);
        const existing = this.cy.getElementById(node.key);
        if (existing.nonempty()) existing.data({ ...data, ring });
        else this.cy.add({ group: 'nodes', data: { ...data, ring } });
      }
      for (const edge of neighbourhood.edges) {
        if (this.cy.getElementById(edge.key).empty())
          this.cy.add({
            group: 'edges',
            data: { id: edge.key, source: edge.source, target: edge.target, label: edge.label },
          });
      }
      this.cy.nodes().removeClass('center');
      this.cy.getElementById(neighbourhood.center).addClass('center');
    });
    this.cy
      .layout({
        name: 'concentric',
        concentric: (node: cytoscape.NodeSingular) => node.data('ring') as number,
        levelWidth: () => 1,
        minNodeSpacing: 70,
        animate: false,
        fit: true,
        padding: 24,
      } as cytoscape.ConcentricLayoutOptions)
      .run();
    // A handful of nodes would be fitted at a giant zoom: keep them at a readable size.
    if (this.cy.zoom() > 1.3) {
      this.cy.zoom(1.3);
      this.cy.center();
    }
    this.container.dataset.nodes = String(this.cy.nodes().length);
    this.container.dataset.edges = String(this.cy.edges().length);
  }

  /**
   * The picture works from the keyboard too: arrow keys step through the nodes (centre first, then
   * ring by ring), Enter opens the selected one, + adds its neighbours.
   */
  private listenToKeys(handlers: GraphHandlers): void {
    this.container.tabIndex = 0;
    this.container.addEventListener('keydown', (event) => {
      const order = this.cy
        .nodes()
        .sort((a, b) => (b.data('ring') as number) - (a.data('ring') as number))
        .map((node) => node.id());
      if (order.length === 0) return;
      const current = order.indexOf(this.cy.nodes(':selected').first().id());
      let next: number | null = null;
      if (event.key === 'ArrowRight' || event.key === 'ArrowDown') next = (current + 1) % order.length;
      else if (event.key === 'ArrowLeft' || event.key === 'ArrowUp')
        next = (current - 1 + order.length) % order.length;
      const selected = this.byKey.get(order[current] ?? '');
      if (next !== null) {
        const node = this.byKey.get(order[next] ?? '');
        if (!node) return;
        event.preventDefault();
        this.select(node.key);
        handlers.point(node);
      } else if (event.key === 'Enter' && selected) {
        event.preventDefault();
        handlers.open(selected);
      } else if ((event.key === '+' || event.key === '=') && selected) {
        event.preventDefault();
        handlers.expand(selected);
      }
    });
  }

  select(key: string): void {
    this.cy.nodes().unselect();
    this.cy.getElementById(key).select();
  }

  /** After the container was hidden (list view), cytoscape must measure it again. */
  refit(): void {
    this.cy.resize();
    this.cy.fit(undefined, 24);
  }
}
