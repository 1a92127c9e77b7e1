/**
 * Layout state that decides what may cover what: the legend folds while a popup is open (and
 * unfolds after, if it was open), and on a phone the panel's bottom sheet takes the place of the
 * popup, so the same quotes are never shown twice and half hidden.
 */
import { signal } from '@preact/signals';

/**
 * The width up to which the layout is a phone's: filters in a drawer, the panel a sheet. The one
 * breakpoint: the stylesheet follows it through the class PHONE_CLASS (followPhoneLayout).
 */
export const PHONE_MAX_WIDTH = 720;
export const PHONE_MEDIA = `(max-width: ${PHONE_MAX_WIDTH}px)`;
/** Set on the root element while the layout is a phone's; the stylesheet's phone rules need it. */
export const PHONE_CLASS = 'phone';

export function isPhone(width = window.innerWidth): boolean {
  return width <= PHONE_MAX_WIDTH;
}

/**
 * Keeps PHONE_CLASS on `root` while `media` (a matchMedia of PHONE_MEDIA) matches, as the window
 * is resized or turned. Returns a function that stops following.
 */
export function followPhoneLayout(
  root: Pick<Element, 'classList'>,
  media: Pick<MediaQueryList, 'matches' | 'addEventListener' | 'removeEventListener'>,
): () => void {
  const apply = () => root.classList.toggle(PHONE_CLASS, media.matches);
  apply();
  media.addEventListener('change', apply);
  return () => media.removeEventListener('change', apply);
}

/** Whether the legend is unfolded (on a phone it starts folded, to leave the map its room). */
export const legendOpen = signal(typeof window === 'undefined' ? true : !isPhone());
let foldedForPopup = false;

export function setLegendOpen(open: boolean): void {
  legendOpen.value = open;
  foldedForPopup = false;
}

/** A popup opened: the legend folds, so it can cover neither the popup nor what it points at. */
export function popupOpened(): void {
  if (legendOpen.value) {
    legendOpen.value = false;
    foldedForPopup = true;
  }
}

/** The popup closed: the legend comes back if it was folded for the popup. */
export function popupClosed(): void {
  if (foldedForPopup) legendOpen.value = true;
  foldedForPopup = false;
}
