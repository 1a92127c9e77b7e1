/** Word lists are written as text, one space or line break between words, all lower-case. */
export const wordSet = (...lists: (string | ReadonlySet<string>)[]): ReadonlySet<string> =>
  new Set(
    lists.flatMap((list) =>
      typeof list === 'string' ? list.split(/\s+/).filter((w) => w.length > 0) : [...list],
    ),
  );
