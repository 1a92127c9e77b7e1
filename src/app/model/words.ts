/** "1 mention", "2 mentions": a count with its noun, singular for one. */
export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
