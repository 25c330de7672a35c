// Fetches the Neo4j jars with Maven (once, cached) and compiles the small Java launcher that runs them.

import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, linkSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { findJar, findJavac, findMaven, MissingToolError } from './find-java-tools.ts';

export interface LauncherFiles {
  /** Classpath holding the compiled launcher and every Neo4j jar. */
  classpath: string;
  mainClass: string;
  /** The cache folder of this pom and launcher (for files tied to this exact classpath). */
  dir: string;
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
  // A jar, not a folder of classes: the JVM archives classes for sharing only from jars.
  const launcherJar = join(dir, 'launcher.jar');
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
  if (!existsSync(launcherJar)) {
    const privateDir = join(dir, `classes.${process.pid}`);
    const compiled = spawnSync(findJavac(java), ['-cp', jars, '-d', privateDir, source], {
      encoding: 'utf8',
    });
    if (compiled.status !== 0) {
      rmSync(privateDir, { recursive: true, force: true });
      throw new MissingToolError(
        `could not compile the Neo4j launcher with javac (a JDK, not only a JRE, is needed): ${compiled.stderr.trim().split('\n')[0] ?? ''}`,
      );
    }
    const packed = spawnSync(findJar(java), ['cf', `${launcherJar}.${process.pid}`, '-C', privateDir, '.'], {
      encoding: 'utf8',
    });
    rmSync(privateDir, { recursive: true, force: true });
    if (packed.status !== 0) {
      throw new MissingToolError(
        `could not pack the Neo4j launcher with the JDK's jar tool: ${packed.error?.message ?? packed.stderr.trim().split('\n')[0] ?? `exit ${packed.status}`}`,
      );
    }
    // Linked into place whole and never replaced: a concurrent start sees no jar or a complete one,
    // and the class-data archive, which records the jar's time stamp, stays valid.
    try {
      linkSync(`${launcherJar}.${process.pid}`, launcherJar);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    } finally {
      rmSync(`${launcherJar}.${process.pid}`, { force: true });
    }
  }
  return {
    classpath: `${launcherJar}${process.platform === 'win32' ? ';' : ':'}${jars}`,
    mainClass: 'LocalNeo4j',
    dir,
  };
}
