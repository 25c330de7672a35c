// A dynamic class-data-sharing archive of the Neo4j classes: written once by a first run, mapped by later starts.

import { createHash } from 'node:crypto';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';

export interface ClassDataArchive {
  /** JVM flags: map the archive when it exists, else write one when the JVM exits. */
  args: string[];
  /** Call once the JVM has exited: keeps the archive it wrote, if any. */
  afterExit(): void;
}

/**
 * Loading and verifying Neo4j's ~19,000 classes is about half of its start-up CPU; from an archive
 * they are mapped ready-made. The archive is tied to the JVM and to the exact jars, so it lives in
 * the launcher's cache folder (keyed on the pom) under the java executable's hash. A JVM that finds
 * it unusable (another JDK build, jars changed on disk) ignores it and loads classes as before.
 */
export function classDataArchive(launcherDir: string, java: string): ClassDataArchive {
  const key = createHash('sha256').update(java).digest('hex').slice(0, 8);
  const archive = join(launcherDir, `neo4j-classes-${key}.jsa`);
  // The JVM's CDS messages go to stdout, which carries the launcher's protocol lines: keep them off.
  const quiet = ['-Xlog:cds=off', '-Xlog:cds+dynamic=off'];
  if (existsSync(archive)) {
    return { args: [`-XX:SharedArchiveFile=${archive}`, ...quiet], afterExit: () => undefined };
  }
  // Written under a private name, then renamed: concurrent first runs never map a half-written file.
  const written = `${archive}.${process.pid}.${Date.now()}`;
  return {
    args: [`-XX:ArchiveClassesAtExit=${written}`, ...quiet],
    afterExit() {
      if (!existsSync(written)) return;
      if (existsSync(archive)) rmSync(written, { force: true });
      else renameSync(written, archive);
    },
  };
}
