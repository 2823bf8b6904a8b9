import { useEffect } from 'react';

/**
 * Sets the browser tab's title while the component is shown.
 * @param title - the page's own title, or null for just the product name
 */
export function useDocumentTitle(title: string | null): void {
  useEffect(() => {
    document.title = title ? `${title} · Daylight` : 'Daylight';
  }, [title]);
}
