/** A URL is a link the reader can follow: absolute, http or https only. */
import { webUrl } from '../../../shared/web-url.ts';
import { problemAt, shown } from '../problem.ts';
import type { DecodedSourceFile, Rule } from '../types.ts';

export const badUrl: Rule<DecodedSourceFile> = {
  name: 'bad-url',
  check({ file, content, fields }) {
    const url = fields.get('url');
    if (!url || url.value === '') return [];
    const error = (message: string) => [problemAt(file, content, url.valueSpan, 'error', message)];
    const web = webUrl(url.value);
    if (!web) return error(`expected an http:// or https:// URL, found ${shown(url.value)}`);
    // A user name or password would be published with the link: say so, never repeat them.
    const { username, password } = web;
    if (username === '' && password === '') return [];
    return error('expected a URL without a user name or password, found credentials before the @');
  },
};
