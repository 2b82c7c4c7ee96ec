import { Button, Link, Paragraph, Table } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link as RouterLink, useParams } from 'react-router';
import { roleTypes, type RoleType } from '../../../../../common/organisation.ts';
import type { Jurisdiction } from '../../../../../common/roles.ts';
import { Loading } from '../../../components/loading.tsx';
import { Page } from '../../../components/page.tsx';
import { QueryError } from '../../../components/query-error.tsx';
import { TableScroll } from '../../../components/table-scroll.tsx';
import type { RoleDescription } from '../../../lib/api-types.ts';
import { useFormat, useLocale, useT } from '../../../lib/i18n.ts';
import { useMunicipality } from '../../../lib/municipality.ts';
import { useSession } from '../../../lib/session.ts';
import { canManageOrganisation } from '../../../lib/roles.ts';
import {
  bodiesQuery,
  roleDescriptionVersionsQuery,
  roleDescriptionsQuery,
} from '../api/organisation.queries.ts';
import { roleTypeLabel } from './labels.ts';
import { RoleDescriptionText } from './role-description-text.tsx';

/** The versions adopted before the one in force, loaded when asked for. */
function EarlierVersions({
  slug,
  current,
  jurisdiction,
  bodyNames,
}: {
  slug: string;
  current: RoleDescription;
  jurisdiction: Jurisdiction;
  bodyNames: Map<string, string>;
}) {
  const t = useT();
  const format = useFormat();
  const locale = useLocale();
  const versions = useQuery(roleDescriptionVersionsQuery(slug, current.roleType, locale));
  const earlier = versions.data?.filter((v) => v.versionNo < current.versionNo) ?? [];
  const role = roleTypeLabel(t, current.roleType, jurisdiction);
  if (versions.isPending) return <Loading />;
  if (versions.isError) return <QueryError error={versions.error} />;
  if (earlier.length === 0) return <Paragraph>{t('web.org.wdw.no_earlier')}</Paragraph>;
  return (
    <TableScroll label={t('web.org.wdw.earlier_caption', { role })}>
      <Table zebra border>
        <caption>{t('web.org.wdw.earlier_caption', { role })}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{t('web.org.wdw.version')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('web.org.wdw.adopted')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('web.org.rd.decides')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('web.org.rd.leaves')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {earlier.map((version) => (
            <Table.Row key={version.id}>
              <Table.HeaderCell scope="row">{version.versionNo}</Table.HeaderCell>
              <Table.Cell>
                {format.day(version.adoptedOn)}
                {version.adoptedBy && bodyNames.get(version.adoptedBy) && (
                  <>
                    <br />
                    {bodyNames.get(version.adoptedBy)}
                  </>
                )}
              </Table.Cell>
              <Table.Cell lang={version.locale}>{version.decides}</Table.Cell>
              <Table.Cell lang={version.locale}>{version.leaves}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </TableScroll>
  );
}

function RoleSection({
  slug,
  description,
  jurisdiction,
  bodyNames,
}: {
  slug: string;
  description: RoleDescription;
  jurisdiction: Jurisdiction;
  bodyNames: Map<string, string>;
}) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const panelId = `earlier-${description.roleType}`;
  const role = roleTypeLabel(t, description.roleType, jurisdiction);
  return (
    <section className="section role-section">
      <RoleDescriptionText
        description={description}
        jurisdiction={jurisdiction}
        headingLevel={2}
        adoptedBy={description.adoptedBy ? bodyNames.get(description.adoptedBy) : undefined}
      />
      {description.versionNo > 1 && (
        <>
          <div className="button-row">
            <Button
              variant="secondary"
              data-size="sm"
              aria-expanded={open}
              aria-controls={panelId}
              onClick={() => setOpen((value) => !value)}
            >
              {open ? t('web.org.wdw.hide_earlier') : t('web.org.wdw.show_earlier')}
              <span className="ds-sr-only"> {t('web.org.wdw.for_role', { role })}</span>
            </Button>
          </div>
          <div id={panelId} hidden={!open}>
            {open && (
              <EarlierVersions
                slug={slug}
                current={description}
                jurisdiction={jurisdiction}
                bodyNames={bodyNames}
              />
            )}
          </div>
        </>
      )}
    </section>
  );
}

const roleOrder = (roleType: RoleType) => roleTypes.indexOf(roleType);

/** Public: who does what — each role's description in force, with its earlier versions on request. */
export function WhoDoesWhatPage() {
  const t = useT();
  const locale = useLocale();
  const slug = useParams().slug ?? '';
  const municipality = useMunicipality(slug);
  const session = useSession();
  const roles = session.memberships.find((m) => m.slug === slug)?.roles ?? [];
  const descriptions = useQuery(roleDescriptionsQuery(slug, locale));
  const bodies = useQuery(bodiesQuery(slug, true));
  const bodyNames = new Map((bodies.data ?? []).map((b) => [b.id, b.name]));

  return (
    <Page
      title={[t('web.nav.who_does_what'), municipality.name]}
      heading={t('web.org.wdw.heading', { name: municipality.name })}
    >
      <Paragraph>{t('web.org.wdw.lead')}</Paragraph>
      {canManageOrganisation(roles) && (
        <Paragraph>
          <Link asChild>
            <RouterLink to={`/m/${slug}/admin/role-descriptions`}>{t('web.org.wdw.adopt_link')}</RouterLink>
          </Link>
        </Paragraph>
      )}
      {descriptions.isPending ? (
        <Loading />
      ) : descriptions.isError ? (
        <QueryError error={descriptions.error} />
      ) : descriptions.data.length === 0 ? (
        <Paragraph>{t('web.org.wdw.empty')}</Paragraph>
      ) : (
        [...descriptions.data]
          .sort((a, b) => roleOrder(a.roleType) - roleOrder(b.roleType))
          .map((description) => (
            <RoleSection
              key={description.id}
              slug={slug}
              description={description}
              jurisdiction={municipality.jurisdiction}
              bodyNames={bodyNames}
            />
          ))
      )}
    </Page>
  );
}
