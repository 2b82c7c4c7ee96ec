import { Link, Paragraph } from '@digdir/designsystemet-react';
import { Link as RouterLink, useParams } from 'react-router';
import { Page } from '../../../components/page.tsx';
import { useT } from '../../../lib/i18n.ts';
import { useMunicipality } from '../../../lib/municipality.ts';
import { BodiesAdmin } from './bodies-admin.tsx';
import { PeopleAdmin } from './people-admin.tsx';
import { TermsAdmin } from './terms-admin.tsx';
import { ManagersOnly } from './managers-only.tsx';

function OrganisationAdminContent() {
  const t = useT();
  const slug = useParams().slug ?? '';
  const municipality = useMunicipality(slug);
  const { jurisdiction } = municipality;
  return (
    <Page
      title={[t('web.nav.organisation_admin'), municipality.name]}
      heading={t('web.org.admin.heading', { name: municipality.name })}
    >
      <Paragraph>{t('web.org.admin.lead')}</Paragraph>
      <Paragraph>
        <Link asChild>
          <RouterLink to={`/m/${slug}/organisation`}>{t('web.org.admin.public_link')}</RouterLink>
        </Link>
      </Paragraph>
      <TermsAdmin slug={slug} jurisdiction={jurisdiction} />
      <BodiesAdmin slug={slug} jurisdiction={jurisdiction} />
      <PeopleAdmin slug={slug} />
    </Page>
  );
}

/** Administrators and secretaries: terms of office, bodies and people. */
export function OrganisationAdminPage() {
  const slug = useParams().slug ?? '';
  return (
    <ManagersOnly slug={slug}>
      <OrganisationAdminContent />
    </ManagersOnly>
  );
}
