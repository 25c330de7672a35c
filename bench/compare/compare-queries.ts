// The five analyst queries of the comparison, written for the project API and for @neo4j/graphql.

import type { Graph } from '../../src/graph/driver.ts';
import { toLuceneQuery } from '../../src/api/lucene-query.ts';

export interface QueryPair {
  name: string;
  project: { query: string; variables: Record<string, unknown> };
  neo4jGraphql: { query: string; variables: Record<string, unknown> };
}

export interface Anchors {
  eventId: string;
  speakerId: string;
  searchText: string;
}

const PARTICIPANTS_NG = `participantsConnection { edges { properties { role } node { id name } } }`;

/** Picks the busiest event, the most quoted person and that person's surname to search for. */
export async function findAnchors(graph: Graph): Promise<Anchors> {
  const { records } = await graph.driver.executeQuery(
    `CALL () {
       MATCH (ev:Event)-[:LOCATED_IN]->()
       WITH ev, COUNT { (ev)<-[:ABOUT]-(:Claim) } AS claims, COUNT { (ev)<-[:PARTICIPATED_IN]-() } AS people
       RETURN ev.id AS eventId ORDER BY claims DESC, people DESC, eventId LIMIT 1
     }
     CALL () {
       MATCH (p:Person)<-[:SAID_BY]-(c:Claim)
       WITH p, count(c) AS claims
       RETURN p.id AS speakerId, p.name AS speakerName ORDER BY claims DESC, speakerId LIMIT 1
     }
     RETURN eventId, speakerId, speakerName`,
    {},
    { database: graph.database },
  );
  const row = records[0];
  if (!row) throw new Error('the bench graph has no located event or no quoted person: load it first');
  const name = String(row.get('speakerName'));
  return {
    eventId: String(row.get('eventId')),
    speakerId: String(row.get('speakerId')),
    searchText: name.split(' ').at(-1) ?? name,
  };
}

export function queryPairs(anchors: Anchors): QueryPair[] {
  const timeline = { id: anchors.speakerId, from: '2018-01-01', to: '2021-12-31' };
  const year = { from: '2021-01-01', to: '2021-12-31' };
  return [
    {
      name: 'event',
      project: {
        query: `query($id: ID!) { event(id: $id) { id type label date location { id name }
          participants { role entity { id name } } claims(first: 100) { id kind text speaker { id name } } } }`,
        variables: { id: anchors.eventId },
      },
      neo4jGraphql: {
        query: `query($id: ID!) { events(where: { id: { eq: $id } }) { id type label date location { id name }
          ${PARTICIPANTS_NG}
          claims(limit: 100, sort: [{ publishedAt: ASC }, { articleId: ASC }, { start: ASC }]) {
            id kind text speaker { id name } } } }`,
        variables: { id: anchors.eventId },
      },
    },
    {
      name: 'speaker_claims',
      project: {
        query: `query($id: ID!) { claims(filter: { speakerId: $id }, first: 20) {
          totalCount nodes { id kind text publishedAt } } }`,
        variables: { id: anchors.speakerId },
      },
      neo4jGraphql: {
        // Anchored on the speaker: the fastest way @neo4j/graphql offers to page one entity's claims.
        query: `query($id: ID!) { entities(where: { id: { eq: $id } }) {
          claimsMadeConnection(first: 20, sort: [{ node: { publishedAt: DESC } }, { node: { articleId: ASC } }, { node: { start: ASC } }]) {
            totalCount edges { node { id kind text publishedAt } } } } }`,
        variables: { id: anchors.speakerId },
      },
    },
    {
      name: 'events_in_year',
      project: {
        query: `query($from: Date, $to: Date) { events(filter: { from: $from, to: $to }, first: 20) {
          totalCount nodes { id type label date participants { role entity { id name } } } } }`,
        variables: year,
      },
      neo4jGraphql: {
        query: `query($from: Date, $to: Date) { eventsConnection(where: { date: { gte: $from, lte: $to } }, first: 20,
          sort: [{ date: ASC }, { id: ASC }]) { totalCount edges { node { id type label date ${PARTICIPANTS_NG} } } } }`,
        variables: year,
      },
    },
    {
      name: 'timeline',
      project: {
        query: `query($id: ID!, $from: Date, $to: Date) { timeline(entityId: $id, from: $from, to: $to, first: 1000) {
          date event { id type label } claim { id kind text } } }`,
        variables: timeline,
      },
      neo4jGraphql: {
        query: `query($id: ID!, $from: Date, $to: Date) { entities(where: { id: { eq: $id } }) {
          events(where: { date: { gte: $from, lte: $to } }) { id type label date }
          locatedEvents(where: { date: { gte: $from, lte: $to } }) { id type label date }
          claimsMade(where: { publishedAt: { gte: $from, lte: $to } }) { id kind text publishedAt } } }`,
        variables: timeline,
      },
    },
    {
      name: 'search',
      project: {
        query: `query($text: String!) { search(text: $text, first: 20) { score entity { id name } claim { id text } } }`,
        variables: { text: anchors.searchText },
      },
      neo4jGraphql: {
        // Two indexes, two root fields; the client merges them by score (see sameAnswer).
        query: `query($phrase: String!) {
          searchEntities(phrase: $phrase, first: 20) { edges { score node { id name } } }
          searchClaims(phrase: $phrase, first: 20) { edges { score node { id text } } } }`,
        variables: { phrase: toLuceneQuery(anchors.searchText) },
      },
    },
  ];
}
