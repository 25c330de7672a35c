#!/usr/bin/env node
// The `kg` launcher (after `npm link`): checks the Node version, then runs the TypeScript command line.

const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 18)) {
  process.stderr.write(
    `kg needs Node 22.18 or newer to run its TypeScript directly; this is ${process.version}.\n` +
      'Use the project-local Node instead: `npm run kg -- <command>` (npm ci installs Node 24).\n',
  );
  process.exit(1);
}
await import('../src/cli/main.ts');
