// docker-compose.yml runs Neo4j 5.26 Community with a healthcheck and volume, and the API after it is healthy.

import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { PROJECT_ROOT } from '../../../src/config.ts';

const file = join(PROJECT_ROOT, 'docker-compose.yml');
const compose = parse(readFileSync(file, 'utf8'));
const hasCompose = spawnSync('docker', ['compose', 'version']).status === 0;

describe('docker-compose.yml', () => {
  it('runs neo4j:5.26-community with a healthcheck and a named volume', () => {
    expect(compose.services.neo4j.image).toBe('neo4j:5.26-community');
    expect(compose.services.neo4j.healthcheck.test.join(' ')).toContain('cypher-shell');
    expect(compose.services.neo4j.volumes).toContain('neo4j-data:/data');
    expect(Object.keys(compose.volumes)).toContain('neo4j-data');
  });

  it('builds the API from this repo and starts it once Neo4j is healthy', () => {
    expect(compose.services.api.build).toBe('.');
    expect(compose.services.api.depends_on.neo4j.condition).toBe('service_healthy');
    expect(compose.services.api.environment.NEO4J_URI).toBe('bolt://neo4j:7687');
    expect(compose.services.api.ports).toContain('4000:4000');
  });

  it.runIf(hasCompose)('is accepted by `docker compose config`', () => {
    const result = spawnSync('docker', ['compose', '-f', file, 'config', '--quiet'], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });
});
