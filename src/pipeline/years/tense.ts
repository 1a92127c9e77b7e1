/**
 * Does a clause make a claim in the present or the recent past (present perfect)? Such a claim
 * without a year of its own is about the time the source was written, so it counts for the
 * source's publication year ("dated by publication"): "Al-Qaeda is present in Ghor, Helmand …"
 * in an article of 2020 is a claim about 2020.
 *
 * A table of rules, each a pattern for one marker of tense; a clause is present or recent when
 * any rule matches. No part-of-speech tagger: the rules look for auxiliaries, a few verbs and
 * pronoun subjects that mark the present whatever surrounds them, so a plain present verb after
 * a noun subject ("its members operate in Jaji") is not seen and that claim stays without a
 * year; a conditional "if they take control of Kabul" reads as present.
 *
 * Decisions:
 * - Only lower-case forms count: "IS" and "Is" open names and questions more often than they
 *   are verbs here ("IS" is the Islamic State).
 * - "have" after a modal or "to" ("would have", "to have fled") is not a present perfect.
 * - The future ("will", "won't") and conditionals ("would", "could") are neither present nor
 *   recent: such a clause stays without a year.
 * - Time adverbs ("now", "currently", "still" is not one: "was still") count unless the clause
 *   also has a past auxiliary ("the Taliban were now in control").
 * - "this year", "today", "last month" are explicit years (rules.ts), not tense.
 */

export interface TenseRule {
  name: string;
  /** Matched against the clause, case-sensitive unless the pattern says otherwise. */
  pattern: RegExp;
  /** A clause that also matches this is not present by this rule. */
  unless?: RegExp;
}

/** After "they/we/you": past forms, modals and function words, which are no present verb. */
const PAST_OR_MODAL = [
  'were',
  'was',
  'had',
  'did',
  'would',
  'could',
  'should',
  'might',
  'will',
  'shall',
  'may',
  'went',
  'said',
  'made',
  'took',
  'gave',
  'came',
  'saw',
  'knew',
  'got',
  'found',
  'left',
  'told',
  'thought',
  'felt',
  'kept',
  'held',
  'brought',
  'began',
  'ran',
  'wrote',
  'fought',
  'led',
  'lost',
  'paid',
  'sent',
  'spent',
  'met',
  'sat',
  'stood',
  'won',
  'fell',
  'rose',
  'fled',
  'built',
  'bought',
  'sought',
  'taught',
  'struck',
  'hid',
  'drove',
  'chose',
  'broke',
  'spoke',
  'became',
  'grew',
  'threw',
  'drew',
  'flew',
  'forgot',
  'understood',
  'heard',
  'meant',
  'set',
  'put',
  'let',
  'cut',
  'hit',
  'quit',
  'read',
  'overthrew',
  'withdrew',
  'undertook',
  // not verbs: pronouns and function words
  ...['themselves', 'yourselves', 'both', 'each', 'never', 'not', 'and', 'or', 'but', 'in'],
  ...['on', 'at', 'to', 'of', 'for', 'with', 'from', 'by', 'as', 'the', 'a', 'an', 'too'],
  ...['who', 'which'],
];

const CONTRACTED_S = "(?:it|that|there|he|she|what|who|here|where)['’]s";

export const TENSE_RULES: readonly TenseRule[] = [
  {
    name: 'present of "be"',
    pattern: new RegExp(`\\b(?:is|are|am|isn['’]t|aren['’]t|${CONTRACTED_S})\\b|\\w['’]re\\b`),
  },
  {
    // Present perfect ("has expanded", "have been") and "has/have" as a main verb.
    name: 'present of "have"',
    pattern:
      /(?<!\b(?:would|could|should|might|must|may|will|shall|to|not)\s+)\b(?:has|have|hasn['’]t|haven['’]t)\b|\w['’]ve\b/,
  },
  {
    name: 'present of "do"',
    pattern:
      /(?<!\b(?:to|would|could|should|might|must|may|will|shall|can)\s+)\b(?:do|does|doesn['’]t|don['’]t)\b/,
  },
  {
    name: 'present modal',
    pattern: /\b(?:can|cannot|can['’]t|must)\b/,
  },
  {
    // Third-person verbs of state, presence and report that are rarely nouns in this form.
    name: 'present verb of state or report',
    pattern:
      /\b(?:remains|continues|exists|operates|maintains|retains|enjoys|seems|appears|says|considers|suggests|includes|consists|contains|belongs|depends|shelters|exerts|carries|gets|wants|knows|believes|refers|follows)\b/,
  },
  {
    // "which plagues", "he points out": an -s verb right after a singular pronoun subject (an
    // optional adverb between). Not "was", "has" (above), possessives, nor words in -ss/-us.
    // "that" is left out: "stated that forces …" is a plural noun after a complementiser.
    name: 'third-person verb after a pronoun',
    pattern:
      /\b(?:he|she|it|this|which|who)\s+(?:\p{Ll}+ly\s+|still\s+|also\s+|now\s+)?(?!(?:was|has|is|does|its|his|hers|ours|yours|theirs|this|thus|us|as|plus|whose)\b)\p{Ll}+[^s\P{L}u]s\b/u,
  },
  {
    // "they still want", "we know": a verb after a plural or second-person pronoun that is
    // neither a past form (-ed, or an irregular past), a modal nor a function word. ("I" is
    // left out: "World War I and …".)
    name: 'present verb after a plural pronoun',
    pattern: new RegExp(
      `\\b(?:they|we|you)\\s+(?:\\p{Ll}+ly\\s+|still\\s+|also\\s+|now\\s+|all\\s+)?(?!(?:${PAST_OR_MODAL.join('|')})\\b)\\p{Ll}+(?<!ed)\\b`,
      'u',
    ),
  },
  {
    name: 'time adverb of the present',
    pattern:
      /\b(?:now|currently|presently|nowadays|today|recently|at present|these days|at the moment|so far|to date|in recent (?:years|months|weeks|days))\b/i,
    unless: /\b(?:was|were|had|did|wasn['’]t|weren['’]t|hadn['’]t|didn['’]t)\b/,
  },
];

/** The first rule that makes `clause` a claim in the present or recent past, or null. */
export function presentTenseRule(clause: string): TenseRule | null {
  return TENSE_RULES.find((r) => r.pattern.test(clause) && !r.unless?.test(clause)) ?? null;
}
