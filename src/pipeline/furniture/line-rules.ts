/**
 * Line-level classification of page furniture, as one table of small rules. Each looks at one
 * trimmed line and says whether it is furniture and why. They are general shapes of web-page
 * chrome (prompts in the imperative, contact details, © lines, breadcrumbs, link lists, credit
 * lines, bylines, citations), not sentences of particular articles. Length limits keep real
 * paragraphs that happen to contain a trigger word ("…signed up to the accord…") out.
 */
export type Reason =
  | 'cookie notice'
  | 'copyright line'
  | 'contact details'
  | 'postal address'
  | 'subscription prompt'
  | 'related links'
  | 'comments section'
  | 'navigation'
  | 'photo credit'
  | 'share buttons'
  | 'credit line'
  | 'byline'
  | 'reference'
  | 'trailing page furniture';

export interface LineRule {
  reason: Reason;
  test(line: string): boolean;
}

/** Words of a line, as the length limits of the rules count them. */
/** What /\s/ matches: white space and line terminators. */
const SPACE_RE = /\s/;
const isSpace = (code: number): boolean =>
  code === 32 ||
  (code >= 9 && code <= 13) ||
  (code > 127 && SPACE_RE.test(String.fromCharCode(code)));

/**
 * Whether a line has at most `max` words apart by white space (as line.split(/\s+/) finds
 * them, counted without the array). The count stops past `max`: a paragraph need not be read
 * to its end to say it is longer than a few dozen words.
 */
