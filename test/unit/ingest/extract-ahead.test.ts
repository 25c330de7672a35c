// Extraction on worker threads gives what the main thread gives, file for file, bad files included.

import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createExtractor } from '../../../src/ingest/extraction-pool.ts';
import { ingestFiles } from '../../../src/ingest/ingest-files.ts';
import { FIRST_REPORT, SECOND_REPORT } from '../../fixtures/khan-sheikhoun-reports.ts';

// A thread loads the extractor and gazetteer when it starts: seconds on a busy machine.
describe('extracting ahead of the writer', { timeout: 60_000 }, () => {
  let dir: string;
  let files: string[];
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'kg-extract-ahead-'));
    const contents: Array<[string, string | Buffer]> = [
      ['a.md', FIRST_REPORT],
      ['b.md', SECOND_REPORT],
      ['empty.md', ''],
      ['binary.md', Buffer.from([0, 1, 2, 255, 254, 0, 7])],
      ['c.md', FIRST_REPORT.replace('title:', 'id: third\ntitle:')],
    ];
    files = [];
    for (const [name, content] of contents) {
      await writeFile(join(dir, name), content);
      files.push(join(dir, name));
    }
  });
  afterAll(async () => rm(dir, { recursive: true, force: true }));

  it('gives the same outcome for every file on one, two or no threads', async () => {
    const outcomes = [];
    for (const extractionThreads of [0, 1, 2]) {
      const summary = await ingestFiles(files, {
        graph: null,
        concurrency: 1,
        maxBytes: 1 << 20,
        extractionThreads,
      });
      outcomes.push(summary.files);
      expect(summary.done).toBe(3);
      expect(summary.failed).toBe(2);
    }
    expect(outcomes[1]).toEqual(outcomes[0]);
    expect(outcomes[2]).toEqual(outcomes[0]);
    expect(outcomes[0]?.filter((f) => f.outcome === 'failed').map((f) => f.file)).toEqual([
      join(dir, 'empty.md'),
      join(dir, 'binary.md'),
    ]);
  });

  it('returns the extraction a thread made, equal to the main thread’s', async () => {
    const threaded = createExtractor({ maxBytes: 1 << 20 }, 1);
    const inline = createExtractor({ maxBytes: 1 << 20 }, 0);
    try {
      expect(await threaded.extract(files[0] as string)).toEqual(await inline.extract(files[0] as string));
      await expect(threaded.extract(join(dir, 'missing.md'))).rejects.toMatchObject({
        name: 'ArticleInputError',
      });
    } finally {
      await threaded.close();
      await inline.close();
    }
  });
});
