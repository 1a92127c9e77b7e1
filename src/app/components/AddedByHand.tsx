/** The note on a place no gazetteer had, added by a reader: its provenance says when. */
import { isUserPlace } from '../../shared/corrections.ts';
import type { PlaceProperties } from '../../shared/types.ts';

export function AddedByHand({ place }: { place: PlaceProperties }) {
  if (!isUserPlace(place.id)) return null;
  return (
    <p class="mention-status" data-testid="place-added-by-hand">
      Place added by hand ({place.provenance})
    </p>
  );
}
