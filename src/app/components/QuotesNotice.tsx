/** What stands in for quotes not fetched yet (model/quotes.ts): "Loading…", or why they failed. */
import type { QuotesStatus } from '../model/quotes.ts';

export function QuotesNotice({ status }: { status: QuotesStatus }) {
  if (status.state === 'ready') return null;
  if (status.state === 'loading') {
    return (
      <p class="quotes-notice" role="status" data-testid="quotes-loading">
        Loading the quotes…
      </p>
    );
  }
  return (
    <p class="quotes-notice error" role="alert" data-testid="quotes-error">
      The quotes could not be loaded: {status.message}. Check that the data folder is complete (
      <code>npm run data</code>) and open this again.
    </p>
  );
}
