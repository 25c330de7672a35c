// Finds Java 17+ and Maven, or explains in one line how to get them (or how to avoid needing them).

import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

export class MissingToolError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MissingToolError';
  }
}

const HOW_TO_AVOID = 'or set NEO4J_URI (with NEO4J_USERNAME/NEO4J_PASSWORD) to use a Neo4j you already run';

/** The java executable to use: $JAVA_HOME/bin/java when set, else `java` on PATH; must be version 17+. */
export function findJava(env: NodeJS.ProcessEnv = process.env): string {
  const java = env.JAVA_HOME ? join(env.JAVA_HOME, 'bin', 'java') : 'java';
  const probe = spawnSync(java, ['-version'], { encoding: 'utf8', env });
  if (probe.error || probe.status !== 0) {
    throw new MissingToolError(
      `Java 17+ is needed to run the local Neo4j but "${java}" was not found; install a JDK 17+ (e.g. apt-get install openjdk-17-jdk-headless) ${HOW_TO_AVOID}`,
    );
  }
  const match = /version "(\d+)(?:\.(\d+))?/.exec(probe.stderr + probe.stdout);
  const major = match ? Number(match[1] === '1' ? match[2] : match[1]) : 0;
  if (major < 17) {
    throw new MissingToolError(
      `Java ${major || '(unknown version)'} found at "${java}", but Neo4j 5.26 needs Java 17+; set JAVA_HOME to a JDK 17+ ${HOW_TO_AVOID}`,
    );
  }
  return java;
}

/** The javac next to the chosen java. */
export function findJavac(java: string): string {
  return java === 'java' ? 'javac' : java.replace(/java$/, 'javac');
}

/** The jar tool next to the chosen java. */
export function findJar(java: string): string {
  return java === 'java' ? 'jar' : java.replace(/java$/, 'jar');
}

/** The mvn executable, checked to run. */
export function findMaven(env: NodeJS.ProcessEnv = process.env): string {
  const mvn = env.KG_MVN || 'mvn';
  const probe = spawnSync(mvn, ['-v'], { encoding: 'utf8', env });
  if (probe.error || probe.status !== 0) {
    throw new MissingToolError(
      `Maven is needed to fetch the Neo4j jars on first use but "${mvn}" was not found; install it (e.g. apt-get install maven) ${HOW_TO_AVOID}`,
    );
  }
  return mvn;
}
