// The config module: defaults, parsing, and every problem listed at once.

import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../../src/config.ts';

describe('loadConfig', () => {
  it('starts the local Neo4j on 127.0.0.1:7687 when NEO4J_URI is not set', () => {
    const config = loadConfig({});
    expect(config.neo4j.uri).toBeNull();
    expect(config.local.host).toBe('127.0.0.1');
    expect(config.local.port).toBe(7687);
    expect(config.local.dataDir).toMatch(/\.kg\/neo4j-data$/);
    expect(config.server.port).toBe(4000);
    expect(config.server.apiToken).toBeNull();
  });

  it.each([
    ['bolt://db.example:7687'],
    ['neo4j://cluster.example'],
    ['neo4j+s://abcd1234.databases.neo4j.io'],
    ['bolt+s://db.example:7687'],
  ])('accepts NEO4J_URI=%s', (uri) => {
    expect(loadConfig({ NEO4J_URI: uri, NEO4J_PASSWORD: 'x' }).neo4j.uri).toBe(uri);
  });

  it('lists every invalid variable in one error', () => {
    let error: unknown;
    try {
      loadConfig({ NEO4J_URI: 'http://x', NEO4J_BOLT_PORT: '99999', KG_PROTECT_READS: 'maybe' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    expect(message).toContain('NEO4J_URI=http://x must look like bolt://');
    expect(message).toContain('NEO4J_BOLT_PORT=99999 must be an integer from 1 to 65535');
    expect(message).toContain('KG_PROTECT_READS=maybe must be true or false');
  });

  it('splits CORS origins and reads the API token', () => {
    const config = loadConfig({
      KG_CORS_ORIGINS: 'https://a.example, https://b.example',
      KG_API_TOKEN: 's3cret',
    });
    expect(config.server.corsOrigins).toEqual(['https://a.example', 'https://b.example']);
    expect(config.server.apiToken).toBe('s3cret');
  });
});
