// The GraphQL operations the explorer sends: all public API, each view in one request.

const ENTITY_REF = 'id name type';
const EVENT_REF = 'id type label date';
const CLAIM_CARD = `id text kind stance publishedAt speaker { ${ENTITY_REF} }
  aboutEvents { ${EVENT_REF} } aboutEntities { ${ENTITY_REF} }`;

/** Entities and claims matching the text, plus events of the matched entities and of a named event type. */
export const SEARCH = `query ExploreSearch($text: String!, $types: [EventType!], $withTypes: Boolean!) {
  search(text: $text, first: 8) {
    score
    entity { ${ENTITY_REF} events(first: 4) { ${EVENT_REF} } }
    claim { id text stance speaker { name } }
  }
  typed: events(filter: { types: $types }, first: 5) @include(if: $withTypes) { nodes { ${EVENT_REF} } }
}`;

/** An entity with its events, the claims it made and the claims about it (the graph), and its timeline (the panel). */
export const ENTITY_VIEW = `query ExploreEntity($id: ID!, $events: Int!, $claims: Int!, $timeline: Int!) {
  entity(id: $id) {
    ${ENTITY_REF} aliases wikidataId
    ... on Person { roles { title of { ${ENTITY_REF} } } }
    events(first: $events) { ${EVENT_REF} location { ${ENTITY_REF} } participants { role entity { ${ENTITY_REF} } } }
    claimsMade(first: $claims) { ${CLAIM_CARD} }
    claimsAbout(first: $claims) { ${CLAIM_CARD} }
  }
  timeline(entityId: $id, first: $timeline) { date event { ${EVENT_REF} } claim { id text stance } }
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
