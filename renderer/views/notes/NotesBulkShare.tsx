// "Del med teamet" and "Gør private" for the selected notes, shown in the bulk bar while the user
// has joined a team library; each can be undone from the bar's message like the other actions.
import type { Note } from '../../../shared/notes/types';
import { useT } from '../../i18n';
import { shareNotes } from './noteShareActions';
import type { NoteTeam } from './useNoteTeam';

export interface BulkMessage {
  text: string;
  error?: boolean;
  undo?: () => Promise<void>;
}

export function NotesBulkShare(props: {
  team: NoteTeam;
  selected: Note[];
  run: (action: () => Promise<BulkMessage>) => Promise<void>;
}) {
  const { team, selected, run } = props;
  const t = useT('noteTeam');
  if (!team.joined) return null;
  const act = (shared: boolean) =>
    void run(async () => {
      const outcome = await shareNotes(selected, shared, team.rows, team.setShared);
      const text = shared ? 'bulkShared' : 'bulkMadePrivate';
      return { text: t(text, { count: outcome.count }), undo: outcome.undo };
    });
  return (
    <>
      <button
        type="button"
        className="button"
        disabled={selected.length === 0}
        onClick={() => act(true)}
      >
        {t('bulkShare')}
      </button>
      <button
        type="button"
        className="button"
        disabled={selected.length === 0}
        onClick={() => act(false)}
      >
        {t('bulkPrivate')}
      </button>
    </>
  );
}
