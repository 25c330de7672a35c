// Proves the tests talk Bolt to a real Neo4j 5 server and can write and read through it.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../src/graph/driver.ts';
import { MIGRATIONS } from '../../src/graph/migrations.ts';
import { emptyGraph, openTestGraph } from '../support/test-graph.ts';

describe('the Neo4j the tests use', () => {
  let graph: Graph;
  beforeAll(async () => {
    graph = await openTestGraph();
    await emptyGraph(graph);
  });
  afterAll(async () => graph.close());

  it('is a real Neo4j 5.x kernel', async () => {
    const { records } = await graph.driver.executeQuery(
      'CALL dbms.components() YIELD name, versions RETURN name, versions[0] AS version',
    );
    expect(records[0]?.get('name')).toBe('Neo4j Kernel');
    expect(String(records[0]?.get('version'))).toMatch(/^5\./);
  });

  it('has every migration in place', async () => {
    const { records } = await graph.driver.executeQuery(
      'SHOW INDEXES YIELD name RETURN collect(name) AS names',
    );
    const names = records[0]?.get('names') as string[];
    for (const statement of MIGRATIONS) {
      const name = /(?:CONSTRAINT|INDEX) (\w+) IF NOT EXISTS/.exec(statement)?.[1];
      expect(names).toContain(name);
    }
  });

  it('writes and reads back through Bolt, and enforces the uniqueness constraint', async () => {
    await graph.driver.executeQuery('CREATE (:Article {id: $id, title: $title})', {
      id: 'probe',
      title: 'Probe',
    });
    const { records } = await graph.driver.executeQuery(
      'MATCH (a:Article {id: $id}) RETURN a.title AS title',
      { id: 'probe' },
    );
    expect(records[0]?.get('title')).toBe('Probe');
    await expect(graph.driver.executeQuery('CREATE (:Article {id: $id})', { id: 'probe' })).rejects.toThrow(
      /already exists/,
    );
  });
});
