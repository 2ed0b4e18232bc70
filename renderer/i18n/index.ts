export { I18nProvider, useLanguage, useT } from './I18nProvider';
export type { MessageKey, Messages, Namespace } from './messages';
export type { ScopedTranslate, Translate, TranslateVars } from './translate';
