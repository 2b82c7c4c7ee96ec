import { Checkbox, Heading, Link, List, Paragraph, Table } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link as RouterLink, useParams } from 'react-router';
import { politicalBodyKinds, type BodyKind } from '../../../../../common/organisation.ts';
import type { Jurisdiction } from '../../../../../common/roles.ts';
import { Loading } from '../../../components/loading.tsx';
import { Page } from '../../../components/page.tsx';
import { QueryError } from '../../../components/query-error.tsx';
import { TableScroll } from '../../../components/table-scroll.tsx';
import type { Body, Position } from '../../../lib/api-types.ts';
import { useFormat, useT } from '../../../lib/i18n.ts';
import { useMunicipality } from '../../../lib/municipality.ts';
import { bodiesQuery, positionsQuery } from '../api/organisation.queries.ts';
import { bodyName, byName, kindsLabel, positionLabel, powersLabel } from './labels.ts';
import { today } from '../../../lib/dates.ts';

function BodyLink({ slug, body }: { slug: string; body: Body }) {
  const t = useT();
  const format = useFormat();
  return (
    <>
      <Link asChild>
        <RouterLink to={`/m/${slug}/bodies/${body.id}`}>{bodyName(body)}</RouterLink>
      </Link>
      {!body.isActive && body.endsOn && <> ({t('web.org.ended_on', { date: format.day(body.endsOn) })})</>}
    </>
  );
}

/** Council, board, committees …: one list per kind, in the order of the law. */
function PoliticalBodies({
  slug,
  bodies,
  jurisdiction,
}: {
  slug: string;
  bodies: Body[];
  jurisdiction: Jurisdiction;
}) {
  const t = useT();
  const kinds = politicalBodyKinds.filter((kind) => kind !== 'task_committee');
  return (
    <section className="section" aria-labelledby="org-political">
      <Heading level={2} data-size="md" id="org-political">
        {t('web.org.political_heading')}
      </Heading>
      {kinds.map((kind) => {
        const ofKind = bodies.filter((b) => b.kind === kind).sort(byName);
        if (ofKind.length === 0) return null;
        return (
          <div key={kind} className="subsection">
            <Heading level={3} data-size="xs" id={`org-kind-${kind}`}>
              {kindsLabel(t, kind, jurisdiction)}
            </Heading>
            <List.Unordered aria-labelledby={`org-kind-${kind}`}>
              {ofKind.map((body) => (
                <List.Item key={body.id}>
                  <BodyLink slug={slug} body={body} />
                </List.Item>
              ))}
            </List.Unordered>
          </div>
        );
      })}
    </section>
  );
}

/** Task committees with what they are for, what they may do and until when. */
function TaskCommittees({
  slug,
  bodies,
  jurisdiction,
}: {
  slug: string;
  bodies: Body[];
  jurisdiction: Jurisdiction;
}) {
  const t = useT();
  const format = useFormat();
  const committees = bodies.filter((b) => b.kind === 'task_committee').sort(byName);
  return (
    <section className="section" aria-labelledby="org-task">
      <Heading level={2} data-size="md" id="org-task">
        {t('web.org.kinds.task_committee', { jurisdiction })}
      </Heading>
      {committees.length === 0 ? (
        <Paragraph>{t('web.org.task_none')}</Paragraph>
      ) : (
        committees.map((body) => (
          <article
            key={body.id}
            className="subsection task-committee"
            aria-labelledby={`org-task-${body.id}`}
          >
            <Heading level={3} data-size="xs" id={`org-task-${body.id}`}>
              <BodyLink slug={slug} body={body} />
            </Heading>
            {body.mandate && <Paragraph>{body.mandate}</Paragraph>}
            <dl className="facts facts--small">
              {body.powers && (
                <div>
                  <dt>{t('web.org.powers')}</dt>
                  <dd>{powersLabel(t, body.powers)}</dd>
                </div>
              )}
              {body.startsOn && (
                <div>
                  <dt>{t('web.org.starts_on')}</dt>
                  <dd>{format.day(body.startsOn)}</dd>
                </div>
              )}
              {body.endsOn && (
                <div>
                  <dt>{t('web.org.ends_on')}</dt>
                  <dd>{format.day(body.endsOn)}</dd>
                </div>
              )}
            </dl>
          </article>
        ))
      )}
    </section>
  );
}

/** The administration as a tree: each body under its parent, administrations at the top. */
function AdministrationTree({ slug, bodies }: { slug: string; bodies: Body[] }) {
  const t = useT();
  const administrative = bodies.filter((b) => ['administration', 'department', 'unit'].includes(b.kind));
  const ids = new Set(administrative.map((b) => b.id));
  const childrenOf = (parentId: string | null) =>
    administrative
      .filter((b) =>
        parentId === null ? b.parentId === null || !ids.has(b.parentId) : b.parentId === parentId,
      )
      .sort(byName);
  const branch = (parentId: string | null, depth: number) => {
    const children = childrenOf(parentId);
    if (children.length === 0 || depth > 10) return null;
    return (
      <ul className={depth === 0 ? 'tree' : undefined}>
        {children.map((body) => (
          <li key={body.id}>
            <BodyLink slug={slug} body={body} />
            {branch(body.id, depth + 1)}
          </li>
        ))}
      </ul>
    );
  };
  return (
    <section className="section" aria-labelledby="org-administration">
      <Heading level={2} data-size="md" id="org-administration">
        {t('web.org.administration_heading')}
      </Heading>
      {administrative.length === 0 ? <Paragraph>{t('web.org.none')}</Paragraph> : branch(null, 0)}
    </section>
  );
}

