/**
 * A place picked on the map. Its popup, beside the pointer, quotes the first mention of each
 * of its first few sources; the place's panel opens once those quotes are in, a frame after
 * the popup shows them. Opening the panel lays out the page and narrows the map, which costs
 * frames of drawing (slow in software rendering); done at once, that work lands before the
 * popup's quotes file arrives and holds up the quote the user is looking at.
 */
import { type DataIndex, groupBySource, mentionsOfPlace, type PlaceMentions } from '../filters.ts';

/** Sources a popup quotes; the rest are counted ("and 3 more sources"). */
export const POPUP_SOURCES = 4;

export interface PopupMentions {
  shown: PlaceMentions;
  /** By source: the place's own visible mentions, or, with none, those of places inside it. */
  groups: { source: number; mentions: number[] }[];
  /** The first mention of each of the first POPUP_SOURCES groups: the ones quoted. */
  quoted: number[];
}

export function popupMentions(index: DataIndex, mask: Uint8Array, place: number): PopupMentions {
  const shown = mentionsOfPlace(index, mask, place);
  const groups = groupBySource(index, shown.own.length > 0 ? shown.own : shown.inside);
  const quoted = groups.slice(0, POPUP_SOURCES).map((g) => g.mentions[0]!);
  return { shown, groups, quoted };
}

export interface Picker {
  /** A place clicked on the map: its popup's quotes first, then its panel. */
  pick(place: number): void;
  /** Something else was chosen, or the popup closed: a pick still waiting opens nothing. */
  cancel(): void;
}

export function createPicker(steps: {
  /** Fetches the popup's quotes; resolves when they are in (or failed: the panel says why). */
  loadQuotes(place: number): Promise<void>;
  /** Opens the place's panel. */
  open(place: number): void;
  /** Runs after the next frame is painted. */
  afterPaint(run: () => void): void;
}): Picker {
  let latest = 0;
  return {
    pick(place) {
      const ticket = ++latest;
      void steps
        .loadQuotes(place)
        .catch(() => {})
        .then(() =>
          steps.afterPaint(() => {
            if (ticket === latest) steps.open(place);
          }),
        );
    },
    cancel() {
      latest++;
    },
  };
}
