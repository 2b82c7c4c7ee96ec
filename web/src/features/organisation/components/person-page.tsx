import { Heading, Link, List, Paragraph, Table } from '@digdir/designsystemet-react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link as RouterLink, useParams } from 'react-router';
import { Loading } from '../../../components/loading.tsx';
import { Page } from '../../../components/page.tsx';
import { TableScroll } from '../../../components/table-scroll.tsx';
import { useFormat, useLocale, useT } from '../../../lib/i18n.ts';
import { useMunicipality } from '../../../lib/municipality.ts';
import { personPageQuery } from '../api/organisation.queries.ts';
import { kindLabel, positionLabel, roleLabel } from './labels.ts';
import { today } from '../../../lib/dates.ts';
import { RoleDescriptionText } from './role-description-text.tsx';

/**
 * Public: a person's roles now and over time, their positions in the administration, and what
 * their roles decide and leave to others. Contact details only as far as they may be shown.
 */
export function PersonPage() {
  const t = useT();
  const format = useFormat();
  const locale = useLocale();
  const { slug = '', personId = '' } = useParams();
  const municipality = useMunicipality(slug);
  const { jurisdiction } = municipality;
  // The route's loader has fetched the page; after a change of language the texts are fetched
  // again, and the page in the previous language stays until they arrive.
  const { data: page } = useQuery({
    ...personPageQuery(slug, personId, locale),
    placeholderData: keepPreviousData,
  });
  if (!page) return <Loading />;
  const { person } = page;
  const day = today();
  const activeMemberships = page.memberships.filter((m) => m.isActive);
  const activePositions = page.positions.filter(
    (p) => p.startsOn <= day && (p.endsOn === null || p.endsOn >= day),
  );
  const memberships = [...page.memberships].sort((a, b) => b.startsOn.localeCompare(a.startsOn));

  return (
    <Page
      title={[person.name, municipality.name]}
      heading={person.name}
      lead={person.party ? <Paragraph data-size="lg">{person.party}</Paragraph> : undefined}
    >
      {(person.email || person.phone) && (
        <section className="section" aria-labelledby="person-contact">
          <Heading level={2} data-size="sm" id="person-contact">
            {t('web.org.person.contact')}
          </Heading>
          <dl className="facts facts--small">
            {person.email && (
              <div>
                <dt>{t('web.field.email')}</dt>
                <dd>
                  <Link href={`mailto:${person.email}`}>{person.email}</Link>
                </dd>
              </div>
            )}
            {person.phone && (
              <div>
                <dt>{t('web.org.phone')}</dt>
                <dd>
                  <Link href={`tel:${person.phone.replace(/\s+/g, '')}`}>{person.phone}</Link>
                </dd>
              </div>
            )}
          </dl>
        </section>
      )}

      <section className="section" aria-labelledby="person-roles">
        <Heading level={2} data-size="md" id="person-roles">
          {t('web.org.person.current_roles')}
        </Heading>
        {activeMemberships.length + activePositions.length === 0 ? (
          <Paragraph>{t('web.org.person.no_current_roles')}</Paragraph>
        ) : (
          <List.Unordered aria-labelledby="person-roles">
            {activeMemberships.map((m) => (
              <List.Item key={m.membershipId}>
                {roleLabel(t, m.role, jurisdiction)},{' '}
                <Link asChild>
                  <RouterLink to={`/m/${slug}/bodies/${m.body.id}`}>{m.body.name}</RouterLink>
                </Link>
              </List.Item>
            ))}
            {activePositions.map((p) => (
              <List.Item key={p.id}>
                {p.title}
                {p.unitId && p.unitName && (
                  <>
                    ,{' '}
                    <Link asChild>
                      <RouterLink to={`/m/${slug}/bodies/${p.unitId}`}>{p.unitName}</RouterLink>
                    </Link>
                  </>
                )}
              </List.Item>
            ))}
          </List.Unordered>
        )}
      </section>

      <section className="section" aria-labelledby="person-memberships">
        <Heading level={2} data-size="md" id="person-memberships">
          {t('web.org.person.memberships')}
        </Heading>
        {memberships.length === 0 ? (
          <Paragraph>{t('web.org.none')}</Paragraph>
        ) : (
          <TableScroll label={t('web.org.person.memberships_caption', { name: person.name })}>
            <Table zebra border>
              <caption className="ds-sr-only">
                {t('web.org.person.memberships_caption', { name: person.name })}
              </caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell scope="col">{t('web.org.body')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t('web.org.term', { jurisdiction })}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t('web.org.role')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t('web.org.list')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t('web.org.from')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t('web.org.to')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t('web.org.active')}</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {memberships.map((m) => (
                  <Table.Row key={m.membershipId}>
                    <Table.HeaderCell scope="row">
                      <Link asChild>
                        <RouterLink to={`/m/${slug}/bodies/${m.body.id}`}>{m.body.name}</RouterLink>
                      </Link>
                      <br />
                      <span className="muted">{kindLabel(t, m.body.kind, jurisdiction)}</span>
                    </Table.HeaderCell>
                    <Table.Cell>{m.termName ?? '–'}</Table.Cell>
                    <Table.Cell>{roleLabel(t, m.role, jurisdiction)}</Table.Cell>
                    <Table.Cell>{m.listName ?? '–'}</Table.Cell>
                    <Table.Cell>{format.day(m.startsOn)}</Table.Cell>
                    <Table.Cell>{m.endsOn ? format.day(m.endsOn) : '–'}</Table.Cell>
                    <Table.Cell>{m.isActive ? t('web.org.yes') : t('web.org.no')}</Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </TableScroll>
        )}
      </section>

      {page.positions.length > 0 && (
        <section className="section" aria-labelledby="person-positions">
          <Heading level={2} data-size="md" id="person-positions">
            {t('web.org.person.positions')}
          </Heading>
          <TableScroll label={t('web.org.person.positions_caption', { name: person.name })}>
            <Table zebra border>
              <caption className="ds-sr-only">
                {t('web.org.person.positions_caption', { name: person.name })}
              </caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell scope="col">{t('web.org.title')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t('web.org.position_kind')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t('web.org.unit')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t('web.org.from')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t('web.org.to')}</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {page.positions.map((p) => (
                  <Table.Row key={p.id}>
                    <Table.HeaderCell scope="row">{p.title}</Table.HeaderCell>
                    <Table.Cell>{positionLabel(t, p.kind, jurisdiction)}</Table.Cell>
                    <Table.Cell>{p.unitName ?? '–'}</Table.Cell>
                    <Table.Cell>{format.day(p.startsOn)}</Table.Cell>
                    <Table.Cell>{p.endsOn ? format.day(p.endsOn) : '–'}</Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </TableScroll>
        </section>
      )}

      {page.roleDescriptions.length > 0 && (
        <section className="section" aria-labelledby="person-role-descriptions">
          <Heading level={2} data-size="md" id="person-role-descriptions">
            {t('web.org.person.role_descriptions')}
          </Heading>
          {page.roleDescriptions.map((description) => (
            <RoleDescriptionText
              key={description.id}
              description={description}
              jurisdiction={jurisdiction}
              headingLevel={3}
            />
          ))}
          <Paragraph>
            <Link asChild>
              <RouterLink to={`/m/${slug}/who-does-what`}>{t('web.org.person.all_roles')}</RouterLink>
            </Link>
          </Paragraph>
        </section>
      )}
    </Page>
  );
}
