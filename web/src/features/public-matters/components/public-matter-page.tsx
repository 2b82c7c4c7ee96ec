import { Alert, Heading, Link, List, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { useSuspenseQuery } from '@tanstack/react-query';
import { Link as RouterLink, useParams } from 'react-router';
import { Page } from '../../../components/page.tsx';
import { TableScroll } from '../../../components/table-scroll.tsx';
import type { PublicDocument, PublicMatter, TimelineEvent } from '../../../lib/api-types.ts';
import { useFormat, useT, type Translate } from '../../../lib/i18n.ts';
import { useMunicipality } from '../../../lib/municipality.ts';
import { publicFileUrl, publicMatterQuery } from '../api/public-matters.queries.ts';
import { directionLabel, eventLabel, stateLabel, stateName, typeLabel } from './labels.ts';

function Facts({ slug, matter }: { slug: string; matter: PublicMatter }) {
  const t = useT();
  const format = useFormat();
  return (
    <dl className="facts facts--small">
      <div>
        <dt>{t('web.public_matters.registry_number')}</dt>
        <dd>{matter.registryNumber}</dd>
      </div>
      <div>
        <dt>{t('web.public_matters.type')}</dt>
        <dd>{typeLabel(t, matter.type)}</dd>
      </div>
      <div>
        <dt>{t('web.public_matters.state')}</dt>
        <dd>{stateLabel(t, matter.state)}</dd>
      </div>
      <div>
        <dt>{t('web.public_matters.responsible_body')}</dt>
        <dd>
          {matter.responsibleBody ? (
            <Link asChild>
              <RouterLink to={`/m/${slug}/bodies/${matter.responsibleBody.id}`}>
                {matter.responsibleBody.name}
              </RouterLink>
            </Link>
          ) : (
            t('web.public_matters.not_stated')
          )}
        </dd>
      </div>
      <div>
        <dt>{t('web.public_matters.received_on')}</dt>
        <dd>{format.day(matter.receivedOn)}</dd>
      </div>
      <div>
        <dt>{t('web.public_matters.decided_on')}</dt>
        <dd>{matter.decidedOn ? format.day(matter.decidedOn) : t('web.public_matters.not_decided')}</dd>
      </div>
    </dl>
  );
}

function Files({ slug, document }: { slug: string; document: PublicDocument }) {
  const t = useT();
  const format = useFormat();
  if (document.files.length === 0) return <>–</>;
  return (
    <ul className="plain-list">
      {document.files.map((file) => (
        <li key={file.id}>
          <Link href={publicFileUrl(slug, file.id)} download={file.fileName}>
            {file.fileName}
          </Link>{' '}
          <span className="muted">
            {t('web.public_matters.file_size', {
              kb: format.number(Math.max(1, Math.round(file.size / 1024))),
            })}
          </span>
        </li>
      ))}
    </ul>
  );
}

function Documents({ slug, matter }: { slug: string; matter: PublicMatter }) {
  const t = useT();
  const format = useFormat();
  const caption = t('web.public_matters.documents_caption', { number: matter.registryNumber });
  return (
    <section className="section" aria-labelledby="public-matter-documents">
      <Heading level={2} data-size="md" id="public-matter-documents">
        {t('web.public_matters.documents')}
      </Heading>
      {matter.documents.length === 0 ? (
        <Paragraph>{t('web.public_matters.documents_none')}</Paragraph>
      ) : (
        <TableScroll label={caption}>
          <Table zebra border>
            <caption className="ds-sr-only">{caption}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell scope="col">{t('web.public_matters.document_number')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('web.public_matters.document_date')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('web.public_matters.direction')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('web.public_matters.correspondent')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">
                  {t('web.public_matters.document_description')}
                </Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('web.public_matters.files')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {matter.documents.map((document) => (
                <Table.Row key={document.id}>
                  <Table.HeaderCell scope="row">{document.number}</Table.HeaderCell>
                  <Table.Cell>{format.day(document.documentDate)}</Table.Cell>
                  <Table.Cell>{directionLabel(t, document.direction)}</Table.Cell>
                  <Table.Cell>{document.correspondent ?? '–'}</Table.Cell>
                  <Table.Cell>
                    {document.description}
                    {document.confidential && (
                      <>
                        {' '}
                        <Tag data-color="warning" data-size="sm">
                          {t('web.public_matters.confidential_tag')}
                        </Tag>
                      </>
                    )}
                  </Table.Cell>
                  <Table.Cell>
                    <Files slug={slug} document={document} />
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </TableScroll>
      )}
    </section>
  );
}

function Decisions({ matter }: { matter: PublicMatter }) {
  const t = useT();
  const format = useFormat();
  return (
    <section className="section" aria-labelledby="public-matter-decisions">
      <Heading level={2} data-size="md" id="public-matter-decisions">
        {t('web.public_matters.decisions')}
      </Heading>
      {matter.decisions.length === 0 ? (
        <Paragraph>{t('web.public_matters.decisions_none')}</Paragraph>
      ) : (
        matter.decisions.map((decision) => (
          <article
            key={decision.id}
            className="subsection decision"
            aria-labelledby={`public-decision-${decision.id}`}
          >
            <Heading level={3} data-size="xs" id={`public-decision-${decision.id}`}>
              {t('web.public_matters.decision_heading', {
                body: decision.body.name,
                date: format.day(decision.decidedOn),
              })}
            </Heading>
            <Paragraph className="pre-line">{decision.text}</Paragraph>
          </article>
        ))
      )}
    </section>
  );
}

function eventDetail(t: Translate, event: TimelineEvent): string | null {
  if (event.fromState && event.toState) {
    return t('web.public_matters.event_from_to', {
      from: stateName(t, event.fromState),
      to: stateName(t, event.toState),
    });
  }
  // A registration names its first state already.
  if (event.toState && event.kind !== 'registered') {
    return t('web.public_matters.event_to', { to: stateName(t, event.toState) });
  }
  return null;
}

function Timeline({ matter }: { matter: PublicMatter }) {
  const t = useT();
  const format = useFormat();
  return (
    <section className="section" aria-labelledby="public-matter-timeline">
      <Heading level={2} data-size="md" id="public-matter-timeline">
        {t('web.public_matters.timeline')}
      </Heading>
      {matter.timeline.length === 0 ? (
        <Paragraph>{t('web.public_matters.timeline_none')}</Paragraph>
      ) : (
        <List.Ordered className="timeline" aria-labelledby="public-matter-timeline">
          {matter.timeline.map((event) => {
            const detail = eventDetail(t, event);
            return (
              <List.Item key={event.id}>
                <time dateTime={event.at} className="timeline__time">
                  {format.dateTime(event.at)}
                </time>{' '}
                <strong>{eventLabel(t, event.kind)}</strong>
                {detail && <> – {detail}</>}
                {event.actor && (
                  <span className="muted"> ({t('web.public_matters.event_by', { who: event.actor })})</span>
                )}
                {event.reason && (
                  <div className="pre-line">
                    {t('web.public_matters.event_reason', { reason: event.reason })}
                  </div>
                )}
              </List.Item>
            );
          })}
        </List.Ordered>
      )}
    </section>
  );
}

/**
 * Public: one matter as anyone may see it. A confidential matter shows only its public title and
 * how far it has come; the server leaves out everything else.
 */
export function PublicMatterPage() {
  const t = useT();
  const { slug = '', matterId = '' } = useParams();
  const municipality = useMunicipality(slug);
  const matter = useSuspenseQuery(publicMatterQuery(slug, matterId)).data;
  return (
    <Page
      title={[`${matter.registryNumber} ${matter.title}`, municipality.name]}
      heading={t('web.public_matters.numbered_title', { number: matter.registryNumber, title: matter.title })}
    >
      <Paragraph>
        <Link asChild>
          <RouterLink to={`/m/${slug}/search`}>{t('web.public_matters.nav')}</RouterLink>
        </Link>
      </Paragraph>
      {matter.confidential && (
        <Alert data-color="warning">
          <Heading level={2} data-size="xs">
            {t('web.public_matters.confidential_heading')}
          </Heading>
          <Paragraph>{t('web.public_matters.confidential_text')}</Paragraph>
        </Alert>
      )}
      <Facts slug={slug} matter={matter} />
      {matter.description && (
        <section className="section" aria-labelledby="public-matter-description">
          <Heading level={2} data-size="md" id="public-matter-description">
            {t('web.public_matters.description')}
          </Heading>
          <Paragraph className="pre-line">{matter.description}</Paragraph>
        </section>
      )}
      <Documents slug={slug} matter={matter} />
      <Decisions matter={matter} />
      <Timeline matter={matter} />
    </Page>
  );
}
