// Typed configuration: every environment variable is read and checked here, once.

import { resolve } from 'node:path';

export interface Neo4jConfig {
  /** Bolt URI of a server to use; null means "start the local one". */
  uri: string | null;
  username: string;
  password: string;
  database: string | undefined;
}

export interface LocalNeo4jConfig {
  host: string;
  port: number;
  dataDir: string;
  cacheDir: string;
  pageCache: string;
  heap: string;
  /** Seconds to wait for Bolt to come up. */
  startTimeoutSeconds: number;
}

export interface ServerConfig {
  host: string;
  port: number;
  /** Token required for mutations; null leaves them open (warned at start). */
  apiToken: string | null;
  /** Also require the token for queries. */
  protectReads: boolean;
  corsOrigins: string[];
  maxDepth: number;
  maxAliases: number;
  maxCost: number;
  maxTokens: number;
  maxDirectives: number;
  maxBodyBytes: number;
  maxResponseBytes: number;
  queryTimeoutMs: number;
  /** Wall-clock budget of one query operation, all its statements together. */
  operationTimeoutMs: number;
  /** How long a query's response may be served from the in-memory cache; 0 turns the cache off. */
  cacheTtlMs: number;
}

export interface Config {
  projectRoot: string;
  neo4j: Neo4jConfig;
  local: LocalNeo4jConfig;
  server: ServerConfig;
  maxArticleBytes: number;
  logLevel: 'debug' | 'info' | 'warn' | 'error' | 'silent';
}

export class ConfigError extends Error {
  constructor(problems: string[]) {
    super(`invalid configuration:\n  - ${problems.join('\n  - ')}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

export const PROJECT_ROOT = resolve(import.meta.dirname, '..');

/** Parses the environment into a Config, listing every problem at once. */
export function loadConfig(env: Env = process.env): Config {
  const problems: string[] = [];
  const text = (name: string, fallback: string): string => {
    const value = env[name];
    return value === undefined || value === '' ? fallback : value;
  };
  const integer = (name: string, fallback: number, min: number, max: number): number => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < min || value > max) {
      problems.push(`${name}=${raw} must be an integer from ${min} to ${max}`);
      return fallback;
    }
    return value;
  };
  const flag = (name: string, fallback: boolean): boolean => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    if (/^(1|true|yes|on)$/i.test(raw)) return true;
    if (/^(0|false|no|off)$/i.test(raw)) return false;
    problems.push(`${name}=${raw} must be true or false`);
    return fallback;
  };

  const uri = env.NEO4J_URI ? env.NEO4J_URI : null;
  if (uri !== null && !/^(bolt|neo4j)(\+s|\+ssc)?:\/\/[^/\s]+/.test(uri)) {
    problems.push(`NEO4J_URI=${uri} must look like bolt://host:7687, neo4j://host or neo4j+s://host`);
  }
  const logLevel = text('KG_LOG_LEVEL', 'info');
  if (!['debug', 'info', 'warn', 'error', 'silent'].includes(logLevel)) {
    problems.push(`KG_LOG_LEVEL=${logLevel} must be one of debug, info, warn, error, silent`);
  }
  const projectRoot = PROJECT_ROOT;
  const config: Config = {
    projectRoot,
    neo4j: {
      uri,
      username: text('NEO4J_USERNAME', 'neo4j'),
      password: text('NEO4J_PASSWORD', 'kg-local-password'),
      database: env.NEO4J_DATABASE || undefined,
    },
    local: {
      host: text('NEO4J_BOLT_HOST', '127.0.0.1'),
      port: integer('NEO4J_BOLT_PORT', 7687, 1, 65535),
      dataDir: resolve(projectRoot, text('NEO4J_DATA_DIR', '.kg/neo4j-data')),
      cacheDir: resolve(projectRoot, text('KG_CACHE_DIR', '.kg/cache')),
      pageCache: text('NEO4J_PAGECACHE', '256m'),
      heap: text('NEO4J_HEAP', '1g'),
      startTimeoutSeconds: integer('NEO4J_START_TIMEOUT', 300, 5, 3600),
    },
    server: {
      host: text('KG_HOST', '0.0.0.0'),
      port: integer('KG_PORT', 4000, 0, 65535),
      apiToken: env.KG_API_TOKEN || null,
      protectReads: flag('KG_PROTECT_READS', false),
      corsOrigins: text('KG_CORS_ORIGINS', '*')
        .split(',')
        .map((origin) => origin.trim())
        .filter(Boolean),
      maxDepth: integer('KG_MAX_DEPTH', 10, 1, 100),
      maxAliases: integer('KG_MAX_ALIASES', 30, 1, 1000),
      maxCost: integer('KG_MAX_COST', 100_000, 1, 100_000_000),
      maxTokens: integer('KG_MAX_TOKENS', 2_000, 50, 100_000),
      maxDirectives: integer('KG_MAX_DIRECTIVES', 20, 0, 1000),
      maxBodyBytes: integer('KG_MAX_BODY_BYTES', 1_000_000, 1_000, 100_000_000),
      maxResponseBytes: integer('KG_MAX_RESPONSE_BYTES', 10_000_000, 1_000, 1_000_000_000),
      queryTimeoutMs: integer('KG_QUERY_TIMEOUT_MS', 10_000, 100, 600_000),
      operationTimeoutMs: integer('KG_OPERATION_TIMEOUT_MS', 15_000, 100, 600_000),
      cacheTtlMs: integer('KG_CACHE_TTL_MS', 5_000, 0, 86_400_000),
    },
    maxArticleBytes: integer('KG_MAX_ARTICLE_BYTES', 2_000_000, 1, 1_000_000_000),
    logLevel: logLevel as Config['logLevel'],
  };
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}
