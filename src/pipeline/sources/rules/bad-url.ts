/** A URL is a link the reader can follow: absolute, http or https only. */
import { problemAt, shown } from '../problem.ts';
import type { DecodedSourceFile, Rule } from '../types.ts';

export function isWebUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}

export const badUrl: Rule<DecodedSourceFile> = {
  name: 'bad-url',
  check({ file, content, fields }) {
    const url = fields.get('url');
    if (!url || url.value === '') return [];
    if (isWebUrl(url.value)) {
      // A user name or password would be published with the link: say so, never repeat them.
      const { username, password } = new URL(url.value);
      if (username === '' && password === '') return [];
      return [
        problemAt(
          file,
          content,
          url.valueSpan,
          'error',
          'expected a URL without a user name or password, found credentials before the @',
        ),
      ];
    }
    return [
      problemAt(
        file,
        content,
        url.valueSpan,
        'error',
        `expected an http:// or https:// URL, found ${shown(url.value)}`,
      ),
    ];
  },
};
