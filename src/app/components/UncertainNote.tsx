/** The note under an uncertain mention's quote: what else the name could be. Text only. */
import type { MentionProperties } from '../../shared/types.ts';
import { uncertaintyNote } from '../model/uncertainty.ts';

export function UncertainNote({ mention }: { mention: MentionProperties }) {
  const note = uncertaintyNote(mention);
  if (!note) return null;
  return (
    <p class="uncertain-note" data-testid="uncertain-note">
      <bdi>{note}</bdi>
    </p>
  );
}
