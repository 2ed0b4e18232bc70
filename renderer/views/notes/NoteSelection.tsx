// Choosing notes for bulk work (a checkbox on each card and one for all shown, so Tab and Space
// do it as well as the mouse), and the sort order of the list.
import { useId, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import type { Note } from '../../../shared/notes/types';
import { useT } from '../../i18n';
import { NOTE_SORTS, type NoteSort } from './noteSort';

const SORT_LABEL = {
  changed: 'notesSortChanged',
  created: 'notesSortCreated',
  title: 'notesSortTitle',
  date: 'notesSortDate',
} as const;

export function NoteSortSelect(props: { value: NoteSort; onChange: (sort: NoteSort) => void }) {
  const t = useT('desktop');
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{t('notesSort')}</label>
      <select
        id={id}
        value={props.value}
        onChange={(e) => props.onChange(e.target.value as NoteSort)}
      >
        {NOTE_SORTS.map((sort) => (
          <option key={sort} value={sort}>
            {t(SORT_LABEL[sort])}
          </option>
        ))}
      </select>
    </div>
  );
}

interface NoteSelection {
  /** The chosen notes among those shown, in list order. */
  selected: Note[];
  clear: () => void;
  box: (note: Note) => ReactNode;
  allBox: ReactNode;
}

export function useNoteSelection(shown: Note[]): NoteSelection {
  const t = useT('desktop');
  const [ids, setIds] = useState<ReadonlySet<string>>(new Set());
  // A note filtered out of view is not acted on, even if it was ticked before.
  const selected = useMemo(() => shown.filter((n) => ids.has(n.id)), [shown, ids]);
  const all = shown.length > 0 && selected.length === shown.length;

  const toggle = (id: string, on: boolean) =>
    setIds((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  return {
    selected,
    clear: () => setIds(new Set()),
    box: (note) => (
      <label className="note-select">
        <input
          type="checkbox"
          checked={ids.has(note.id)}
          onChange={(e) => toggle(note.id, e.target.checked)}
        />
        <span className="visually-hidden">{t('notesSelect', { title: note.title })}</span>
      </label>
    ),
    allBox: (
      <label className="note-select note-select-all-label">
        <input
          type="checkbox"
          checked={all}
          ref={(el) => {
            if (el) el.indeterminate = selected.length > 0 && !all;
          }}
          onChange={(e) => setIds(e.target.checked ? new Set(shown.map((n) => n.id)) : new Set())}
        />
        <span>{t('notesSelectAll')}</span>
      </label>
    ),
  };
}
