// Bundled content's HTML, rendered by marked at build time from the curated (trusted) Markdown.
// Links inside it open in the system browser, never in the app window.
import { openMarkdownLink } from '../../markdown/SafeMarkdown';

export function ContentHtml({ html, className }: { html: string; className?: string }) {
  return (
    <div
      lang="da"
      className={['content-html', className ?? ''].join(' ').trim()}
      onClick={openMarkdownLink}
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
