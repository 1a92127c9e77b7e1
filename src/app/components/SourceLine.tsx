import { formatPartialDate } from '../../shared/dates.ts';
import type { SourceMeta } from '../../shared/types.ts';

/**
 * "Author · Publisher · 7 September 2021" (the parts known), each isolated from the others'
 * text direction.
 */
export function SourceByline({ source }: { source: SourceMeta }) {
  return (
    <span class="byline">
      {source.author && (
        <>
          <bdi>{source.author}</bdi>
          {' · '}
        </>
      )}
      {source.publisher && (
        <>
          <bdi>{source.publisher}</bdi>
          {' · '}
        </>
      )}
      <time dateTime={source.published?.iso}>{formatPartialDate(source.published)}</time>
    </span>
  );
}
