// The one-line failures a user sees when Neo4j cannot be started or reached.

import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { freePort } from '../../src/db/free-port.ts';
import { runKg } from '../support/run-kg.ts';

const target = inject('neo4j');

function oneLine(text: string): string[] {
  return text.split('\n').filter((line) => line.trim() !== '');
}

describe('clear failures', () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'kg-failure-test-'));
  });
  afterAll(async () => rm(dataDir, { recursive: true, force: true }));

  it('refuses to start the local Neo4j without Java', async () => {
    const run = await runKg(['db'], { PATH: '/nonexistent', NEO4J_DATA_DIR: dataDir });
    expect(run.code).toBe(1);
    expect(oneLine(run.stderr)).toHaveLength(1);
    expect(run.stderr).toMatch(/Java 17\+ is needed .* set NEO4J_URI/);
  });

  it('refuses a Bolt port that is already taken', async () => {
    const port = await freePort();
    const blocker: Server = createServer();
    await new Promise<void>((resolve) => blocker.listen(port, '127.0.0.1', resolve));
    try {
      const run = await runKg(['db'], { NEO4J_BOLT_PORT: String(port), NEO4J_DATA_DIR: dataDir });
      expect(run.code).toBe(1);
      expect(run.stderr).toContain(`port 127.0.0.1:${port} is already in use`);
    } finally {
      blocker.close();
    }
  });

  it.runIf(target.local)('refuses a data folder another instance holds', async () => {
    const run = await runKg(['db'], {
      NEO4J_BOLT_PORT: String(await freePort()),
      NEO4J_DATA_DIR: target.dataDir ?? '',
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/is locked by another Neo4j instance/);
  });

  it('names a wrong password in one line', async () => {
    const run = await runKg(['migrate'], {
      NEO4J_URI: target.uri,
      NEO4J_USERNAME: target.username,
      NEO4J_PASSWORD: 'not-the-password',
    });
    expect(run.code).toBe(1);
    expect(oneLine(run.stderr)).toEqual([
      `kg migrate: Neo4j at ${target.uri} rejected the credentials (authentication failure); check NEO4J_USERNAME and NEO4J_PASSWORD`,
    ]);
  });

  it('names an unreachable NEO4J_URI in one line', async () => {
    const uri = `bolt://127.0.0.1:${await freePort()}`;
    const run = await runKg(['migrate'], { NEO4J_URI: uri, NEO4J_PASSWORD: 'whatever-password' });
    expect(run.code).toBe(1);
    expect(oneLine(run.stderr)).toHaveLength(1);
    expect(run.stderr).toContain(`cannot reach Neo4j at ${uri}`);
  });

  it('rejects a NEO4J_URI that is not a Bolt URI before connecting', async () => {
    const run = await runKg(['migrate'], { NEO4J_URI: 'http://localhost:7474' });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/NEO4J_URI=http:\/\/localhost:7474 must look like bolt:\/\//);
  });
});
