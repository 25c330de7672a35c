// Opens the process's one Neo4j driver and proves the server answers before anyone uses it.

import neo4j, { type Driver } from 'neo4j-driver';
import { explainConnectionFailure } from './neo4j-errors.ts';

export interface Neo4jTarget {
  uri: string;
  username: string;
  password: string;
  database: string | undefined;
}

export interface Graph {
  driver: Driver;
  database: string | undefined;
  uri: string;
  close(): Promise<void>;
}

/** Connects to `target`, failing with one clear line (wrong password, unreachable, bad scheme). */
export async function openGraph(target: Neo4jTarget): Promise<Graph> {
  let driver: Driver;
  try {
    driver = neo4j.driver(target.uri, neo4j.auth.basic(target.username, target.password), {
      connectionTimeout: 5_000,
      connectionAcquisitionTimeout: 20_000,
      maxTransactionRetryTime: 15_000,
      disableLosslessIntegers: true,
      logging: { level: 'error', logger: () => undefined },
    });
  } catch (error) {
    throw explainConnectionFailure(error, target.uri);
  }
  try {
    await driver.verifyAuthentication({ database: target.database });
    await driver.executeQuery('RETURN 1', {}, { database: target.database });
  } catch (error) {
    await driver.close().catch(() => undefined);
    throw explainConnectionFailure(error, target.uri);
  }
  return {
    driver,
    database: target.database,
    uri: target.uri,
    close: () => driver.close(),
  };
}
