// An error as text in the interface language: an ApiError's issues through the translated issue
// texts (shared/errors), anything else by its message.
import { useCallback } from 'react';
import { ApiError, type Language } from '../../shared/api';
import { describeIssues } from '../../shared/errors/describeIssues';
import { useLanguage } from '../i18n';
import { catalogues } from '../i18n/translate';

export function errorText(error: unknown, language: Language): string {
  if (error instanceof ApiError) return describeIssues(error.issues, catalogues[language].errors);
  return error instanceof Error ? error.message : String(error);
}

/** `errorText` bound to the current interface language. */
export function useErrorText(): (error: unknown) => string {
  const { language } = useLanguage();
  return useCallback((error: unknown) => errorText(error, language), [language]);
}
