/** body.slice(start, end) === text, and the quote is where quoteStart says, for every mention. */
import { mentionSubject } from './subjects.ts';
import type { OutputCheck, OutputIssue } from './types.ts';

export const mentionOffsets: OutputCheck = {
  name: 'mention-offsets',
  check(dataset) {
    const issues: OutputIssue[] = [];
    const subject = mentionSubject(dataset);
    const check = (
      file: string,
      path: string,
      body: string | undefined,
      p: {
        sourceId: string;
        line: number;
        start: number;
        end: number;
        text: string;
        quote: string;
      },
      quoteStart: number | null,
    ): void => {
      if (body === undefined) return;
      const found = body.slice(p.start, p.end);
      if (found !== p.text) {
        issues.push({
          file,
          path,
          message: `${subject(p)}: expected body.slice(${p.start}, ${p.end}) to be '${p.text}', found '${found}'`,
        });
      }
      if (quoteStart !== null && body.slice(quoteStart, quoteStart + p.quote.length) !== p.quote) {
        issues.push({
          file,
          path,
          message: `${subject(p)}: expected the quote at offset ${quoteStart} of the body, found other text`,
        });
      }
      if (quoteStart !== null && (p.start < quoteStart || p.end > quoteStart + p.quote.length)) {
        issues.push({
          file,
          path,
          message: `${subject(p)}: expected the mention inside its quote, found it outside`,
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
