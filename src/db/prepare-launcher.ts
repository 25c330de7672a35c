// Fetches the Neo4j jars with Maven (once, cached) and compiles the small Java launcher that runs them.

import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { findJavac, findMaven, MissingToolError } from './find-java-tools.ts';

export interface LauncherFiles {
  /** Classpath holding the compiled launcher and every Neo4j jar. */
  classpath: string;
  mainClass: string;
}

/** Makes sure the jars and compiled launcher exist under cacheDir; fast when they already do. */
export function prepareLauncher(
  projectRoot: string,
  cacheDir: string,
  java: string,
  log: (line: string) => void,
): LauncherFiles {
  const pom = join(projectRoot, 'neo4j', 'pom.xml');
  const source = join(projectRoot, 'neo4j', 'LocalNeo4j.java');
  // Key the cache on the inputs so a changed pom or launcher is picked up.
  const digest = createHash('sha256')
    .update(readFileSync(pom))
    .update(readFileSync(source))
    .digest('hex')
    .slice(0, 12);
  const dir = join(cacheDir, `launcher-${digest}`);
  const classpathFile = join(dir, 'classpath.txt');
  const classesDir = join(dir, 'classes');
  mkdirSync(dir, { recursive: true });

  if (!existsSync(classpathFile)) {
    const mvn = findMaven();
    log('fetching Neo4j 5.26 jars with Maven (first run only; cached afterwards)...');
    const result = spawnSync(
      mvn,
      [
        '-q',
        '-B',
        '-f',
        pom,
        'dependency:build-classpath',
        `-Dmdep.outputFile=${classpathFile}.${process.pid}`,
      ],
      { encoding: 'utf8' },
    );
    // Written under a private name, then renamed: concurrent starts never read a half-written file.
    if (result.status === 0 && existsSync(`${classpathFile}.${process.pid}`))
      renameSync(`${classpathFile}.${process.pid}`, classpathFile);
    if (result.status !== 0 || !existsSync(classpathFile)) {
      const detail = (result.stdout + result.stderr).split('\n').find((line) => line.includes('ERROR')) ?? '';
      throw new MissingToolError(
        `Maven could not fetch the Neo4j jars (${detail.trim() || `exit ${result.status}`}); check access to Maven Central or set NEO4J_URI`,
      );
    }
  }
  const jars = readFileSync(classpathFile, 'utf8').trim();
  if (!existsSync(join(classesDir, 'LocalNeo4j.class'))) {
    const privateDir = `${classesDir}.${process.pid}`;
    const result = spawnSync(findJavac(java), ['-cp', jars, '-d', privateDir, source], { encoding: 'utf8' });
    if (result.status === 0) {
      try {
        renameSync(privateDir, classesDir);
      } catch {
        rmSync(privateDir, { recursive: true, force: true }); // another process won the race
      }
    }
    if (result.status !== 0) {
      throw new MissingToolError(
        `could not compile the Neo4j launcher with javac (a JDK, not only a JRE, is needed): ${result.stderr.trim().split('\n')[0] ?? ''}`,
      );
    }
  }
  return {
    classpath: `${classesDir}${process.platform === 'win32' ? ';' : ':'}${jars}`,
    mainClass: 'LocalNeo4j',
  };
}
