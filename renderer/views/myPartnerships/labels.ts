// Translation keys for the statuses and sectors of Mine partnerskaber.
import type { AssessmentStatus, Sector } from '../../../shared/partnerships/types';
import type { MessageKey } from '../../i18n';

export const STATUS_LABEL: Record<AssessmentStatus, MessageKey> = {
  styrke: 'myPartnerships.statusStrength',
  opmaerksomhed: 'myPartnerships.statusAttention',
  'ikke-relevant': 'myPartnerships.statusNotRelevant',
  'ikke-vurderet': 'myPartnerships.statusNotAssessed',
};

export const SECTOR_LABEL: Record<Sector, MessageKey> = {
  kommune: 'myPartnerships.sectorMunicipality',
  frivillig: 'myPartnerships.sectorVoluntary',
  virksomhed: 'myPartnerships.sectorBusiness',
  'uddannelse-kultur': 'myPartnerships.sectorEducationCulture',
};

/** Today as YYYY-MM-DD in the user's own time zone (the day they assess on). */
export function localToday(now: Date = new Date()): string {
  const offset = now.getTimezoneOffset() * 60_000;
  return new Date(now.getTime() - offset).toISOString().slice(0, 10);
}

/** The same day a year earlier (29 February becomes 28 February). */
export function aYearBefore(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y - 1, m - 1, d));
  if (date.getUTCMonth() !== m - 1) date.setUTCDate(0);
  return date.toISOString().slice(0, 10);
}
