/**
 * `memo` without preact/compat: loading compat adds a hook that runs over the props of every
 * element the page renders (for React's attribute names, which this app does not use), a
 * few milliseconds of each filter change with hundreds of list rows.
 */
import { Component, type FunctionComponent } from 'preact';

/** A component that re-renders only when one of its props changed (compared with ===). */
export function memo<P extends object>(render: FunctionComponent<P>): FunctionComponent<P> {
  class Memo extends Component<P> {
    override shouldComponentUpdate(next: P): boolean {
      const now = this.props as Record<string, unknown>;
      const then = next as Record<string, unknown>;
      for (const k in now) if (!(k in then)) return true;
      for (const k in then) if (now[k] !== then[k]) return true;
      return false;
    }

    override render(props: P) {
      return render(props);
    }
  }
  return Memo as unknown as FunctionComponent<P>;
}
