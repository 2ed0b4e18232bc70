// Adds the pages a person opens (partnerships, factors, lessons, notes) to *Senest set*.
import { useEffect } from 'react';
import type { RecentVisit } from '../../shared/api';
import { call } from '../api/client';
import { useContent } from '../app/ContentProvider';
import type { ContentIndex } from '../app/contentIndex';
import { formatHash, type Route } from '../app/router';
import { useDesktopSettings } from './DesktopSettings';

/** The bundled page a route shows, as a visit; null for lists, notes and unknown ids. */
export function contentVisit(route: Route, content: ContentIndex): RecentVisit | null {
  const page = (kind: 'partnership' | 'factor' | 'lesson', id: string): RecentVisit | null => {
    const entry = content.get(kind, id);
    if (!entry) return null;
    return { hash: formatHash({ name: kind, id }), title: entry.title, kind };
  };
  switch (route.name) {
    case 'partnership':
    case 'factor':
    case 'lesson':
      return page(route.name, route.id);
    default:
      return null;
  }
}

export function useRecordVisits(route: Route): void {
  const content = useContent();
  const { recordVisit } = useDesktopSettings();
  const index = content.status === 'ready' ? content.value : null;
  const noteId = route.name === 'note' ? route.id : null;
  const visit = index ? contentVisit(route, index) : null;
  const visitKey = visit?.hash ?? null;

  useEffect(() => {
    if (visit) recordVisit(visit);
    // One entry per page opened, not per render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [visitKey, recordVisit]);

  useEffect(() => {
    if (!noteId) return;
    let live = true;
    call('notes.get', { id: noteId }).then(
      (note) =>
        live &&
        recordVisit({
          hash: formatHash({ name: 'note', id: noteId }),
          title: note.title,
          kind: 'note',
        }),
      // A note that cannot be read is not a page the reader has seen.
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [noteId, recordVisit]);
}
