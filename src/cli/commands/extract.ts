// `kg extract FILE [--published YYYY-MM-DD] [--json]`: what the extractor finds in one article, no database.

import { parseArgs } from 'node:util';
import { readArticleFile } from '../../article/read-article-file.ts';
import { loadConfig } from '../../config.ts';
import { parseArticle } from '../../article/parse-article.ts';
import { extractArticle } from '../../extract/index.ts';
import type { Extraction } from '../../model/extraction.ts';
import { UsageError, type CliCommand } from '../command.ts';
import { parseIsoDate } from '../parse-iso-date.ts';

export const extractCommand: CliCommand = {
  name: 'extract',
  summary: 'print what the extractor finds in one article (no database)',
  help: `Usage: kg extract FILE [--published YYYY-MM-DD] [--json]

Reads one article (UTF-8 text, optional YAML front matter or a NAME.meta.json sidecar) and prints the
entities, events and claims the extractor finds. Nothing is written anywhere.

Options:
  --published YYYY-MM-DD  the day the article was written (overrides front matter); anchors "Wednesday",
                          "yesterday" and similar
  --json                  print exactly one JSON document instead of the readable summary

Environment:
  KG_MAX_ARTICLE_BYTES    largest file accepted (default 2000000, as for kg ingest)`,
  async run(argv) {
    const parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { published: { type: 'string' }, json: { type: 'boolean', default: false } },
    });
    const [path, ...extra] = parsed.positionals;
    if (!path) throw new UsageError('missing FILE (the article to extract from)');
    if (extra.length) throw new UsageError(`unexpected argument "${extra[0]}" (one FILE at a time)`);
    const published =
      parsed.values.published === undefined ? null : parseIsoDate(parsed.values.published, '--published');
    // The same checked setting as ingest: an invalid KG_MAX_ARTICLE_BYTES is refused, not ignored.
    const file = await readArticleFile(path, loadConfig().maxArticleBytes);
    const extraction = extractArticle(parseArticle(file, { published }));
    process.stdout.write(
      parsed.values.json ? JSON.stringify(toJson(extraction), null, 2) + '\n' : summarize(extraction),
    );
    return 0;
  },
};

/** The extraction without the article text (spans still index into the file as read). */
export function toJson(x: Extraction): unknown {
  const { text: _text, ...article } = x.article;
  return {
    article,
    sentenceCount: x.sentences.length,
    entities: x.entities,
    events: x.events,
    claims: x.claims,
  };
}

function summarize(x: Extraction): string {
  const name = (id: string | null) => (id ? (x.entities.find((e) => e.id === id)?.name ?? id) : 'unknown');
  const lines = [
    `${x.article.title}`,
    `  id ${x.article.id}, published ${x.article.publishedAt ?? 'unknown'}, ${x.sentences.length} sentences`,
    '',
    `Entities (${x.entities.length}):`,
    ...x.entities.map((e) => {
      const roles = e.roles.map((r) => `${r.title}${r.ofId ? ` of ${name(r.ofId)}` : ''}`).join('; ');
      return `  ${e.type.padEnd(12)} ${e.name}  [${e.id}]${roles ? `  — ${roles}` : ''}  (${e.mentions.length}×)`;
    }),
    '',
    `Events (${x.events.length}):`,
    ...x.events.map(
      (e) =>
        `  ${e.id} ${e.type} ${e.date ?? 'no date'}${e.locationId ? ` at ${name(e.locationId)}` : ''}` +
        `${e.participantIds.length ? ` — ${e.participantIds.map(name).join(', ')}` : ''}` +
        `${e.killed !== null ? `, ${e.killed} killed` : ''}${e.injured !== null ? `, ${e.injured} injured` : ''}`,
    ),
    '',
    `Claims (${x.claims.length}):`,
    ...x.claims.map(
      (c) =>
        `  ${c.id} ${c.kind.padEnd(10)} ${name(c.speakerId)}: “${c.text.length > 100 ? c.text.slice(0, 97) + '...' : c.text}”` +
        `${c.stance ? ` [${c.stance}]` : ''}`,
    ),
  ];
  return lines.join('\n') + '\n';
}
