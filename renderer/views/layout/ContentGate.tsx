// The one gate in front of a view that needs the corpus: loading, an error with a retry, and (for a
// view of one entry) not found; only then does the view render, with what it looked up.
import type { ReactNode } from 'react';
import { useContent } from '../../app/ContentProvider';
import type { ContentIndex } from '../../app/contentIndex';
import { NotFoundView } from './NotFoundView';
import { ErrorState, Loading } from './StatusMessage';

interface GateProps<T> {
  /** Looks up what the view shows; `undefined` shows the not-found page for `notFoundPath`. */
  find: (index: ContentIndex) => T | undefined;
  notFoundPath: string;
  children: (found: T, index: ContentIndex) => ReactNode;
}

export function ContentGate<T>(props: GateProps<T>): ReactNode;
export function ContentGate(props: { children: (index: ContentIndex) => ReactNode }): ReactNode;
export function ContentGate<T>(
  props: GateProps<T> | { children: (index: ContentIndex) => ReactNode },
): ReactNode {
  const content = useContent();
  if (content.status === 'loading') return <Loading />;
  if (content.status === 'error')
    return <ErrorState error={content.error} onRetry={content.reload} />;
  const index = content.value;
  if (!('find' in props)) return props.children(index);
  const found = props.find(index);
  if (found === undefined) return <NotFoundView path={props.notFoundPath} />;
  return props.children(found, index);
}
