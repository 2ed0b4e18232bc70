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

/**
 * With a numeric `count`, a key's plural form is used where the catalogue has one
 * (`savedItems_one` beside `savedItems`), chosen by `Intl.PluralRules` for the language.
 */
export function translator(language: Language): Translate {
  const messages = catalogues[language];
  const rules = new Intl.PluralRules(language);
  return (key, vars) => {
    const count = vars?.count;
    if (typeof count === 'number') {
      const form = `${key}_${rules.select(count)}` as MessageKey;
      const text = lookup(messages, form);
      if (text !== form) return interpolate(text, vars);
    }
    return interpolate(lookup(messages, key), vars);
  };
}

/** A translator scoped to one namespace: `t('navHome')` instead of `t('common.navHome')`. */
export type ScopedTranslate<N extends keyof Messages> = (
  key: Extract<keyof Messages[N], string>,
  vars?: TranslateVars,
) => string;

export function scoped<N extends keyof Messages>(t: Translate, namespace: N): ScopedTranslate<N> {
  return (key, vars) => t(`${namespace}.${key}` as MessageKey, vars);
}
