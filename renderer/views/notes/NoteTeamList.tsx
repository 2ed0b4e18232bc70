// The team library in the notes list: the author filter ("Mine" or a colleague who wrote shared
// notes) and, in a shared note's row, "Delt" with who wrote it.
import { useId, useMemo } from 'react';
import type { Note } from '../../../shared/notes/types';
import { useT } from '../../i18n';
import { authorsOf, byAuthor, sharedRow, type AuthorFilter } from './noteAuthorship';
import type { NoteTeam } from './useNoteTeam';
import './noteTeam.css';

export function NoteAuthorFilter(props: {
  team: NoteTeam;
  notes: Note[];
  value: AuthorFilter;
  onChange: (filter: AuthorFilter) => void;
}) {
  const { team, notes, value } = props;
  const t = useT('noteTeam');
  const id = useId();
  const authors = useMemo(
    () => authorsOf(team.rows, new Set(notes.map((n) => n.id))),
    [team.rows, notes],
  );
  if (!team.joined) return null;
  // A chosen author whose notes are gone stays an option, so the select never lies about itself.
  const chosen = value.startsWith('by:') ? value.slice(3) : null;
  const names = chosen !== null && !authors.includes(chosen) ? [...authors, chosen] : authors;
  return (
    <div className="field">
      <label htmlFor={id}>{t('filterAuthor')}</label>
      <select
        id={id}
        value={value}
        onChange={(e) => props.onChange(e.target.value as AuthorFilter)}
      >
        <option value="all">{t('filterAuthorAll')}</option>
        <option value="mine">{t('filterAuthorMine')}</option>
        {names.map((name) => (
          <option key={name} value={byAuthor(name)}>
            {name}
          </option>
        ))}
      </select>
    </div>
  );
}

/** "Delt · Skrevet af Anne Holm" in a shared note's row; nothing for a private one. */
export function NoteRowTeam({ team, noteId }: { team: NoteTeam; noteId: string }) {
  const t = useT('noteTeam');
  const row = team.joined ? sharedRow(team.rows, noteId) : null;
  if (!row) return null;
  return (
    <p className="note-card-meta note-card-team muted" data-testid="note-row-team">
      <span className="note-shared-marker">{t('sharedMarker')}</span>
      {' · '}
      {row.createdBy ? t('rowAuthor', { author: row.createdBy }) : t('rowNotSent')}
      {row.conflict && <> · {t('rowConflict')}</>}
    </p>
  );
}
