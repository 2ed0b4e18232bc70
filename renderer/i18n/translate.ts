// Looks up a text by `namespace.key` and fills `{name}` placeholders. Pure, so it is unit-tested.
import type { Language } from '../../shared/api';
import { da, en, type MessageKey, type Messages } from './messages';

export type TranslateVars = Record<string, string | number>;
export type Translate = (key: MessageKey, vars?: TranslateVars) => string;

const catalogues: Record<Language, Messages> = { da, en };

export function interpolate(template: string, vars: TranslateVars = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in vars ? String(vars[name]) : whole,
  );
}

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
