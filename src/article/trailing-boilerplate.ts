// Finds where aggregator boilerplate ("Related news:", "Read more", share prompts) starts at the end of an article.

/** Lines that end the article proper when they appear after the last paragraph of text. */
const BOILERPLATE_LINE =
  /^\s*(related (news|articles|stories|content)|read more|more on this|see also|share this( article)?|advertisement|you may also like|recommended)\s*:?.*$/i;

const BARE_LABEL =
  /^\s*(?:related (?:news|articles|stories|content|coverage)|read more|more on this|see also|you may also like|recommended|more stories)\s*:?\s*$/i;

/**
 * Returns the offset where trailing boilerplate begins (or `text.length`), scanning lines backwards from the end
 * so that "Related news:" and everything after it is dropped, but the phrase inside a real sentence is kept.
 */
export function findTrailingBoilerplate(text: string, bodyStart: number): number {
  const lines: { start: number; end: number }[] = [];
  let pos = bodyStart;
  while (pos <= text.length) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = text.length;
    lines.push({ start: pos, end: nl });
    pos = nl + 1;
  }
  let cut = text.length;
  // A bare label ("Related News:") heading a short list of headlines to the end: the label and the list go.
  for (let i = Math.max(0, lines.length - 12); i < lines.length; i++) {
    const label = text.slice(lines[i]!.start, lines[i]!.end);
    if (!BARE_LABEL.test(label)) continue;
    const rest = lines.slice(i + 1).map((l) => text.slice(l.start, l.end).trim());
    if (rest.every((l) => l.length <= 120 && !/[.!?]["”]?\s+\p{Lu}/u.test(l))) {
      cut = lines[i]!.start;
      break;
    }
  }
  const labelCut = cut;
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i]!;
    if (line.start >= labelCut) continue;
    const content = text.slice(line.start, line.end);
    if (content.trim() === '') continue;
    // A short line, or a labelled list of headlines ("Related news: A | B") of any reasonable length.
    const labelled = /^\s*(?:related (?:news|articles|stories|content)|see also|more on this)\s*:/i.test(
      content,
    );
    if (
      BOILERPLATE_LINE.test(content) &&
      (content.trim().length <= 60 || (labelled && content.length <= 400))
    ) {
      cut = line.start;
      continue;
    }
    // Only a run of boilerplate lines at the very end is dropped: stop at the first real line.
    if (cut !== labelCut || labelCut !== text.length) break;
    // Boilerplate may be glued to the end of the last paragraph ("...warning".Related news:).
    const glued = /(Related news|Read more)\s*:\s*$/i.exec(content);
    if (glued) cut = line.start + glued.index;
    break;
  }
  return cut;
}
