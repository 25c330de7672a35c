// Structured logs: one JSON object per line on stderr, filtered by KG_LOG_LEVEL.

import type { Config } from '../config.ts';

const ORDER = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 } as const;

export type Log = (
  level: 'info' | 'warn' | 'error',
  message: string,
  fields?: Record<string, unknown>,
) => void;

export function createLogger(level: Config['logLevel'], stream: NodeJS.WritableStream = process.stderr): Log {
  return (entryLevel, message, fields = {}) => {
    if (ORDER[entryLevel] < ORDER[level]) return;
    stream.write(
      JSON.stringify({ time: new Date().toISOString(), level: entryLevel, message, ...fields }) + '\n',
    );
  };
}
