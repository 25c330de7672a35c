// Fills a Neo4j with the realistic bench graph: generated articles through the real extraction and writer.

import { parseArticle } from '../src/article/parse-article.ts';
import { extractArticle } from '../src/extract/index.ts';
import type { Graph } from '../src/graph/driver.ts';
import { writeArticle } from '../src/graph/write-article.ts';
import { benchCorpus } from './bench-corpus.ts';

/** The default size of the bench graph; `--articles N` (or the BENCH_ARTICLES variable) picks another. */
export const DEFAULT_BENCH_ARTICLES = 4000;

export interface BenchGraphSummary {
  articles: number;
  nodes: number;
  relationships: number;
  seconds: number;
  reused: boolean;
}

/** `--articles N` from the command line, else BENCH_ARTICLES, else the default. */
export function benchArticleCount(argv = process.argv, env = process.env): number {
  const flag = argv.indexOf('--articles');
  const raw = flag >= 0 ? argv[flag + 1] : env.BENCH_ARTICLES;
  if (raw === undefined) return DEFAULT_BENCH_ARTICLES;
  const count = Number(raw);
  if (!Number.isInteger(count) || count < 10 || count > 100_000) {
    throw new Error(`--articles must be an integer from 10 to 100000, got "${raw}"`);
  }
  return count;
}

async function countGraph(graph: Graph) {
  const { records } = await graph.driver.executeQuery(
    `MATCH (a:Article) WITH count(a) AS articles
     CALL () { MATCH (n) RETURN count(n) AS nodes }
     CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
     RETURN articles, nodes, relationships`,
    {},
    { database: graph.database },
  );
  const row = records[0];
  return {
    articles: Number(row?.get('articles') ?? 0),
    nodes: Number(row?.get('nodes') ?? 0),
    relationships: Number(row?.get('relationships') ?? 0),
  };
}

/**
 * Makes the graph hold exactly the bench corpus of `articleCount` articles (seeded). A graph that already
 * holds it (same article count, the last generated article present) is reused as it is.
 */
export async function loadBenchGraph(
  graph: Graph,
  articleCount: number,
  options: { seed?: number; concurrency?: number; log?: (line: string) => void } = {},
): Promise<BenchGraphSummary> {
  const log = options.log ?? (() => undefined);
  const corpus = benchCorpus(articleCount, options.seed ?? 11);
  const started = performance.now();
  const before = await countGraph(graph);
  const last = corpus[corpus.length - 1]?.id ?? '';
  const { records } = await graph.driver.executeQuery(
    'MATCH (a:Article {id: $id}) RETURN count(a) AS n',
    { id: last },
    { database: graph.database },
  );
  if (before.articles === articleCount && Number(records[0]?.get('n')) === 1) {
    return { ...before, seconds: 0, reused: true };
  }
  const session = graph.driver.session({ database: graph.database });
  try {
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS');
  } finally {
    await session.close();
  }
  let next = 0;
  const worker = async () => {
    while (next < corpus.length) {
      const article = corpus[next++];
      if (!article) break;
      const info = parseArticle({ baseId: article.id, text: article.text, sidecar: null });
      await writeArticle(graph, extractArticle(info));
      if (next % 500 === 0) log(`bench graph: ${next} of ${corpus.length} articles`);
    }
  };
  await Promise.all(Array.from({ length: options.concurrency ?? 2 }, worker));
  const after = await countGraph(graph);
  return { ...after, seconds: (performance.now() - started) / 1000, reused: false };
}
