// A Neo4j driver that notes every statement its sessions run, for tests and profiles of the read path.

import type { Driver } from 'neo4j-driver';

export interface SentStatement {
  cypher: string;
  params: Record<string, unknown>;
}

/** `driver`, except that each statement a session runs is pushed onto `sent` (with its parameters) first. */
export function recordingDriver(driver: Driver, sent: SentStatement[]): Driver {
  return new Proxy(driver, {
    get(target, property) {
      const value = Reflect.get(target, property, target);
      if (property !== 'session') return typeof value === 'function' ? value.bind(target) : value;
      return (...args: unknown[]) => {
        const session = (value as (...a: unknown[]) => { run: (...r: unknown[]) => unknown }).apply(
          target,
          args,
        );
        const run = session.run.bind(session);
        session.run = (cypher: unknown, params: unknown, ...rest: unknown[]) => {
          sent.push({ cypher: String(cypher), params: params as Record<string, unknown> });
          return run(cypher, params, ...rest);
        };
        return session;
      };
    },
  });
}
