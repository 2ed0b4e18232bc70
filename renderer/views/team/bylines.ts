// The lines that say who wrote a shared item: "Delt · senest ændret af Bo Lind, …" for a handout,
// "Note af Anne Holm, senest ændret …" for a note a handout cites.
import type { TeamAuthorship } from '../../../shared/team/types';
import type { Language } from '../../../shared/api';
import type { ScopedTranslate } from '../../i18n';
import { formatDateTime } from '../notes/formatDate';

type T = ScopedTranslate<'teamHandouts'>;

export function sharedLine(row: TeamAuthorship, t: T, language: Language): string {
  if (!row.author || !row.changedAt) return t('sharedPending');
  const time = formatDateTime(row.changedAt, language);
  return row.createdBy && row.createdBy !== row.author
    ? t('sharedCreatedChanged', { createdBy: row.createdBy, author: row.author, time })
    : t('sharedChanged', { author: row.author, time });
}

/** Only for a note that is shared and has reached the folder: a private note has no byline. */
export function noteByline(
  row: TeamAuthorship | undefined,
  t: T,
  language: Language,
): string | undefined {
  if (!row?.shared || !row.author) return undefined;
  const author = row.createdBy || row.author;
  if (!row.changedAt) return t('noteBy', { author });
  const time = formatDateTime(row.changedAt, language);
  return row.author === author
    ? t('noteChanged', { author, time })
    : t('noteChangedBy', { author, changedBy: row.author, time });
}
