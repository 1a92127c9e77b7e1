/** Shapes shared by the source reader, its rules and the build. */
import type { SourceMeta } from '../../shared/types.ts';
import type { Problem } from '../problems.ts';
import type { FrontMatter, FrontMatterField } from './frontmatter.ts';

/** The front-matter keys a source may have (see README "Sources"). */
export const KNOWN_FIELDS = [
  'id',
  'title',
  'author',
  'publisher',
  'published',
  'url',
  'language',
] as const;

/** A file as it lies on disk. */
export interface RawSourceFile {
  /** Path as reported in problems (relative to the repository root). */
  file: string;
  bytes: Uint8Array;
  /** Why the file could not be read (not a regular file, a link out, too large…); bytes are empty. */
  unreadable?: string;
}

/** A file decoded as UTF-8 with its front matter read, before its values are checked. */
export interface DecodedSourceFile {
  file: string;
  /** The content as read, BOM removed; every offset in problems points into it. */
  content: string;
  hadBom: boolean;
  frontMatter: FrontMatter;
  /** First occurrence of each key. */
  fields: ReadonlyMap<string, FrontMatterField>;
}

/** A checked source, ready for geoparsing: its metadata as published, plus its text. */
export interface Source extends Omit<SourceMeta, 'mentionCount'> {
  /** Whole content as read (BOM removed). */
  content: string;
  /** Offset of the body in `content`. */
  bodyStart: number;
  /** content.slice(bodyStart): the article text exactly as written. */
  body: string;
}

/** Rules are data: each checks one thing and returns its problems (none when fine). */
export interface Rule<Input> {
  /** Short kebab-case name, used in tests and docs. */
  name: string;
  check(input: Input): Problem[];
}

/** What a rule about a source's result (after geoparsing) sees. */
export interface SourceResult {
  source: Source;
  /** Resolved mentions kept (outside page furniture). */
  mentionCount: number;
  unresolvedCount: number;
}
