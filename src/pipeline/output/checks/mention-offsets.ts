/** body.slice(start, end) === text, and the quote is where quoteStart says, for every mention. */
import type { OutputCheck, OutputIssue } from './types.ts';

export const mentionOffsets: OutputCheck = {
  name: 'mention-offsets',
  check(dataset) {
    const issues: OutputIssue[] = [];
    const check = (
      file: string,
      path: string,
      body: string | undefined,
      p: { start: number; end: number; text: string; quote: string },
      quoteStart: number | null,
    ): void => {
      if (body === undefined) return;
      const found = body.slice(p.start, p.end);
      if (found !== p.text) {
        issues.push({
          file,
          path,
          message: `expected body.slice(${p.start}, ${p.end}) to be '${p.text}', found '${found}'`,
        });
      }
      if (quoteStart !== null && body.slice(quoteStart, quoteStart + p.quote.length) !== p.quote) {
        issues.push({
          file,
          path,
          message: `expected the quote at offset ${quoteStart} of the body, found other text`,
        });
      }
      if (quoteStart !== null && (p.start < quoteStart || p.end > quoteStart + p.quote.length)) {
        issues.push({
          file,
          path,
          message: `expected the mention inside its quote, found it outside`,
        });
      }
    };
    dataset.mentions.features.forEach((f, i) => {
      const p = f.properties;
      check(
        'mentions.geojson',
        `features[${i}].properties`,
        dataset.texts.get(p.sourceId),
        p,
        p.quoteStart,
      );
    });
    dataset.unresolved.forEach((u, i) => {
      check('unresolved.json', `[${i}]`, dataset.texts.get(u.sourceId), u, null);
    });
    return issues;
  },
};