export function atMostWords(line: string, max: number): boolean {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < line.length; i++) {
    const space = isSpace(line.charCodeAt(i));
    if (!space && !inWord && ++words > max) return false;
    inWord = !space;
  }
  return true;
}
/** Addresses are capitalised names and numbers; a sentence has verbs and function words. */
const lowerCaseWords = (line: string): number => line.match(/(?:^|\s)\p{Ll}/gu)?.length ?? 0;
const endsLikeSentence = (line: string): boolean => /[.!?]["”’)]?$/.test(line);

/** Headings that open a comment section: everything after one is readers' text, not the article's. */
export const COMMENTS_HEADING =
  /^(?:\d+\s+)?(?:comments?|responses?|replies)(?:\s*\(\d+\))?:?$|^leave a (?:reply|comment)\b|^comment policy\b|^join (?:our|the) (?:commenting forum|discussion|conversation)\b|^(?:add|post|write) (?:a|your) comment\b|^comments are closed\b|^(?:show|view|read|load) (?:all |more )?comments\b|^\d+ (?:responses|replies|comments) to\b|^(?:what do you think|have your say)\??$/i;

const IMPERATIVE_PROMPT =
  /^(?:subscribe|sign (?:up|in)|log ?in|register|join|follow|share|download|install|get (?:the|our) app|read more|continue reading|click|tap|like us|become a (?:member|subscriber|supporter)|support (?:us|our)|donate|already (?:a subscriber|registered|have an account)|create (?:an|a free) account|thank you for (?:registering|subscribing|signing up|reading)|please (?:refresh|log|sign|enable|disable|turn off)|enjoy unlimited|unlock|try (?:it )?free|start your (?:free )?trial|get unlimited)\b/i;

const PROMPT_WORDS =
  /\b(?:newsletters?|subscribe|subscription|subscribers?|paywall|sign up|logged in|log in|unlimited access|without limits?|ad[- ]?blocker|free trial|premium content)\b/i;

const STREET =
  /\b(?:street|st\.|road|rd\.|avenue|ave\.?|boulevard|blvd\.?|rue|lane|drive|square|place|plaza|platz|stra(?:ss|ß)e|via|viale|calle|avenida|suite|floor|p\.?\s?o\.?\s?box|building|house no)\b/i;
const POSTCODE =
  /\b\d{5}(?:-\d{4})?\b|\b\d{4}\b|\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b|\b\d{3}\s?\d{2}\b|\b\d{6}\b/;
const PHONE_LABEL =
  /\b(?:tel|tél|phone|telephone|fax|mobile|call us|whatsapp|hotline)\b\.?\s*(?::|\.)?\s*\+?[\d(]/i;
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\[email[\s\u00a0]*protected\]/i;
const SOCIAL =
  /^(?:(?:share(?: this)?(?: on| via)?|facebook|twitter|x|whatsapp|linkedin|telegram|reddit|pinterest|email|e-mail|print|copy link|messenger)[\s|,·•/]*)+$/i;
const BREADCRUMB_SEPARATOR = /\s(?:›|»|>|→|\barrow\b|\/|\|)\s/g;
/** A list of links under a heading on the same line ("Related stories: …", "Most read: …"). */
const LINK_LIST =
  /^(?:related(?:\s+\w+){0,2}|more(?:\s+\w+){0,3}|most\s+(?:read|popular|viewed|shared)|also\s+read|read\s+(?:also|next|more)|see\s+also|recommended(?:\s+\w+)?|trending(?:\s+\w+)?|latest(?:\s+\w+){0,2}|top\s+stories|editor'?s\s+picks?|you\s+may\s+also\s+like|watch|listen)\s*:/i;
/** Who reported, wrote, edited or photographed ("Reporting by X in Berlin; Editing by Y"). */
const CREDIT =
  /^(?:(?:additional\s+)?reporting|writing|editing|edited|compiled|produced|translated|photos?|graphics|video)\s+by\b|;\s*editing\s+by\b/i;
/** "By Staff Reporter": a byline of capitalised words only. */
const BYLINE = /^[Bb]y\s+(?:[\p{Lu}][\p{L}.'’-]*\s*){1,4}$/u;
/**
 * An author's credentials under a byline ("Ph D, Counter-Terrorism and Security Analyst
 * (Pakistan).", "Senior Fellow at the Institute of …"): a degree opens the line or it names a
 * job, and every word is capitalised or a connective — a title, not a sentence.
 */
const DEGREE = /^(?:Ph\.?\s?D|D\.?\s?Phil|M\.?\s?Phil|M\.?\s?Sc|M\.?\s?A|LL\.?\s?M|MBA)\b\.?,?\s/u;
const JOB_TITLE =
  /\b(?:Analyst|Researcher|Fellow|Professor|Lecturer|Correspondent|Editor|Reporter|Journalist|Columnist|Contributor|Writer)s?\b/u;
const TITLE_CONNECTIVES = /^(?:and|of|at|in|for|the|on|&)$/u;
const titleCaseOnly = (line: string): boolean =>
  line
    .split(/\s+/u)
    .map((w) => w.replace(/^[^\p{L}]+/u, ''))
    .every((w) => w === '' || /^\p{Lu}/u.test(w) || TITLE_CONNECTIVES.test(w));
/** Cross-references and appeals on short lines ("— see page 9", "donate to …"). */
const SHORT_PROMPT = /\bsee page \d+|\bdonate\b|\bsubscribe\b|\bnewsletter\b|\bsign up\b/iu;
/** A street number and a street word ("113-117 Donegall Street"). */
const STREET_NUMBER =
  /\b\d{1,5}(?:-\d{1,5})?\s+(?:\p{Lu}[\p{L}'’-]*\s+){1,4}(?:Street|St|Road|Rd|Avenue|Ave|Boulevard|Blvd|Lane|Way|Drive|Square|Place)\b/u;
/** The marks of a citation: an access date, a URL or "<>", "(, 2001)", "pp.", a DOI, ISBN. */
const CITATION =
  /\baccessed\b|\bretrieved\b|<[^>\n]{0,200}>|https?:\/\/|\bdoi\b|\bpp?\.\s*\d|\(\s*,?\s*(?:1[89]|20)\d\d\s*\)|\bISBN\b|\bvol\.\s*\d/i;
/** A year in parentheses closing a numbered note ("[1] Smith J, The Frontier (Oxford 2001)"). */
const CITED_YEAR = /\((?:[^()\n]{0,60}[\s,])?(?:1[89]|20)\d\d\)\s*[.,]?$/u;
/** A quoted title ("“Taliban justifies …,”") and a year: the body of a citation. */
const QUOTED_TITLE_AND_YEAR = /[“"‘][^”"’\n]{4,300}[”"’].*\b(?:1[89]|20)\d\d\b/u;
/** A bracketed note number opening a line ("[19] "): a numbered list uses "1." instead. */
const BRACKETED_NOTE = /^\[\d{1,3}\]\s/u;
/** A note marker opening a line: "[15]", "15. ", "(, ", a bullet. */
const NOTE_MARKER = /^(?:\[\d{1,3}\]|\d{1,3}[.)]\s|\(\s*,|[•*-]\s)/u;
/** Running prose: a sentence end followed by a capitalised word and more lower-case words. */
const RUNNING_PROSE = /[.!?]\s+\p{Lu}\p{Ll}+\s\p{Ll}+\s\p{Ll}+/u;
/**
 * A paragraph of news, even one that cites its source's web address ("WABC-TV reports
 * ( http://… ) Lucie B. was scheduled to fly …"): running prose, or two sentences with a dozen
 * lower-case words, which a reference's title-cased fields never have.
 */
const isNewsParagraph = (line: string): boolean =>
  RUNNING_PROSE.test(line) || (/[.!?]\s+\p{Lu}/u.test(line) && lowerCaseWords(line) >= 12);

export const LINE_RULES: readonly LineRule[] = [
  {
    reason: 'comments section',
    test: (line) => line.length <= 80 && COMMENTS_HEADING.test(line),
  },
  {
    reason: 'cookie notice',
    test: (line) =>
      line.length <= 400 &&
      /\bcookies?\b/i.test(line) &&
      /\b(?:use|uses|accept|consent|policy|settings|browsing|agree|preferences)\b/i.test(line),
  },
  {
    reason: 'copyright line',
    test: (line) =>
      line.length <= 200 &&
      (/^(?:©|\(c\)|copyright\b)/i.test(line) || /©|all rights reserved/i.test(line)),
  },
  {
    reason: 'contact details',
    test: (line) =>
      line.length <= 160 && (PHONE_LABEL.test(line) || (EMAIL.test(line) && atMostWords(line, 12))),
  },
  {
    reason: 'postal address',
    test: (line) =>
      (line.length <= 120 && !endsLikeSentence(line) && STREET.test(line) && POSTCODE.test(line)) ||
      (atMostWords(line, 25) && STREET_NUMBER.test(line) && lowerCaseWords(line) <= 2),
  },
  {
    reason: 'subscription prompt',
    test: (line) =>
      (line.length <= 160 && IMPERATIVE_PROMPT.test(line)) ||
      (line.length <= 120 && PROMPT_WORDS.test(line)) ||
      (atMostWords(line, 15) && SHORT_PROMPT.test(line)) ||
      /^\d{1,3}\s?% off\b/i.test(line),
  },
  {
    reason: 'credit line',
    test: (line) => line.length <= 600 && CREDIT.test(line),
  },
  {
    reason: 'byline',
    test: (line) =>
      BYLINE.test(line) ||
      (line.length <= 160 &&
        atMostWords(line, 14) &&
        (DEGREE.test(line) || JOB_TITLE.test(line)) &&
        titleCaseOnly(line.replace(DEGREE, ''))),
  },
  {
    // A cited title is not a place the article talks about. Citations are rarely longer than
    // 400 characters, and one in running prose ("…, accessed by reporters. The next day…") is
    // kept unless a note marker opens the line.
    reason: 'reference',
    test: (line) =>
      line.length <= 400 &&
      ((CITATION.test(line) && (NOTE_MARKER.test(line) || !isNewsParagraph(line))) ||
        (NOTE_MARKER.test(line) && CITED_YEAR.test(line)) ||
        (BRACKETED_NOTE.test(line) && QUOTED_TITLE_AND_YEAR.test(line))),
  },
  {
    reason: 'related links',
    test: (line) =>
      (line.length <= 600 && LINK_LIST.test(line)) ||
      (line.length <= 60 &&
        /^(?:related(?: articles| stories| posts| news| content| topics)?|recommended(?: for you)?|more (?:from|on|stories|news)\b.*|most (?:read|popular|viewed|shared)|you (?:may|might) also like|read also|also read|see also|trending(?: now)?|top stories|latest (?:news|stories)|more stories|editor'?s picks)\s*:?$/i.test(
          line,
        )),
  },
  {
    reason: 'navigation',
    test: (line) =>
      (line.length <= 40 &&
        /^(?:back to top(?: button)?|skip to (?:main )?content|menu|home|search|advertisement|(?:accept|reject|allow) (?:all|cookies|all cookies)|manage (?:cookies|preferences)|sponsored(?: content)?|ad|close|next article|previous article|(?:do|did) you (?:like|enjoy) this (?:article|story)\??)$/i.test(
          line,
        )) ||
      (line.length <= 200 &&
        !endsLikeSentence(line) &&
        (line.match(BREADCRUMB_SEPARATOR)?.length ?? 0) >= 2 &&
        !/\d{4}/.test(line)),
  },
  {
    reason: 'photo credit',
    test: (line) =>
      line.length <= 120 &&
      /^\(?(?:file )?(?:photo|image|picture|illustration|video|graphic)s?(?:\s+(?:source|credit|courtesy))?s?\s*(?::|：|by\b)/i.test(
        line,
      ),
  },
  {
    reason: 'share buttons',
    test: (line) => line.length <= 80 && SOCIAL.test(line),
  },
];

/** The first rule a line matches, or null for ordinary text. */
export function classifyLine(line: string): Reason | null {
  const trimmed = line.trim();
  if (trimmed === '') return null;
  for (const rule of LINE_RULES) if (rule.test(trimmed)) return rule.reason;
  return null;
}

/** A line that reads as article prose: long, or a full sentence of several words. */
export function isProse(line: string): boolean {
  const trimmed = line.trim();
  return trimmed.length >= 200 || (endsLikeSentence(trimmed) && !atMostWords(trimmed, 5));
}
