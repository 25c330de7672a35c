// `kg retract ARTICLE_ID...`: withdraws articles and every fact only they supported.

import { loadConfig } from '../../config.ts';
import { neo4jTarget } from '../../db/neo4j-target.ts';
import { openGraph } from '../../graph/driver.ts';
import { retractArticle } from '../../graph/write-article.ts';
import { articleIdFromPath } from '../../article/read-article-file.ts';
import { UsageError, type CliCommand } from '../command.ts';

export const retractCommand: CliCommand = {
  name: 'retract',
  summary: 'remove an article and every fact only it supported',
  help: `Usage: kg retract ARTICLE...

ARTICLE is an article id (the file name without extension, or the front matter's id) or the
article's file path. Removes the article, its claims and mentions, and every entity, event, role,
participation and location that no other article supports. Facts other articles support stay,
with their other sources. Exit code 1 when an article was not in the graph.`,
  async run(argv) {
    if (argv.length === 0) throw new UsageError('give at least one article id');
    const config = loadConfig();
    const graph = await openGraph(neo4jTarget(config));
    let missing = 0;
    try {
      for (const arg of argv) {
        const id = /[\\/]|\.(txt|md)$/.test(arg) ? articleIdFromPath(arg) : arg;
        const result = await retractArticle(graph, id);
        if (!result.found) {
          missing += 1;
          process.stderr.write(`${id}: no such article in the graph\n`);
          continue;
        }
        const c = result.counts;
        process.stdout.write(
          `retracted ${id}: -${c.nodesDeleted} nodes, -${c.relationshipsDeleted} relationships\n`,
        );
      }
    } finally {
      await graph.close();
    }
    return missing > 0 ? 1 : 0;
  },
};
