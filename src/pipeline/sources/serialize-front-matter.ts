/**
 * Writing a front-matter block (the inverse of frontmatter.ts): one `key: value` line per
 * field, in the README's order. Free text (title, author, publisher) is always in double quotes,
 * so no title can be read as something else by this reader or by YAML ("Null", "2021",
 * "a: b", "# x"); the other fields have fixed shapes and are written bare when they can be.
 * A value is one line: line breaks and control characters become spaces.
 */
import { KNOWN_FIELDS, type KnownField } from './types.ts';

export type FrontMatterValues = Partial<Record<KnownField, string | null>>;

const FREE_TEXT: ReadonlySet<KnownField> = new Set(['title', 'author', 'publisher']);
/** What a bare value may hold and still read back the same everywhere. */
const BARE = /^[A-Za-z0-9][A-Za-z0-9._~:/?&=%+@!$,;*()[\]#-]*$/;

function oneLine(value: string): string {
  return (
    value
      // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is removed.
      .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ')
      .replace(/ {2,}/g, ' ')
      .trim()
  );
}

function quoted(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

export function serializeFrontMatter(values: FrontMatterValues): string {
  const lines = KNOWN_FIELDS.map((key) => {
    const value = oneLine(values[key] ?? '');
    if (value === '') return `${key}:`;
    return `${key}: ${FREE_TEXT.has(key) || !BARE.test(value) ? quoted(value) : value}`;
  });
  return `---\n${lines.join('\n')}\n---\n`;
}
