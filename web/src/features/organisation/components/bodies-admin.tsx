import { Button, Heading, Link, Paragraph, Table } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link as RouterLink } from 'react-router';
import type { Jurisdiction } from '../../../../../common/roles.ts';
import { Loading } from '../../../components/loading.tsx';
import { QueryError } from '../../../components/query-error.tsx';
import { useFocusLater } from '../../../components/use-focus-later.ts';
import { TableScroll } from '../../../components/table-scroll.tsx';
import type { Body } from '../../../lib/api-types.ts';
import { useFormat, useT } from '../../../lib/i18n.ts';
import { bodiesQuery } from '../api/organisation.queries.ts';
import { BodyForm } from './body-form.tsx';
import { byName, isPolitical, kindLabel, methodLabel } from './labels.ts';

const editButtonId = (bodyId: string) => `edit-body-${bodyId}`;

/** Every body, ended ones too, with a way to change each and to appoint its members. */
export function BodiesAdmin({ slug, jurisdiction }: { slug: string; jurisdiction: Jurisdiction }) {
  const t = useT();
  const format = useFormat();
  const bodies = useQuery(bodiesQuery(slug, true));
  const [editing, setEditing] = useState<Body | null>(null);
  const focusLater = useFocusLater();
  const all = [...(bodies.data ?? [])].sort(byName);
  const names = new Map(all.map((b) => [b.id, b.name]));

  const closeEditor = () => {
    const bodyId = editing?.id;
    setEditing(null);
    if (bodyId) focusLater(editButtonId(bodyId), 'admin-bodies');
  };

  return (
    <section className="section" aria-labelledby="admin-bodies">
      <Heading level={2} data-size="md" id="admin-bodies" tabIndex={-1}>
        {t('web.org.admin.bodies_heading')}
      </Heading>
      {bodies.isPending ? (
        <Loading />
      ) : bodies.isError ? (
        <QueryError error={bodies.error} />
      ) : all.length === 0 ? (
        <Paragraph>{t('web.org.none')}</Paragraph>
      ) : (
        <TableScroll label={t('web.org.admin.bodies_heading')}>
          <Table zebra border>
            <caption className="ds-sr-only">{t('web.org.admin.bodies_heading')}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell scope="col">{t('web.field.name')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('web.org.kind')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('web.org.parent')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('web.org.election_method')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('web.org.ends_on')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('web.field.actions')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {all.map((body) => (
                <Table.Row key={body.id}>
                  <Table.HeaderCell scope="row">
                    <Link asChild>
                      <RouterLink to={`/m/${slug}/bodies/${body.id}`}>{body.name}</RouterLink>
                    </Link>
                  </Table.HeaderCell>
                  <Table.Cell>{kindLabel(t, body.kind, jurisdiction)}</Table.Cell>
                  <Table.Cell>{body.parentId ? (names.get(body.parentId) ?? '–') : '–'}</Table.Cell>
                  <Table.Cell>{body.electionMethod ? methodLabel(t, body.electionMethod) : '–'}</Table.Cell>
                  <Table.Cell>
                    {body.endsOn ? format.day(body.endsOn) : '–'}
                    {!body.isActive && <> ({t('web.org.ended')})</>}
                  </Table.Cell>
                  <Table.Cell>
                    <div className="button-row">
                      <Button
                        id={editButtonId(body.id)}
                        variant="secondary"
                        data-size="sm"
                        onClick={() => setEditing(body)}
                      >
                        {t('web.org.admin.edit')}
                        <span className="ds-sr-only"> {body.name}</span>
                      </Button>
                      {isPolitical(body.kind) && (
                        <Link asChild>
                          <RouterLink to={`/m/${slug}/admin/bodies/${body.id}`}>
                            {t('web.org.admin.appoint')}
                            <span className="ds-sr-only"> {body.name}</span>
                          </RouterLink>
                        </Link>
                      )}
                    </div>
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </TableScroll>
      )}
      {editing && (
        <BodyForm
          key={editing.id}
          slug={slug}
          jurisdiction={jurisdiction}
          bodies={all}
          body={editing}
          onDone={closeEditor}
        />
      )}
      <BodyForm slug={slug} jurisdiction={jurisdiction} bodies={all} />
    </section>
  );
}
