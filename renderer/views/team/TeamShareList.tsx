// Indstillinger → Teambibliotek: the notes and the handouts, each with a share box (one by one),
// "Del alle" / "Gør alle private" (in bulk), and who changed a shared item last.
import { useEffect, useState } from 'react';
import type { TeamItemKind } from '../../../shared/team/types';
import { call } from '../../api/client';
import { useLanguage, useT } from '../../i18n';
import { formatDateTime } from '../notes/formatDate';
import { NOTES_CHANGED } from '../notes/notesChanged';
import { useTeamStatus } from './teamSync';
import { useAuthorship } from './useAuthorship';

interface Shareable {
  id: string;
  title: string;
}

interface GroupTexts {
  heading: string;
  help: string;
  none: string;
  shareAll: string;
  shareNone: string;
  shareOne(title: string): string;
}

/** Notes and handouts, reloaded when notes change here and after every sync. */
function useShareables(kind: TeamItemKind): Shareable[] {
  const status = useTeamStatus();
  const [items, setItems] = useState<Shareable[]>([]);
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    let current = true;
    const list = kind === 'note' ? call('notes.list', {}) : call('handouts.list', {});
    void list.then((rows) => current && setItems(rows.map(({ id, title }) => ({ id, title }))));
    const reload = () => setGeneration((g) => g + 1);
    window.addEventListener(NOTES_CHANGED, reload);
    return () => {
      current = false;
      window.removeEventListener(NOTES_CHANGED, reload);
    };
  }, [kind, generation, status]);
  return items;
}

function ShareGroup({ kind, texts }: { kind: TeamItemKind; texts: GroupTexts }) {
  const t = useT('team');
  const { language } = useLanguage();
  const items = useShareables(kind);
  const { byId, setShared } = useAuthorship(kind);
  const all = items.map((i) => i.id);
  return (
    <fieldset className="team-share" data-testid={`team-share-${kind}`}>
      <legend>{texts.heading}</legend>
      <p className="muted">{texts.help}</p>
      {items.length === 0 && <p className="muted">{texts.none}</p>}
      {items.length > 0 && (
        <div className="button-row">
          <button type="button" className="button" onClick={() => void setShared(all, true)}>
            {texts.shareAll}
          </button>
          <button type="button" className="button" onClick={() => void setShared(all, false)}>
            {texts.shareNone}
          </button>
        </div>
      )}
      <ul className="team-share-list">
        {items.map((item) => {
          const row = byId.get(item.id);
          return (
            <li key={item.id}>
              <label className="checkbox">
                <input
                  type="checkbox"
                  checked={row?.shared === true}
                  aria-label={texts.shareOne(item.title)}
                  onChange={(e) => void setShared([item.id], e.target.checked)}
                />
                <span lang="da">{item.title}</span>
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

export function TeamShareList() {
  const t = useT('team');
  const th = useT('teamHandouts');
  return (
    <>
      <ShareGroup
        kind="note"
        texts={{
          heading: t('shareHeading'),
          help: t('shareHelp'),
          none: t('noNotes'),
          shareAll: t('shareAll'),
          shareNone: t('shareNone'),
          shareOne: (title) => t('shareNote', { title }),
        }}
      />
      <ShareGroup
        kind="handout"
        texts={{
          heading: th('listHeading'),
          help: th('listHelp'),
          none: th('noHandouts'),
          shareAll: th('listShareAll'),
          shareNone: th('listShareNone'),
          shareOne: (title) => th('listShareOne', { title }),
        }}
      />
    </>
  );
}
