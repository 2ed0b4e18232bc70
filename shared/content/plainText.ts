// Markdown → plain text for snippets, search and exports: the words without the syntax. Blocks are
// separated by a blank line, list items and table rows by a line break, table cells by " – ".
import type { Token, Tokens } from 'marked';
import { lex } from './markdown';

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  shy: '',
  ndash: '–',
  mdash: '—',
  hellip: '…',
};

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (match, name: string) => {
    if (name[0] === '#') {
      const code =
        name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff
        ? String.fromCodePoint(code)
        : match;
    }
    return NAMED_ENTITIES[name.toLowerCase()] ?? match;
  });
}

function inlineText(tokens: readonly Token[] | undefined): string {
  if (!tokens) return '';
  return tokens
    .map((token) => {
      switch (token.type) {
        case 'html':
          return '';
        case 'br':
          return '\n';
        case 'image':
          return token.text as string;
        case 'escape':
          return token.text as string;
        default:
          if ('tokens' in token && Array.isArray(token.tokens))
            return inlineText(token.tokens as Token[]);
          // A soft line break inside a paragraph is a space in running text.
          return decodeEntities('text' in token ? String(token.text) : '').replace(
            /[ \t]*\n[ \t]*/g,
            ' ',
          );
      }
    })
    .join('');
}

function blockText(token: Token): string {
  switch (token.type) {
    case 'space':
    case 'hr':
    case 'def':
      return '';
    case 'html':
      return '';
    case 'code':
      return token.text as string;
    case 'list':
      return (token as Tokens.List).items.map((item) => blocksText(item.tokens, '\n')).join('\n');
    case 'blockquote':
      return blocksText((token as Tokens.Blockquote).tokens, '\n\n');
    case 'table': {
      const table = token as Tokens.Table;
      const row = (cells: Tokens.TableCell[]): string =>
        cells.map((cell) => inlineText(cell.tokens).trim()).join(' – ');
      return [row(table.header), ...table.rows.map(row)].join('\n');
    }
    case 'text':
      // A block-level text token (tight list item) carries inline tokens, or none.
      return 'tokens' in token && Array.isArray(token.tokens)
        ? inlineText(token.tokens as Token[])
        : decodeEntities(token.text as string);
    default:
      return 'tokens' in token && Array.isArray(token.tokens)
        ? inlineText(token.tokens as Token[])
        : '';
  }
}

function blocksText(tokens: readonly Token[], separator: string): string {
  return tokens
    .map(blockText)
    .map((text) => text.trim())
    .filter((text) => text !== '')
    .join(separator);
}

/** Plain text of already lexed Markdown tokens. */
export function tokensToPlainText(tokens: readonly Token[]): string {
  return blocksText(tokens, '\n\n');
}

export function markdownToPlainText(markdown: string): string {
  return tokensToPlainText(lex(markdown));
}
