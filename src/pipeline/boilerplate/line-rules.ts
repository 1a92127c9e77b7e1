/**
 * Line-level classification of page furniture, as a table of small rules. Each looks at one
 * trimmed line and says whether it is furniture and why. They are general shapes of web-page
 * chrome (prompts in the imperative, contact details, © lines, breadcrumbs), not sentences of
 * particular articles. Length limits keep real paragraphs that happen to contain a trigger
 * word ("…signed up to the accord…") out.
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
  | 'trailing page furniture';

export interface LineRule {
  reason: Reason;
  test(line: string): boolean;
}

const words = (line: string): number => line.split(/\s+/).filter(Boolean).length;
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
      line.length <= 160 && (PHONE_LABEL.test(line) || (EMAIL.test(line) && words(line) <= 12)),
  },
  {
    reason: 'postal address',
    test: (line) =>
      line.length <= 120 && !endsLikeSentence(line) && STREET.test(line) && POSTCODE.test(line),
  },
  {
    reason: 'subscription prompt',
    test: (line) =>
      (line.length <= 160 && IMPERATIVE_PROMPT.test(line)) ||
      (line.length <= 120 && PROMPT_WORDS.test(line)) ||
      /^\d{1,3}\s?% off\b/i.test(line),
  },
  {
    reason: 'related links',
    test: (line) =>
      line.length <= 60 &&
      /^(?:related(?: articles| stories| posts| news| content| topics)?|recommended(?: for you)?|more (?:from|on|stories|news)\b.*|most (?:read|popular|viewed|shared)|you (?:may|might) also like|read also|also read|see also|trending(?: now)?|top stories|latest (?:news|stories)|more stories|editor'?s picks)\s*:?$/i.test(
        line,
      ),
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
  return trimmed.length >= 200 || (endsLikeSentence(trimmed) && words(trimmed) >= 6);
}
