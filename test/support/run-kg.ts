// Runs the real `kg` command line in a child process and captures what it prints.

import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../src/config.ts';

export interface KgRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `kg ...args` with exactly `env` (plus PATH unless given), killing it after `timeoutMs`. */
export function runKg(args: string[], env: Record<string, string>, timeoutMs = 120_000): Promise<KgRun> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(PROJECT_ROOT, 'src', 'cli', 'main.ts'), ...args], {
      cwd: PROJECT_ROOT,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}
