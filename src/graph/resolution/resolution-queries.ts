// The Cypher of event resolution: lock, read the reports that may join, move and write them, keep near-misses.

/**
 * Resolution reads, decides and writes inside one transaction; this lock makes concurrent ingests
 * take turns at that, so two articles about one event never create two nodes for it. The node is
 * created here and deleted before commit: a second MERGE on the unique name waits until the first
 * transaction ends, and nothing stays in the graph.
 */
export const LOCK_EVENT_RESOLUTION = `
MERGE (l:ResolutionLock {name: 'events'})
SET l.holder = $articleId`;

export const RELEASE_EVENT_RESOLUTION = `
MATCH (l:ResolutionLock {name: 'events'})
DELETE l`;

/** Columns of a report, as EventReport expects them. */
const REPORT_COLUMNS = `ev.id AS eventId, a.id AS articleId, r.key AS key, r.type AS type, r.label AS label,
  toString(r.date) AS date, toString(r.published) AS published, coalesce(r.places, []) AS places, r.placeWeak AS placeWeak,
  coalesce(r.participantIds, []) AS participantIds, coalesce(r.participantRoles, []) AS participantRoles,
  coalesce(r.people, []) AS people, r.killed AS killed, r.injured AS injured, r.pin AS pin`;

/**
 * Every report of every event that some report of another article places near a probe (same type,
 * anchored inside the probe's window), plus every report of the events named in $eventIds.
 */
export const READ_RESOLUTION_SET = `
CALL () {
  UNWIND $probes AS p
  MATCH (a:Article)-[r:REPORTS]->(ev:Event)
  WHERE r.type = p.type AND r.anchor >= date(p.from) AND r.anchor <= date(p.to) AND NOT a.id IN $articleIds
  RETURN ev
  UNION
  UNWIND $eventIds AS id
  MATCH (ev:Event {id: id})
  RETURN ev
}
WITH DISTINCT ev
MATCH (a:Article)-[r:REPORTS]->(ev)
RETURN ${REPORT_COLUMNS}`;

/** Every report of the given events (a curator's merge). */
export const READ_EVENT_REPORTS = `
UNWIND $eventIds AS id
MATCH (a:Article)-[r:REPORTS]->(ev:Event {id: id})
RETURN ${REPORT_COLUMNS}`;

/** Moves reports to the event they now belong to; the claims of that article about the old event follow. */
export const MOVE_REPORTS = `
UNWIND $moves AS m
MATCH (a:Article {id: m.articleId})-[r:REPORTS {key: m.key}]->(old:Event {id: m.from})
MERGE (target:Event {id: m.to})
CREATE (a)-[moved:REPORTS]->(target)
SET moved = properties(r), moved.pin = m.pin
DELETE r
WITH a, old, target
CALL (a, old, target) {
  MATCH (a)<-[:FROM_ARTICLE]-(c:Claim)-[about:ABOUT]->(old)
  MERGE (c)-[:ABOUT]->(target)
  DELETE about
}`;

/** The new reports of the articles being written, each on the event resolution chose. */
export const CREATE_REPORTS = `
UNWIND $reports AS e
MATCH (a:Article {id: e.props.articleId})
MERGE (ev:Event {id: e.eventId})
CREATE (a)-[r:REPORTS]->(ev)
SET r = e.props,
    r.date = CASE WHEN e.date IS NULL THEN null ELSE date(e.date) END,
    r.published = CASE WHEN e.published IS NULL THEN null ELSE date(e.published) END,
    r.anchor = CASE WHEN coalesce(e.date, e.published) IS NULL THEN null ELSE date(coalesce(e.date, e.published)) END`;

/** Rewrites each event's derived facts: properties, participants and location, each with its articles. */
export const WRITE_EVENT_FACTS = `
UNWIND $events AS e
MERGE (ev:Event {id: e.id})
SET ev.type = e.type, ev.label = e.label, ev.key = e.key,
    ev.date = CASE WHEN e.date IS NULL THEN null ELSE date(e.date) END,
    ev.killed = e.killed, ev.injured = e.injured
WITH ev, e
// Links are updated in place, created or deleted only when they change: hub entities (a country in
// hundreds of events) then see few relationship changes per article.
CALL (ev, e) {
  MATCH (n:Entity)-[x:PARTICIPATED_IN]->(ev)
  WHERE NOT n.id + ' ' + x.role IN [p IN e.participations | p.entityId + ' ' + p.role]
  DELETE x
}
CALL (ev, e) {
  UNWIND e.participations AS p
  MATCH (n:Entity {id: p.entityId})
  MERGE (n)-[x:PARTICIPATED_IN {role: p.role}]->(ev)
  SET x.articles = p.articles
}
CALL (ev, e) {
  MATCH (ev)-[x:LOCATED_IN]->(n:Entity)
  WHERE NOT n.id IN [l IN e.locations | l.placeId]
  DELETE x
}
CALL (ev, e) {
  UNWIND e.locations AS l
  MATCH (n:Entity {id: l.placeId})
  MERGE (ev)-[x:LOCATED_IN]->(n)
  SET x.articles = l.articles, x.primary = l.primary
}`;

/** Near-misses among the events just resolved are recomputed: old ones between them go first. */
export const CLEAR_NEAR_MISSES = `
UNWIND $eventIds AS id
MATCH (:Event {id: id})-[x:MAYBE_SAME]->(other:Event)
WHERE other.id IN $eventIds
DELETE x`;

export const WRITE_NEAR_MISSES = `
UNWIND $nearMisses AS n
MATCH (a:Event {id: n.a})
MATCH (b:Event {id: n.b})
MERGE (a)-[x:MAYBE_SAME]->(b)
SET x.score = n.score, x.evidence = n.evidence`;

/** Claims link to the article's events once their nodes are known. */
export const LINK_CLAIMS_TO_EVENTS = `
UNWIND $aboutEvents AS ab
MATCH (cl:Claim {id: ab.claimId})
MATCH (t:Event {id: ab.eventId})
MERGE (cl)-[:ABOUT]->(t)`;
