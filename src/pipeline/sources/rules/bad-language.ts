/** `language` is a BCP 47 tag such as "en" or "pt-BR"; empty means "en". */
import { problemAt, shown } from '../problem.ts';
import type { DecodedSourceFile, Rule } from '../types.ts';

export const LANGUAGE_PATTERN = /^[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{2,8})*$/;

export const badLanguage: Rule<DecodedSourceFile> = {
  name: 'bad-language',
  check({ file, content, fields }) {
    const language = fields.get('language');
    if (!language || language.value === '' || LANGUAGE_PATTERN.test(language.value)) return [];
    return [
      problemAt(
        file,
        content,
        language.valueSpan,
        'error',
        `expected a language tag such as 'en', found ${shown(language.value)}`,
      ),
    ];
  },
};
