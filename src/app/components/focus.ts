/** Focus handling shared by the panel and the reader. */
import { useEffect } from 'preact/hooks';

/**
 * While `open`, remembers what had focus when it opened, and gives focus back to it on close
 * (if it is still on the page), so a keyboard user carries on from where they were. Call it
 * before any effect that moves focus into what opens.
 */
export function useReturnFocus(open: boolean): void {
  useEffect(() => {
    if (!open) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    return () => {
      if (opener?.isConnected) opener.focus();
    };
  }, [open]);
}
