// Test projects: pure unit tests in parallel; integration and end-to-end tests against one real Neo4j.

import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Node loads graphql's CommonJS build for graphql-yoga; make test code load the same copy, not the
  // ESM one Vite would pick, so there is one GraphQLError/GraphQLObjectType class, as in production.
  resolve: { alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }] },
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['test/unit/**/*.test.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts', 'test/e2e/**/*.test.ts'],
          globalSetup: ['test/setup/neo4j-global-setup.ts'],
          // Files share one Neo4j and each starts from an empty graph, so they take turns.
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
