import { Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { Form, Link as RouterLink, useParams } from 'react-router';
import { Page } from '../../../components/page.tsx';
import { useFormat, useT } from '../../../lib/i18n.ts';
import { useMunicipality } from '../../../lib/municipality.ts';
import { useMembership, useSession } from '../../../lib/session.ts';

/** The public start page of a municipality: who it is, and where to sign in. */
export function MunicipalityPage() {
  const t = useT();
  const format = useFormat();
  const slug = useParams().slug ?? '';
  const municipality = useMunicipality(slug);
  const membership = useMembership(slug);
  const signedIn = useSession().user !== null;
  return (
    <Page title={[municipality.name]} heading={municipality.name}>
      <Paragraph>{t('web.municipality.lead', { name: municipality.name })}</Paragraph>
      <dl className="facts">
        <div>
          <dt>{t('web.municipality.jurisdiction')}</dt>
          <dd>{t(`jurisdiction.${municipality.jurisdiction}`)}</dd>
        </div>
        <div>
          <dt>{t('web.municipality.code', { jurisdiction: municipality.jurisdiction })}</dt>
          <dd>{municipality.code}</dd>
        </div>
        <div>
          <dt>{t('web.municipality.population')}</dt>
          <dd>{format.number(municipality.population)}</dd>
        </div>
      </dl>
      <section className="section" aria-labelledby="municipality-matters">
        <Heading level={2} data-size="sm" id="municipality-matters">
          {t('web.public_matters.home_heading')}
        </Heading>
        <Paragraph>{t('web.public_matters.home_lead', { name: municipality.name })}</Paragraph>
        <Form method="get" action={`/m/${slug}/search`} role="search" className="search-form">
          <Textfield
            id="municipality-search"
            name="q"
            type="search"
            label={t('web.public_matters.query')}
            autoComplete="off"
            maxLength={200}
          />
          <Button type="submit" variant="secondary">
            {t('web.public_matters.submit')}
          </Button>
        </Form>
      </section>
      {membership ? (
        <div className="button-row">
          <Button asChild>
            <RouterLink to={`/m/${slug}/home`}>{t('web.municipality.go_home')}</RouterLink>
          </Button>
        </div>
      ) : signedIn ? null : (
        <div className="button-row">
          <Button asChild>
            <RouterLink to={`/sign-in?municipality=${encodeURIComponent(slug)}`}>
              {t('web.municipality.sign_in', { name: municipality.name })}
            </RouterLink>
          </Button>
        </div>
      )}
    </Page>
  );
}
