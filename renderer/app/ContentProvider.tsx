// The bundled corpus, loaded once through `content.all` and shared by every view.
import { createContext, useContext, useMemo } from 'react';
import type { ReactNode } from 'react';
import { useApi, type Loadable } from '../api/useApi';
import { buildContentIndex, type ContentIndex } from './contentIndex';

type ContentState = Loadable<ContentIndex> & { reload: () => void };

const ContentContext = createContext<ContentState | null>(null);

export function ContentProvider({ children }: { children: ReactNode }) {
  const result = useApi('content.all', {});
  const value = useMemo<ContentState>(() => {
    if (result.status !== 'ready') return result;
    return { status: 'ready', value: buildContentIndex(result.value), reload: result.reload };
  }, [result]);
  return <ContentContext.Provider value={value}>{children}</ContentContext.Provider>;
}

export function useContent(): ContentState {
  const value = useContext(ContentContext);
  if (!value) throw new Error('useContent() kræver <ContentProvider> over komponenten');
  return value;
}
