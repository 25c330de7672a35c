// Starts the local Neo4j server as a child process and resolves once Bolt accepts connections.

import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import type { LocalNeo4jConfig } from '../config.ts';
import { findJava } from './find-java-tools.ts';
import { classDataArchive } from './class-data-archive.ts';
import { prepareLauncher } from './prepare-launcher.ts';

export interface LocalNeo4j {
  uri: string;
  /** Stops the server and resolves once its process has exited. */
  stop(): Promise<void>;
  /** Resolves with the exit code when the server process ends for any reason. */
  exited: Promise<number | null>;
}

export class LocalNeo4jError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LocalNeo4jError';
  }
}

export interface StartOptions {
  projectRoot: string;
  local: LocalNeo4jConfig;
  username: string;
  password: string;
  log?: (line: string) => void;
}

export async function startLocalNeo4j(options: StartOptions): Promise<LocalNeo4j> {
  const { local } = options;
  const log = options.log ?? (() => undefined);
  const java = findJava();
  const launcher = prepareLauncher(options.projectRoot, local.cacheDir, java, log);
  const archive = classDataArchive(launcher.dir, java);
  const args = [
    `-Xmx${local.heap}`,
    '-XX:+UseParallelGC',
    // C2 stays on: C1 alone halves a fresh server's CPU over its first thousand articles, but doubles
    // Neo4j's CPU per read once warm (bench/RESULTS.md, "Cold start"); the server mostly answers reads.
    ...archive.args,
    '-cp',
    launcher.classpath,
    launcher.mainClass,
    local.dataDir,
    local.host,
    String(local.port),
    options.username,
    options.password,
    local.pageCache,
  ];
  log(`starting Neo4j 5.26 on bolt://${local.host}:${local.port} (data in ${local.dataDir})...`);
  // stdin stays a pipe: if we die, it closes and the server stops itself.
  const child = spawn(java, args, { stdio: ['pipe', 'pipe', 'pipe'] });
  const exited = new Promise<number | null>((resolve) =>
    child.on('close', (code) => {
      archive.afterExit();
      resolve(code);
    }),
  );
  const uri = await waitForReady(child, local.startTimeoutSeconds, exited);
  return {
    uri,
    exited,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
        await exited;
        clearTimeout(timer);
      }
    },
  };
}

function waitForReady(
  child: ChildProcess,
  timeoutSeconds: number,
  exited: Promise<number | null>,
): Promise<string> {
  return new Promise((resolve, reject) => {
    let errorLine: string | null = null;
    const stderrTail: string[] = [];
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(
        new LocalNeo4jError(
          `Neo4j did not accept Bolt connections within ${timeoutSeconds}s (raise NEO4J_START_TIMEOUT)`,
        ),
      );
    }, timeoutSeconds * 1000);
    createInterface({ input: child.stdout! }).on('line', (line) => {
      if (line.startsWith('KG_NEO4J_READY ')) {
        clearTimeout(timer);
        resolve(line.slice('KG_NEO4J_READY '.length).trim());
      } else if (line.startsWith('KG_NEO4J_ERROR ')) {
        errorLine = line.slice('KG_NEO4J_ERROR '.length).trim();
      }
    });
    createInterface({ input: child.stderr! }).on('line', (line) => {
      stderrTail.push(line);
      if (stderrTail.length > 20) stderrTail.shift();
    });
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(new LocalNeo4jError(`could not run Java: ${error.message}`));
    });
    void exited.then((code) => {
      clearTimeout(timer);
      const hint = stderrTail.find((line) => /exception|error/i.test(line));
      reject(
        new LocalNeo4jError(
          errorLine ?? `Neo4j exited (code ${code}) before it was ready${hint ? `: ${hint.trim()}` : ''}`,
        ),
      );
    });
  });
}
