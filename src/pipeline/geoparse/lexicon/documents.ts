/** Words of documents: their structure ("Fig. 1", "Annex") and their names ("Doha Agreement"). */
import { wordSet } from './word-set.ts';

/** Words of document structure: "Fig. 1", "Table 2", "Annex". */
export const DOCUMENT_WORDS: ReadonlySet<string> = wordSet(
  'fig figs figure figures table tables chart map page pages vol chapter section annex appendix no nos uss hms hmas hmcs ins',
);

/** Documents named after a place even in lower case ("the Doha agreement"). */
export const LOWER_CASE_DOCUMENT_HEADS: ReadonlySet<string> = wordSet(
  'agreement agreements accord accords treaty declaration protocol convention pact charter',
);

/** Heads of the names of documents and events named after a place ("Doha Agreement", "Battle of Kabul"). */
export const DOCUMENT_HEADS: ReadonlySet<string> = wordSet(
  LOWER_CASE_DOCUMENT_HEADS,
  'conference process summit talks initiative plan act resolution compact format battle siege sack',
);
