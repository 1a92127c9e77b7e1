/**
 * Ids for new sources (lower-case letters, digits and hyphens, see the bad-id rule): from a
 * file's name or a title, accents folded ("Mazār" → "mazar"), other letters dropped, cut at a
 * word to stay readable in a file name.
 */
import { ID_PATTERN } from '../sources/rules/bad-id.ts';

const MAX_ID_LENGTH = 60;

/** A slug of the text, or null when nothing of it is a–z or 0–9 (a title in Arabic script). */
export function idFrom(text: string): string | null {
  const slug = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug === '') return null;
  if (slug.length <= MAX_ID_LENGTH) return slug;
  const cut = slug.slice(0, MAX_ID_LENGTH + 1);
  const atWord = cut.lastIndexOf('-');
  return (atWord > 20 ? cut.slice(0, atWord) : cut.slice(0, MAX_ID_LENGTH)).replace(/-+$/, '');
}

export function isId(value: string): boolean {
  return ID_PATTERN.test(value);
}
