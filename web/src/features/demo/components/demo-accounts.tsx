import { Heading, Link, Paragraph, Table } from '@digdir/designsystemet-react';
import { useSuspenseQuery } from '@tanstack/react-query';
import { Link as RouterLink } from 'react-router';
import { useT } from '../../../lib/i18n.ts';
import { isRole } from '../../../lib/roles.ts';
import { demoAccountsQuery } from '../api/demo.queries.ts';

/** The demo sign-ins per municipality, shown on the front page while demo data exists. */
export function DemoAccounts() {
  const t = useT();
  const { data } = useSuspenseQuery(demoAccountsQuery);
  if (data.municipalities.length === 0) return null;
  return (
    <section className="section">
      <Heading level={2} data-size="md" id="demo-heading">
        {t('web.demo.heading')}
      </Heading>
      <Paragraph>
        {t('web.demo.password_intro')} <code className="secret">{data.password}</code>
      </Paragraph>
      {data.municipalities.map((municipality) => (
        <div key={municipality.slug} className="section">
          <Heading level={3} data-size="sm">
            {municipality.name}
          </Heading>
          <div className="table-scroll">
            <Table zebra border>
              <caption className="ds-sr-only">{t('web.demo.caption', { name: municipality.name })}</caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell scope="col">{t('web.field.name')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t('web.field.email')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t('web.field.roles')}</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {municipality.accounts.map((account) => (
                  <Table.Row key={account.email}>
                    <Table.Cell>{account.name}</Table.Cell>
                    <Table.Cell>{account.email}</Table.Cell>
                    <Table.Cell>
                      {account.roles
                        .filter(isRole)
                        .map((role) => t(`role.${role}`))
                        .join(', ')}
                    </Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </div>
          <Paragraph>
            <Link asChild>
              <RouterLink to={`/sign-in?municipality=${encodeURIComponent(municipality.slug)}`}>
                {t('web.demo.sign_in', { name: municipality.name })}
              </RouterLink>
            </Link>
          </Paragraph>
        </div>
      ))}
    </section>
  );
}
