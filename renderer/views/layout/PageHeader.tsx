// The heading block every view starts with: an optional kicker, the one h1, and a lead paragraph.
import type { ReactNode } from 'react';
import { useDocumentTitle } from './useDocumentTitle';

interface PageHeaderProps {
  title: string;
  kicker?: ReactNode;
  lead?: ReactNode;
  children?: ReactNode;
  /** The language of title and lead when they are content (always Danish), not interface text. */
  lang?: string;
}

export function PageHeader({ title, kicker, lead, children, lang }: PageHeaderProps) {
  useDocumentTitle(title);
  return (
    <header className="page-header">
      {kicker && <span className="page-kicker">{kicker}</span>}
      <h1 lang={lang}>{title}</h1>
      {lead && (
        <p className="lead" lang={lang}>
          {lead}
        </p>
      )}
      {children}
    </header>
  );
}
