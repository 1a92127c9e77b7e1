/**
 * Text from input files (names, values, paths) printed to a terminal: every character the
 * terminal would obey rather than show is written as \uXXXX. Line breaks would let a file
 * name forge a `file:1:1: error:` line; ESC and the C1 CSI (U+009B) start escape sequences
 * that recolour, move or clear; bidi overrides reorder what follows. The one place this is done.
 */
const UNSAFE =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters to escape.
  /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

export function terminalSafe(text: string): string {
  return text.replace(UNSAFE, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
