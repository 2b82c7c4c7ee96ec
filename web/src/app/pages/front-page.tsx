import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { Link as RouterLink } from 'react-router';
import { Page } from '../../components/page.tsx';
import { DemoAccounts } from '../../features/demo/components/demo-accounts.tsx';
import { MunicipalityList } from '../../features/municipalities/components/municipality-list.tsx';
import { useT } from '../../lib/i18n.ts';
import { useSession } from '../../lib/session.ts';

export function FrontPage() {
  const t = useT();
  const session = useSession();
  return (
    <Page title={[t('web.front.title')]} heading={t('web.front.heading')}>
      <Paragraph data-size="lg">{t('web.front.lead')}</Paragraph>
      {!session.user && (
        <div className="button-row">
          <Button asChild>
            <RouterLink to="/sign-in">{t('web.header.sign_in')}</RouterLink>
          </Button>
        </div>
      )}
      <section className="section">
        <Heading level={2} data-size="md" id="front-municipalities">
          {t('web.front.municipalities')}
        </Heading>
        <MunicipalityList />
      </section>
      <DemoAccounts />
    </Page>
  );
}
