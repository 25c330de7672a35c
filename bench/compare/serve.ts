// One side of the comparison as its own process: `serve.ts project|neo4j-graphql`; prints "listening <url>".

import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Neo4jGraphQL } from '@neo4j/graphql';
import { createYoga } from 'graphql-yoga';
import { listenApi } from '../../src/api/listen.ts';
import { loadConfig } from '../../src/config.ts';
import { neo4jTarget } from '../../src/db/neo4j-target.ts';
import { openGraph } from '../../src/graph/driver.ts';

const side = process.argv[2];
const config = loadConfig();
const graph = await openGraph(neo4jTarget(config));

let url: string;
if (side === 'project') {
  const api = await listenApi({ graph, config, log: () => undefined }, '127.0.0.1', 0);
  url = api.url;
} else if (side === 'neo4j-graphql') {
  const typeDefs = readFileSync(new URL('./neo4j-graphql-typedefs.graphql', import.meta.url), 'utf8');
  const schema = await new Neo4jGraphQL({ typeDefs, driver: graph.driver }).getSchema();
  // The same HTTP layer as the project (graphql-yoga), so only the GraphQL-to-Cypher part differs.
  const yoga = createYoga({ schema, graphqlEndpoint: '/graphql', logging: false, landingPage: false });
  const server = createServer(yoga);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
} else {
  throw new Error('usage: serve.ts project|neo4j-graphql');
}
console.log(`listening ${url}`);
// The parent closes stdin when it is done (or dies): stop then.
process.stdin.resume();
process.stdin.on('end', () => process.exit(0));
