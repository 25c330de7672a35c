// Writes N distinct articles (own text, distinct ids and dates) for load and fault tests.

import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const TEMPLATE = (n: number, day: string) => `---
title: Talks number ${n} between Washington and Moscow
published: ${day}
---
Secretary of State Rex Tillerson met Russian Foreign Minister Sergey Lavrov in Moscow on Tuesday for talks on Syria, the ${n}th round this year.

"We have a lot of work ahead of us on round ${n}," Tillerson told reporters at a joint news conference.

Lavrov said that Russia wanted an investigation into the attack on the town of Khan Sheikhoun in Syria, which killed ${n + 10} people.
`;

export async function writeArticleVariants(dir: string, count: number): Promise<string[]> {
  const files: string[] = [];
  for (let n = 1; n <= count; n += 1) {
    const day = new Date(Date.UTC(2017, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);
    const file = join(dir, `variant-${String(n).padStart(4, '0')}.txt`);
    await writeFile(file, TEMPLATE(n, day));
    files.push(file);
  }
  return files;
}
