import { Paragraph, Spinner } from '@digdir/designsystemet-react';
import { useT } from '../lib/i18n.ts';

/** A visible, announced loading state for a part of a page. */
export function Loading() {
  const t = useT();
  return (
    <Paragraph role="status" className="loading">
      <Spinner aria-hidden="true" data-size="sm" /> {t('web.loading')}
    </Paragraph>
  );
}
