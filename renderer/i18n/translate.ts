// Looks up a text by `namespace.key` and fills `{name}` placeholders. Pure, so it is unit-tested.
import type { Language } from '../../shared/api';
import { interpolate, type TextParams } from '../../shared/interpolate';
import { da, en, type MessageKey, type Messages } from './messages';

export type TranslateVars = TextParams;
export type Translate = (key: MessageKey, vars?: TranslateVars) => string;

export const catalogues: Record<Language, Messages> = { da, en };

export { interpolate };

export function lookup(messages: Messages, key: MessageKey): string {
  const dot = key.indexOf('.');
  const namespace = key.slice(0, dot) as keyof Messages;
  const name = key.slice(dot + 1);
  const table = messages[namespace] as Record<string, string>;
  return table[name] ?? key;
}

export function translator(language: Language): Translate {
  const messages = catalogues[language];
  return (key, vars) => interpolate(lookup(messages, key), vars);
}

/** A translator scoped to one namespace: `t('navHome')` instead of `t('common.navHome')`. */
export type ScopedTranslate<N extends keyof Messages> = (
  key: Extract<keyof Messages[N], string>,
  vars?: TranslateVars,
) => string;

export function scoped<N extends keyof Messages>(t: Translate, namespace: N): ScopedTranslate<N> {
  return (key, vars) => t(`${namespace}.${key}` as MessageKey, vars);
}
