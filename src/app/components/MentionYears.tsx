/** The years line under a quote: "Refers to 2020 · dated by publication". Text only. */
import type { MentionProperties } from '../../shared/types.ts';
import { DATED_BY_PUBLICATION, mentionYearsText } from '../model/years.ts';

export function MentionYears({ mention }: { mention: MentionProperties }) {
  const text = mentionYearsText(mention);
  if (!text) return null;
  return (
    <span
      class="mention-years"
      data-testid="mention-years"
      data-years-from={mention.yearsFrom}
      title={mention.yearsFrom === 'publication' ? DATED_BY_PUBLICATION : undefined}
    >
      {text}
    </span>
  );
}
