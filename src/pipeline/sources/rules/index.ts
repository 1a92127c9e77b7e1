/**
 * The source rules, in the order they run. Byte rules first: a file that is unreadable, binary
 * or not UTF-8 cannot be read further, so its text rules are skipped.
 */
import type { DecodedSourceFile, RawSourceFile, Rule, SourceResult } from '../types.ts';
import { badDate } from './bad-date.ts';
import { badId } from './bad-id.ts';
import { badLanguage } from './bad-language.ts';
import { badUrl } from './bad-url.ts';
import { binary } from './binary.ts';
import { bom } from './bom.ts';
import { duplicateField } from './duplicate-field.ts';
import { duplicateId } from './duplicate-id.ts';
import { emptyBody } from './empty-body.ts';
import { emptyFile } from './empty-file.ts';
import { frontMatterMissing } from './front-matter-missing.ts';
import { frontMatterUnclosed } from './front-matter-unclosed.ts';
import { idFileName } from './id-file-name.ts';
import { malformedLine } from './malformed-line.ts';
import { missingTitle } from './missing-title.ts';
import { noPlaces } from './no-places.ts';
import { notUtf8 } from './not-utf8.ts';
import { tooLong } from './too-long.ts';
import { unknownField } from './unknown-field.ts';
import { unreadable } from './unreadable.ts';

export const BYTE_RULES: readonly Rule<RawSourceFile>[] = [unreadable, binary, notUtf8];

/** Checked on a file that decoded; `emptyFile` stops the rest (an empty file is skipped). */
export const FILE_RULES: readonly Rule<DecodedSourceFile>[] = [
  bom,
  frontMatterMissing,
  frontMatterUnclosed,
  malformedLine,
  unknownField,
  duplicateField,
  badId,
  idFileName,
  missingTitle,
  tooLong,
  badDate,
  badUrl,
  badLanguage,
  emptyBody,
];

export { bom, emptyFile };

export const COLLECTION_RULES: readonly Rule<readonly DecodedSourceFile[]>[] = [duplicateId];

export const RESULT_RULES: readonly Rule<SourceResult>[] = [noPlaces];
