// `--help` for every benchmark: prints its usage and exits before anything starts (no Neo4j, no load).

/** Prints `usage` and exits when the command line asks for help (`--help` or `-h`). */
export function printUsageWhenAsked(usage: string, argv = process.argv): void {
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(usage.trim());
    process.exit(0);
  }
}
