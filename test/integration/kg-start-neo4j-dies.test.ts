// `kg start` under a supervisor: when its Neo4j dies, it says so and exits non-zero (not 0).

import { execFileSync, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.ts';
import { freePort } from '../../src/db/free-port.ts';

const local = inject('neo4j').local; // a private server can only be started where we start servers

describe.runIf(local)('kg start when its Neo4j dies', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'kg-start-dies-'));
  });
  afterAll(async () => rm(dir, { recursive: true, force: true }));

  it('prints why and exits 1', async () => {
    const child = spawn(process.execPath, [join(PROJECT_ROOT, 'src', 'cli', 'main.ts'), 'start'], {
      cwd: PROJECT_ROOT,
      env: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? '/tmp',
        ...(process.env.JAVA_HOME ? { JAVA_HOME: process.env.JAVA_HOME } : {}),
        NEO4J_DATA_DIR: join(dir, 'data'),
        NEO4J_BOLT_PORT: String(await freePort()),
        NEO4J_HEAP: '512m',
        NEO4J_PAGECACHE: '32m',
        KG_PORT: String(await freePort()),
        KG_HOST: '127.0.0.1',
        KG_LOG_LEVEL: 'error',
      },
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('GraphiQL at') && resolve());
      void exited.then((code) => reject(new Error(`kg start exited early (${code}): ${stderr}`)));
    });
    // The server is kg's child java process: kill it as a crash would.
    const java = execFileSync('pgrep', ['-P', String(child.pid)], { encoding: 'utf8' })
      .trim()
      .split('\n');
    for (const pid of java) process.kill(Number(pid), 'SIGKILL');
    expect(await exited).toBe(1);
    expect(stderr).toContain('Neo4j stopped unexpectedly; shutting down the API');
  }, 300_000);
});
