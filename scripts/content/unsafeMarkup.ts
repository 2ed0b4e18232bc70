// Bundled content is trusted and rendered without sanitising, so the build refuses the few things
// that would run code: raw <script>-like elements, inline event handlers and script URLs.
import type { Token } from 'marked';
import { walkTokens } from '../../shared/content/markdown';

const DANGEROUS_ELEMENT = /<\s*\/?\s*(script|iframe|object|embed|style|link|meta|base|form)\b/i;
const EVENT_HANDLER = /<[^>]*\son[a-z]+\s*=/i;
const SCRIPT_URL = /^\s*(javascript|vbscript|data):/i;
const SCRIPT_URL_IN_HTML =
  /(href|src|action|formaction)\s*=\s*["']?\s*(javascript|vbscript|data):/i;

/** What is unsafe in the tokens, with the raw Markdown that carries it. */
export function findUnsafeMarkup(tokens: readonly Token[]): { raw: string; problem: string }[] {
  const found: { raw: string; problem: string }[] = [];
  for (const token of walkTokens(tokens)) {
    if (token.type === 'html') {
      const raw = token.raw as string;
      const element = DANGEROUS_ELEMENT.exec(raw);
      if (element)
        found.push({ raw, problem: `rå HTML-elementet <${element[1]}> er ikke tilladt` });
      else if (EVENT_HANDLER.test(raw)) {
        found.push({ raw, problem: 'rå HTML med event-handler (on…=) er ikke tilladt' });
      } else if (SCRIPT_URL_IN_HTML.test(raw)) {
        found.push({ raw, problem: 'rå HTML med script-adresse er ikke tilladt' });
      }
    } else if (
      (token.type === 'link' || token.type === 'image') &&
      SCRIPT_URL.test(token.href as string)
    ) {
      found.push({
        raw: token.raw as string,
        problem: `linkadressen "${token.href as string}" er ikke tilladt`,
      });
    }
  }
  return found;
}
