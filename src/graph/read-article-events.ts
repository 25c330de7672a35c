// Reads the events an article reports as the graph serves them (resolved across articles), with entity names.

import type { Graph } from './driver.ts';

export interface ServedEvent {
  id: string;
  type: string;
  date: string | null;
  /** The event's location: its most specific place. */
  locationId: string | null;
  /** Every place articles give for it (the location among them), each a LOCATED_IN with its articles. */
  placeIds: string[];
  participantIds: string[];
}

export interface NamedEntity {
  id: string;
  name: string;
  aliases: string[];
}

const READ_ARTICLE_EVENTS = `
MATCH (a:Article {id: $articleId})-[:REPORTS]->(ev:Event)
WITH ev, [(ev)-[r:LOCATED_IN]->(place:Entity) | {place: place, primary: coalesce(r.primary, true)}] AS located,
     [(p:Entity)-[:PARTICIPATED_IN]->(ev) | p] AS participants
WITH ev, located, participants, [n IN participants + [x IN located | x.place] | n {.id, .name, aliases: coalesce(n.aliases, [])}] AS named
RETURN ev.id AS id, ev.type AS type, toString(ev.date) AS date,
       head([x IN located WHERE x.primary | x.place.id]) AS locationId, [x IN located | x.place.id] AS placeIds,
       [p IN participants | p.id] AS participantIds, named
ORDER BY id`;

/** The article's events, each with the derived facts of its node, and the names of the entities they cite. */
export async function readArticleEvents(
  graph: Graph,
  articleId: string,
): Promise<{ events: ServedEvent[]; entities: NamedEntity[] }> {
  const { records } = await graph.driver.executeQuery(
    READ_ARTICLE_EVENTS,
    { articleId },
    { database: graph.database },
  );
  const entities = new Map<string, NamedEntity>();
  const events = records.map((record) => {
    for (const entity of record.get('named') as NamedEntity[]) entities.set(entity.id, entity);
    return {
      id: record.get('id') as string,
      type: record.get('type') as string,
      date: (record.get('date') as string | null) ?? null,
      locationId: (record.get('locationId') as string | null) ?? null,
      placeIds: record.get('placeIds') as string[],
      participantIds: [...new Set(record.get('participantIds') as string[])],
    };
  });
  return { events, entities: [...entities.values()] };
}
