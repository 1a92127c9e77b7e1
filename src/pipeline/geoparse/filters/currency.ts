/**
 * A country's abbreviation fused with a currency sign is a currency, not the country:
 * "US$460 million", "A$20", "HK$1,000", "NZ$5", "C$", "R$".
 */
import type { SpanFilter } from './types.ts';

const CURRENCY_SIGN = /^[$£€¥]/u;

export const currencyFilter: SpanFilter = (span, ctx) =>
  CURRENCY_SIGN.test(ctx.text.slice(span.end, span.end + 1))
    ? { reject: 'part of a currency' }
    : null;
