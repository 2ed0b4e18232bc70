import { useEffect } from 'react';

/** Sets the window title to "<page> – Samspil", so the page is named in the task bar and by AT. */
export function useDocumentTitle(title: string | null): void {
  useEffect(() => {
    document.title = title ? `${title} – Samspil` : 'Samspil';
  }, [title]);
}
