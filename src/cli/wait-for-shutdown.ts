// Resolves on the first Ctrl-C (SIGINT) or SIGTERM, so a command can stop its servers in order.

export function waitForShutdown(): Promise<string> {
  return new Promise((resolve) => {
    const stop = (signal: string): void => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      process.stderr.write(`\n${signal}: shutting down...\n`);
      resolve(signal);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}
