// Splits a partnership body into its sections at the `## ` headings (tokens, not lines, so a
// `## ` inside a code block or a deeper heading never starts a section).
import type { Token, Tokens } from 'marked';
import { lex, render } from './markdown';
import { tokensToPlainText } from './plainText';
import { asciiSlug } from './slug';

interface SplitSection {
  heading: string;
  slug: string;
  html: string;
  text: string;
}

export interface SplitBody {
  /** Whatever stands before the first `## ` heading (usually nothing). */
  intro: { html: string; text: string };
  sections: SplitSection[];
}

export function splitSections(markdown: string): SplitBody {
  const groups: { heading: Tokens.Heading | null; tokens: Token[] }[] = [
    { heading: null, tokens: [] },
  ];
  for (const token of lex(markdown)) {
    if (token.type === 'heading' && (token as Tokens.Heading).depth === 2) {
      groups.push({ heading: token as Tokens.Heading, tokens: [] });
    } else {
      (groups[groups.length - 1] as (typeof groups)[number]).tokens.push(token);
    }
  }
  const [intro, ...rest] = groups;
  return {
    intro: { html: render(intro?.tokens ?? []), text: tokensToPlainText(intro?.tokens ?? []) },
    sections: rest.map(({ heading, tokens }) => {
      const title = tokensToPlainText([heading as Tokens.Heading]);
      return {
        heading: title,
        slug: asciiSlug(title),
        html: render(tokens),
        text: tokensToPlainText(tokens),
      };
    }),
  };
}
