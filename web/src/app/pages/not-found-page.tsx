import { Link, Paragraph } from '@digdir/designsystemet-react';
import { Link as RouterLink } from 'react-router';
import { Page } from '../../components/page.tsx';
import { useT } from '../../lib/i18n.ts';

export function NotFoundPage() {
  const t = useT();
  return (
    <Page title={[t('web.not_found.heading')]} heading={t('web.not_found.heading')}>
      <Paragraph>{t('web.not_found.body')}</Paragraph>
      <Paragraph>
        <Link asChild>
          <RouterLink to="/">{t('web.error.back_to_front')}</RouterLink>
        </Link>
      </Paragraph>
    </Page>
  );
}
