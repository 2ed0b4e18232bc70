// The translation key of each handout item kind's name.
import type { HandoutItemKind } from '../../shared/handout/types';
import type { MessageKey } from '../i18n/messages';

export const KIND_KEY: Record<HandoutItemKind, MessageKey> = {
  quote: 'handout.kindQuote',
  factor: 'handout.kindFactor',
  lesson: 'handout.kindLesson',
  section: 'handout.kindSection',
  note: 'handout.kindNote',
};