function Companies({ slug, bodies }: { slug: string; bodies: Body[] }) {
  const t = useT();
  const companies = bodies.filter((b) => b.kind === 'company').sort(byName);
  return (
    <section className="section" aria-labelledby="org-companies">
      <Heading level={2} data-size="md" id="org-companies">
        {t('web.org.companies_heading')}
      </Heading>
      {companies.length === 0 ? (
        <Paragraph>{t('web.org.none')}</Paragraph>
      ) : (
        <List.Unordered aria-labelledby="org-companies">
          {companies.map((body) => (
            <List.Item key={body.id}>
              <BodyLink slug={slug} body={body} />
            </List.Item>
          ))}
        </List.Unordered>
      )}
    </section>
  );
}

/** The director and the department heads in post today. */
function Leadership({
  slug,
  positions,
  jurisdiction,
}: {
  slug: string;
  positions: Position[];
  jurisdiction: Jurisdiction;
}) {
  const t = useT();
  const format = useFormat();
  const day = today();
  const leaders = positions
    .filter((p) => p.kind !== 'case_officer' && p.startsOn <= day && (p.endsOn === null || p.endsOn >= day))
    .sort((a, b) => (a.kind === b.kind ? a.title.localeCompare(b.title) : a.kind === 'director' ? -1 : 1));
  return (
    <section className="section" aria-labelledby="org-leadership">
      <Heading level={2} data-size="md" id="org-leadership">
        {t('web.org.leadership_heading')}
      </Heading>
      {leaders.length === 0 ? (
        <Paragraph>{t('web.org.none')}</Paragraph>
      ) : (
        <TableScroll label={t('web.org.leadership_heading')}>
          <Table zebra border>
            <caption className="ds-sr-only">{t('web.org.leadership_heading')}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell scope="col">{t('web.org.title')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('web.field.name')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('web.org.position_kind')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('web.org.unit')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('web.org.from')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {leaders.map((position) => (
                <Table.Row key={position.id}>
                  <Table.HeaderCell scope="row">{position.title}</Table.HeaderCell>
                  <Table.Cell>
                    <Link asChild>
                      <RouterLink to={`/m/${slug}/persons/${position.personId}`}>
                        {position.personName}
                      </RouterLink>
                    </Link>
                  </Table.Cell>
                  <Table.Cell>{positionLabel(t, position.kind, jurisdiction)}</Table.Cell>
                  <Table.Cell>
                    {position.unitId && position.unitName ? (
                      <Link asChild>
                        <RouterLink to={`/m/${slug}/bodies/${position.unitId}`}>
                          {position.unitName}
                        </RouterLink>
                      </Link>
                    ) : (
                      '–'
                    )}
                  </Table.Cell>
                  <Table.Cell>{format.day(position.startsOn)}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </TableScroll>
      )}
    </section>
  );
}

const politicalKinds: readonly BodyKind[] = politicalBodyKinds;

/** Public: the municipality's bodies, its administration and companies, and who leads the administration. */
export function OrganisationPage() {
  const t = useT();
  const slug = useParams().slug ?? '';
  const municipality = useMunicipality(slug);
  const [includeEnded, setIncludeEnded] = useState(false);
  const bodies = useQuery(bodiesQuery(slug, includeEnded));
  const positions = useQuery(positionsQuery(slug));
  const { jurisdiction } = municipality;

  return (
    <Page
      title={[t('web.nav.organisation'), municipality.name]}
      heading={t('web.org.heading', { name: municipality.name })}
    >
      <Paragraph>{t('web.org.lead')}</Paragraph>
      <Checkbox
        id="org-include-ended"
        label={t('web.org.include_ended')}
        checked={includeEnded}
        onChange={(event) => setIncludeEnded(event.target.checked)}
      />
      {bodies.isPending ? (
        <Loading />
      ) : bodies.isError ? (
        <QueryError error={bodies.error} />
      ) : (
        <>
          <p role="status" className="muted">
            {t('web.org.shown', {
              count: bodies.data.length,
              ended: includeEnded ? 'yes' : 'no',
            })}
          </p>
          <PoliticalBodies
            slug={slug}
            bodies={bodies.data.filter((b) => politicalKinds.includes(b.kind))}
            jurisdiction={jurisdiction}
          />
          <TaskCommittees slug={slug} bodies={bodies.data} jurisdiction={jurisdiction} />
          <AdministrationTree slug={slug} bodies={bodies.data} />
          <Companies slug={slug} bodies={bodies.data} />
        </>
      )}
      {positions.isPending ? (
        <Loading />
      ) : positions.isError ? (
        <QueryError error={positions.error} />
      ) : (
        <Leadership slug={slug} positions={positions.data} jurisdiction={jurisdiction} />
      )}
    </Page>
  );
}
