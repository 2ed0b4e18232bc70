// The notes with a share box each (one by one), "Del alle" / "Gør alle private" (in bulk), and
// who changed a shared note last.
import { useEffect, useState } from 'react';
import type { TeamAuthorship } from '../../../shared/team/types';
import type { Note } from '../../../shared/notes/types';
import { call } from '../../api/client';
import { useLanguage, useT } from '../../i18n';
import { formatDateTime } from '../notes/formatDate';
import { NOTES_CHANGED } from '../notes/notesChanged';
import { announceTeamStatus } from './teamSync';

export function TeamShareList() {
  const t = useT('team');
  const { language } = useLanguage();
  const [notes, setNotes] = useState<Note[]>([]);
  const [authors, setAuthors] = useState<Map<string, TeamAuthorship>>(new Map());
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    let current = true;
    void Promise.all([call('notes.list', {}), call('team.authorship', { kind: 'note' })]).then(
      ([list, rows]) => {
        if (!current) return;
        setNotes(list);
        setAuthors(new Map(rows.map((r) => [r.localId, r])));
      },
    );
    const reload = () => setGeneration((g) => g + 1);
    window.addEventListener(NOTES_CHANGED, reload);
    return () => {
      current = false;
      window.removeEventListener(NOTES_CHANGED, reload);
    };
  }, [generation]);

  const share = async (ids: string[], shared: boolean) => {
    if (ids.length === 0) return;
    await call('team.setShared', { kind: 'note', ids, shared });
    announceTeamStatus(await call('team.status', {}));
    setGeneration((g) => g + 1);
  };

  return (
    <fieldset className="team-share">
      <legend>{t('shareHeading')}</legend>
      <p className="muted">{t('shareHelp')}</p>
      {notes.length === 0 && <p className="muted">{t('noNotes')}</p>}
      {notes.length > 0 && (
        <div className="button-row">
          <button
            type="button"
            className="button"
            onClick={() =>
              void share(
                notes.map((n) => n.id),
                true,
              )
            }
          >
            {t('shareAll')}
          </button>
          <button
            type="button"
            className="button"
            onClick={() =>
              void share(
                notes.map((n) => n.id),
                false,
              )
            }
          >
            {t('shareNone')}
          </button>
        </div>
      )}
      <ul className="team-share-list">
        {notes.map((note) => {
          const row = authors.get(note.id);
          return (
            <li key={note.id}>
              <label className="checkbox">
                <input
                  type="checkbox"
                  checked={row?.shared === true}
                  aria-label={t('shareNote', { title: note.title })}
                  onChange={(e) => void share([note.id], e.target.checked)}
                />
                <span lang="da">{note.title}</span>
              </label>
              {row?.shared && row.author && row.changedAt && (
                <span className="muted" data-testid="team-author">
                  {' — '}
                  {t('sharedBy', {
                    author: row.author,
                    time: formatDateTime(row.changedAt, language),
                  })}
                </span>
              )}
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
