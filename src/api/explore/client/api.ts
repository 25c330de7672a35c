// Sends an operation to the server's own /graphql endpoint and turns GraphQL errors into one readable message.

import { CLAIM_VIEW, ENTITY_VIEW, EVENT_VIEW, SEARCH, searchEventsQuery } from './queries.ts';
import type { ClaimDetail, EntityRef, EntityView, EventDetail, EventRef } from './types.ts';

export class ApiError extends Error {
  readonly code: string | undefined;
  constructor(message: string, code?: string) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
  }
}

/** Only needed when the server runs with KG_PROTECT_READS: the page asks once and keeps it for the tab. */
const TOKEN_KEY = 'kg-explorer-token';
export const apiToken = {
  get: (): string | null => sessionStorage.getItem(TOKEN_KEY),
  set: (token: string): void => sessionStorage.setItem(TOKEN_KEY, token),
};

async function gql<T>(query: string, variables: Record<string, unknown>): Promise<T> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  const token = apiToken.get();
  if (token) headers.authorization = `Bearer ${token}`;
  const response = await fetch('/graphql', {
    method: 'POST',
    headers,
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json().catch(() => null)) as {
    data?: T;
    errors?: Array<{ message: string; extensions?: { code?: string } }>;
  } | null;
  const error = body?.errors?.[0];
  if (error) throw new ApiError(error.message, error.extensions?.code);
  if (!response.ok || !body?.data) throw new ApiError(`the server answered ${response.status}`);
  return body.data;
}

export interface SearchResult {
  search: Array<{
    score: number;
    entity: EntityRef | null;
    claim: { id: string; text: string; stance: string | null; speaker: { name: string } | null } | null;
  }>;
  typed?: { nodes: EventRef[] };
}

export const searchGraph = (text: string, types: string[]): Promise<SearchResult> =>
  gql(SEARCH, { text, types, withTypes: types.length > 0 });

/** Events of these entities (taken part in or held there), in one request. */
export async function eventsOf(ids: string[]): Promise<EventRef[]> {
  if (ids.length === 0) return [];
  const variables = Object.fromEntries(ids.map((id, index) => [`id${index}`, id]));
  const data = await gql<Record<string, { nodes: EventRef[] }>>(searchEventsQuery(ids.length), variables);
  return Object.values(data).flatMap((page) => page.nodes);
}

export const loadEntity = (id: string, events: number, claims: number): Promise<EntityView> =>
  gql(ENTITY_VIEW, { id, events, claims });

export const loadEvent = (id: string, claims: number): Promise<{ event: EventDetail | null }> =>
  gql(EVENT_VIEW, { id, claims });

export const loadClaim = (id: string): Promise<{ claim: ClaimDetail | null }> => gql(CLAIM_VIEW, { id });
