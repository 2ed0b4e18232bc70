// One marked instance for bundled content (GFM, no global configuration shared with other code).
import { Marked, type Token, type TokensList } from 'marked';

export const contentMarked = new Marked({ gfm: true });

export function lex(markdown: string): TokensList {
  return contentMarked.lexer(markdown);
}

export function render(tokens: Token[]): string {
  return contentMarked.parser(tokens);
}

/** Every token of a tree, depth first (block, inline, list items and table cells alike). */
export function* walkTokens(tokens: readonly Token[]): Generator<Token> {
  for (const token of tokens) {
    yield token;
    const children: Token[] = [];
    if ('tokens' in token && Array.isArray(token.tokens))
      children.push(...(token.tokens as Token[]));
    if (token.type === 'list') children.push(...(token.items as Token[]));
    if (token.type === 'table') {
      for (const cell of token.header as { tokens: Token[] }[]) children.push(...cell.tokens);
      for (const row of token.rows as { tokens: Token[] }[][]) {
        for (const cell of row) children.push(...cell.tokens);
      }
    }
    yield* walkTokens(children);
  }
}
