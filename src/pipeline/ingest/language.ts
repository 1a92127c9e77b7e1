/**
 * The language of a text as a BCP 47 tag ('en', 'fr'): franc guesses the ISO 639-3 code from
 * the letters it uses, which becomes the two-letter code where one exists. Too short a text,
 * or one franc cannot tell, gives null (the front matter then says nothing, meaning 'en').
 */
import { franc } from 'franc-min';
import { iso6393To1 } from 'iso-639-3';

/** Below this franc's guesses are unreliable (its own default is 10; a title is not enough). */
const MIN_LETTERS = 60;

export function detectLanguage(text: string): string | null {
  const sample = text.slice(0, 20_000);
  const code = franc(sample, { minLength: MIN_LETTERS });
  if (code === 'und') return null;
  return iso6393To1[code] ?? code;
}
