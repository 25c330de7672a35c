// The explorer's shareable addresses: /explore?entity=…, ?event=…, ?claim=… (pure).

export type ViewKind = 'entity' | 'event' | 'claim';

export interface View {
  kind: ViewKind;
  id: string;
}

const KINDS: ViewKind[] = ['entity', 'event', 'claim'];

export function viewFromSearch(search: string): View | null {
  const params = new URLSearchParams(search);
  for (const kind of KINDS) {
    const id = params.get(kind)?.trim();
    if (id) return { kind, id };
  }
  return null;
}

export function hrefFor(view: View): string {
  return `/explore?${new URLSearchParams({ [view.kind]: view.id }).toString()}`;
}

/** Which view a graph node opens. */
export function viewOfNode(node: { kind: string; id: string }): View {
  if (node.kind === 'Event') return { kind: 'event', id: node.id };
  if (node.kind === 'Claim') return { kind: 'claim', id: node.id };
  return { kind: 'entity', id: node.id };
}
