// Shows user Markdown (notes, handout comments) sanitised; clicks on its links go to the system
// browser through `app.openExternal` and never navigate the app window.
import type { MouseEvent } from 'react';
import { useMemo } from 'react';
import { call } from '../api/client';
import { externalLinkOf, renderSafeMarkdown } from './purifyMarkdown';
import './markdownBody.css';

export interface SafeMarkdownProps {
  markdown: string;
  className?: string;
  /** Accessible label when the rendered text stands alone (e.g. a live preview region). */
  label?: string;
}

export function openMarkdownLink(event: MouseEvent<HTMLElement>): void {
  const anchor = event.target instanceof Element ? event.target.closest('a') : null;
  if (!anchor || !event.currentTarget.contains(anchor)) return;
  event.preventDefault();
  const url = externalLinkOf(anchor);
  if (url) void call('app.openExternal', { url }).catch(() => undefined);
}

export function SafeMarkdown({ markdown, className, label }: SafeMarkdownProps) {
  const html = useMemo(() => renderSafeMarkdown(markdown), [markdown]);
  return (
    <div
      className={['markdown-body', className ?? ''].join(' ').trim()}
      aria-label={label}
      role={label ? 'region' : undefined}
      onClick={openMarkdownLink}
      // The HTML comes from renderSafeMarkdown: marked, then DOMPurify.
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
