// Dates as the interface language writes them ("26. nov. 2026, 14.05" / "26 Nov 2026, 14:05").
import type { Language } from '../../../shared/api';

const LOCALE: Record<Language, string> = { da: 'da-DK', en: 'en-GB' };

export function formatDateTime(iso: string, language: Language): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(LOCALE[language], {
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(date);
}

/** A calendar date (YYYY-MM-DD) without time-zone shifts. */
export function formatDay(day: string, language: Language): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return day;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return new Intl.DateTimeFormat(LOCALE[language], { dateStyle: 'long', timeZone: 'UTC' }).format(
    date,
  );
}

export function formatTime(date: Date, language: Language): string {
  return new Intl.DateTimeFormat(LOCALE[language], { timeStyle: 'short' }).format(date);
}

/** A moment as a date and a time of day apart, for "… 1. dec. 2026 kl. 14.02". */
export function formatDateParts(iso: string, language: Language): { date: string; time: string } {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return { date: iso, time: '' };
  return {
    date: new Intl.DateTimeFormat(LOCALE[language], { dateStyle: 'medium' }).format(date),
    time: formatTime(date, language),
  };
}
