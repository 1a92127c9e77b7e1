/** Links a reader may follow: absolute http:// or https:// URLs (no `javascript:` or `data:`). */
export function webUrl(value: string): URL | null {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== ''
      ? url
      : null;
  } catch {
    return null;
  }
}
