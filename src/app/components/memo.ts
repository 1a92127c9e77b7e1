/**
 * `memo` without preact/compat: loading compat adds a hook that runs over the props of every
 * element the page renders (for React's attribute names, which this app does not use), a
 * few milliseconds of each filter change with hundreds of list rows.
 */
import { Component, type FunctionComponent, h } from 'preact';

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

    // The function renders as a component of its own (as compat's memo does), so that the
    // signals it reads re-render it even when these props did not change.
    override render(props: P) {
      return h(render, props);
    }
  }
  return Memo as unknown as FunctionComponent<P>;
}
