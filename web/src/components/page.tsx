import { Heading } from '@digdir/designsystemet-react';
import { useEffect, type ReactNode } from 'react';

export const PAGE_HEADING_ID = 'page-heading';

/**
 * Navigation state for a new address that is not a new page, such as a filter changed in place:
 * focus stays on the control (WCAG 3.2.2) instead of moving to the h1.
 */
export const KEEP_FOCUS = { keepFocus: true } as const;

export function keepsFocus(state: unknown): boolean {
  return typeof state === 'object' && state !== null && 'keepFocus' in state && state.keepFocus === true;
}

/**
 * Sets the document title (most specific part first, then "Samspel") and renders the page's one
 * h1, which the layout focuses after each navigation.
 */
export function Page({
  title,
  heading,
  lead,
  children,
}: {
  title: string[];
  heading: ReactNode;
  lead?: ReactNode;
  children?: ReactNode;
}) {
  const documentTitle = [...title, 'Samspel'].join(' – ');
  useEffect(() => {
    document.title = documentTitle;
  }, [documentTitle]);
  return (
    <>
      <Heading level={1} data-size="lg" id={PAGE_HEADING_ID} tabIndex={-1} className="page-heading">
        {heading}
      </Heading>
      {lead}
      {children}
    </>
  );
}
