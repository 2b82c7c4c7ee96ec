import { Card, Heading, Link, List, Paragraph } from '@digdir/designsystemet-react';
import { useSuspenseQuery } from '@tanstack/react-query';
import { Link as RouterLink, useParams } from 'react-router';
import { Page } from '../../../components/page.tsx';
import type { Overview } from '../../../lib/api-types.ts';
import { useFormat, useT } from '../../../lib/i18n.ts';
import { isRole, type Role } from '../../../lib/roles.ts';
import { overviewQuery } from '../api/municipalities.queries.ts';

type Counts = NonNullable<Overview['counts']>;

function AdministrationSection({ slug, counts }: { slug: string; counts: Counts }) {
  const t = useT();
  const format = useFormat();
  return (
    <Card variant="tinted" asChild>
      <section>
        <Heading level={2} data-size="sm" id="home-administration">
          {t('web.home.administration')}
        </Heading>
        <Paragraph>{t('web.role_description.administrator')}</Paragraph>
        <dl className="facts">
          <div>
            <dt>{t('web.home.count_users')}</dt>
            <dd>{format.number(counts.users)}</dd>
          </div>
          <div>
            <dt>{t('web.home.count_administrators')}</dt>
            <dd>{format.number(counts.administrators)}</dd>
          </div>
          <div>
            <dt>{t('web.home.count_audit_entries')}</dt>
            <dd>{format.number(counts.auditEntries)}</dd>
          </div>
        </dl>
        <List.Unordered>
          <List.Item>
            <Link asChild>
              <RouterLink to={`/m/${slug}/admin/users`}>{t('web.nav.users')}</RouterLink>
            </Link>
          </List.Item>
          <List.Item>
            <Link asChild>
              <RouterLink to={`/m/${slug}/admin/audit`}>{t('web.nav.audit')}</RouterLink>
            </Link>
          </List.Item>
          <List.Item>
            <Link asChild>
              <RouterLink to={`/m/${slug}/admin/sign-in-services`}>
                {t('web.nav.sign_in_services')}
              </RouterLink>
            </Link>
          </List.Item>
        </List.Unordered>
      </section>
    </Card>
  );
}

/** A role whose tools arrive in later releases: what the person will do here. */
function RoleSection({ role }: { role: Exclude<Role, 'administrator'> }) {
  const t = useT();
  const id = `home-role-${role}`;
  return (
    <Card variant="tinted" asChild>
      <section>
        <Heading level={2} data-size="sm" id={id}>
          {t(`role.${role}`)}
        </Heading>
        <Paragraph>{t(`web.role_description.${role}`)}</Paragraph>
      </section>
    </Card>
  );
}

/** The signed-in start page: the caller's roles in the municipality and a section for each. */
export function HomePage() {
  const t = useT();
  const slug = useParams().slug ?? '';
  const { data: overview } = useSuspenseQuery(overviewQuery(slug));
  const { municipality } = overview;
  const roles = overview.roles.filter(isRole);
  return (
    <Page
      title={[t('web.home.title'), municipality.name]}
      heading={t('web.home.heading', { name: municipality.name })}
    >
      <section>
        <Heading level={2} data-size="sm" id="home-roles">
          {t('web.home.your_roles')}
        </Heading>
        <List.Unordered>
          {roles.map((role) => (
            <List.Item key={role}>{t(`role.${role}`)}</List.Item>
          ))}
        </List.Unordered>
      </section>
      <div className="card-grid">
        {overview.counts && <AdministrationSection slug={slug} counts={overview.counts} />}
        {roles.map((role) => (role === 'administrator' ? null : <RoleSection key={role} role={role} />))}
        <Card variant="tinted" asChild>
          <section>
            <Heading level={2} data-size="sm" id="home-tokens">
              {t('web.nav.tokens')}
            </Heading>
            <Paragraph>{t('web.home.tokens_description')}</Paragraph>
            <Paragraph>
              <Link asChild>
                <RouterLink to={`/m/${slug}/tokens`}>{t('web.home.tokens_link')}</RouterLink>
              </Link>
            </Paragraph>
          </section>
        </Card>
      </div>
    </Page>
  );
}
