// The baseline the ingest benchmark compares against: one auto-commit statement per fact.

import type { Graph } from '../src/graph/driver.ts';
import { planArticleWrite } from '../src/graph/article-write-plan.ts';
import { toCypherParams } from '../src/graph/cypher-params.ts';
import type { Extraction } from '../src/model/extraction.ts';

export async function writeArticleNaively(graph: Graph, extraction: Extraction): Promise<void> {
  const plan = planArticleWrite(extraction);
  const session = graph.driver.session({ database: graph.database });
  const run = (cypher: string, params: Record<string, unknown>) =>
    session.run(cypher, toCypherParams({ articleId: plan.articleId, ...params }));
  try {
    await run('MERGE (a:Article {id: $articleId}) SET a += $article', {
      article: { ...plan.article, publishedAt: null },
    });
    for (const e of plan.entities) {
      await run('MERGE (n:Entity {id: $id}) ON CREATE SET n.name = $name, n.type = $type', e);
      for (let i = 0; i < e.forms.length; i += 1) {
        await run(
          `MATCH (a:Article {id: $articleId}), (n:Entity {id: $id}) MERGE (a)-[m:MENTIONS]->(n)
           SET m.forms = coalesce(m.forms, []) + $form, m.starts = coalesce(m.starts, []) + $start`,
          { id: e.id, form: e.forms[i], start: e.starts[i] },
        );
      }
    }
    for (const r of plan.roles) {
      await run(
        'MATCH (p:Entity {id: $personId}), (o:Entity {id: $ofId}) MERGE (p)-[:HOLDS_ROLE {title: $title}]->(o)',
        r,
      );
    }
    // One event node per report (the naive writer does no resolution across articles).
    for (const r of plan.reports) {
      const id = `${plan.articleId}#${r.key}`;
      await run('MERGE (ev:Event {id: $id}) ON CREATE SET ev.type = $type, ev.key = $key', { ...r, id });
      await run('MATCH (a:Article {id: $articleId}), (ev:Event {id: $id}) MERGE (a)-[:REPORTS]->(ev)', {
        id,
      });
      for (let i = 0; i < r.participantIds.length; i += 1) {
        await run(
          'MATCH (n:Entity {id: $entityId}), (ev:Event {id: $id}) MERGE (n)-[:PARTICIPATED_IN {role: $role}]->(ev)',
          { id, entityId: r.participantIds[i], role: r.participantRoles[i] },
        );
      }
      if (r.places[0] !== undefined)
        await run('MATCH (ev:Event {id: $id}), (p:Entity {id: $placeId}) MERGE (ev)-[:LOCATED_IN]->(p)', {
          id,
          placeId: r.places[0],
        });
    }
    for (const c of plan.claims) {
      await run('MERGE (cl:Claim {id: $id}) SET cl.text = $text, cl.kind = $kind', c);
      await run(
        'MATCH (cl:Claim {id: $id}), (a:Article {id: $articleId}) MERGE (cl)-[:FROM_ARTICLE]->(a)',
        c,
      );
      if (c.speakerId)
        await run('MATCH (cl:Claim {id: $id}), (s:Entity {id: $speakerId}) MERGE (cl)-[:SAID_BY]->(s)', c);
    }
    for (const ab of plan.aboutEntities) {
      await run('MATCH (cl:Claim {id: $claimId}), (t {id: $targetId}) MERGE (cl)-[:ABOUT]->(t)', ab);
    }
  } finally {
    await session.close();
  }
}
