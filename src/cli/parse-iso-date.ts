// Checks a YYYY-MM-DD date given on the command line.

import { UsageError } from './command.ts';

export function parseIsoDate(value: string, flag: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = match ? new Date(`${value}T00:00:00Z`) : null;
  if (!date || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
    throw new UsageError(`${flag} must be a date as YYYY-MM-DD, not "${value}"`);
  }
  return value;
}
