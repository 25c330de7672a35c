// The GraphQL operations the explorer sends: all public API, each view in one request.

const ENTITY_REF = 'id name type';
const EVENT_REF = 'id type label date';
const CLAIM_CARD = `id text kind stance publishedAt speaker { ${ENTITY_REF} }
  aboutEvents { ${EVENT_REF} } aboutEntities { ${ENTITY_REF} }`;

/** Entities and claims matching the text (full-text index), plus the latest events of a named event type. */
export const SEARCH = `query ExploreSearch($text: String!, $types: [EventType!], $withTypes: Boolean!) {
  search(text: $text, first: 8) {
    score
    entity { ${ENTITY_REF} }
    claim { id text stance speaker { name } }
  }
  typed: events(filter: { types: $types }, sort: DATE_DESC, first: 5) @include(if: $withTypes) { nodes { ${EVENT_REF} } }
}`;

/** The latest events the first few search hits took part in or that were held there: e0/l0, e1/l1, … */
export function searchEventsQuery(count: number): string {
  const indexes = [...Array(count).keys()];
  const variables = indexes.map((i) => `$id${i}: ID!`).join(', ');
  const fields = indexes.map(
    (
      i,
    ) => `e${i}: events(filter: { participantId: $id${i} }, sort: DATE_DESC, first: 4) { nodes { ${EVENT_REF} } }
  l${i}: events(filter: { locationId: $id${i} }, sort: DATE_DESC, first: 4) { nodes { ${EVENT_REF} } }`,
  );
  return `query ExploreSearchEvents(${variables}) {\n  ${fields.join('\n  ')}\n}`;
}

const EVENT_SUMMARY = `${EVENT_REF} location { ${ENTITY_REF} } participants { role entity { ${ENTITY_REF} } }`;

/**
 * An entity and its latest events and claims, each list paginated in Cypher through the filtered
 * root fields (an entity's own list fields would read all of a hub's events before cutting).
 */
export const ENTITY_VIEW = `query ExploreEntity($id: ID!, $events: Int!, $claims: Int!) {
  entity(id: $id) {
    ${ENTITY_REF} aliases wikidataId
    ... on Person { roles { title of { ${ENTITY_REF} } } }
  }
  took: events(filter: { participantId: $id }, sort: DATE_DESC, first: $events) { totalCount nodes { ${EVENT_SUMMARY} } }
  at: events(filter: { locationId: $id }, sort: DATE_DESC, first: $events) { totalCount nodes { ${EVENT_SUMMARY} } }
  said: claims(filter: { speakerId: $id }, first: $claims) { totalCount nodes { ${CLAIM_CARD} } }
  about: claims(filter: { aboutId: $id }, first: $claims) { totalCount nodes { ${CLAIM_CARD} } }
}`;

/** An event with its participants, sources and claims, the claims also split by stance. */
export const EVENT_VIEW = `query ExploreEvent($id: ID!, $claims: Int!) {
  event(id: $id) {
    ${EVENT_REF} killed injured contested
    location { ${ENTITY_REF} }
    participants { role entity { ${ENTITY_REF} } }
    sources { id title url publishedAt }
    asserting: claims(stance: ASSERTS, first: $claims) { ${CLAIM_CARD} }
    denying: claims(stance: DENIES, first: $claims) { ${CLAIM_CARD} }
    claims(first: $claims) { ${CLAIM_CARD} }
  }
}`;

/** A claim with the article it was read from, for the provenance view. */
export const CLAIM_VIEW = `query ExploreClaim($id: ID!) {
  claim(id: $id) {
    ${CLAIM_CARD}
    provenance { start end sentenceIndex sentence article { id title url source publishedAt text } }
  }
}`;
