import { Alert, Button, Heading, Link, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useQuery, useSuspenseQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link as RouterLink, useParams } from 'react-router';
import { Loading } from '../../../components/loading.tsx';
import { Page } from '../../../components/page.tsx';
import { QueryError } from '../../../components/query-error.tsx';
import type { Matter } from '../../../lib/api-types.ts';
import { useFormat, useT } from '../../../lib/i18n.ts';
import { useMunicipality } from '../../../lib/municipality.ts';
import { matterQuery, timelineQuery } from '../api/matters.queries.ts';
import { AssignmentsTable } from './assignments-table.tsx';
import { DeadlinesSection } from './matter-deadlines.tsx';
import { DocumentsSection } from './matter-documents.tsx';
import { PreparationSection } from './matter-preparation.tsx';
import { StateActions } from './matter-state.tsx';
import { eventText, natureLabel, stateLabel, typeLabel } from './labels.ts';
import { useCanDo } from './role-gate.tsx';

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function Facts({ matter, slug }: { matter: Matter; slug: string }) {
  const t = useT();
  const format = useFormat();
  const municipality = useMunicipality(slug);
  return (
    <dl className="facts facts--small">
      <Fact label={t('web.matters.type')}>{typeLabel(t, matter.type)}</Fact>
      <Fact label={t('web.matters.nature')}>{natureLabel(t, matter.nature)}</Fact>
      <Fact label={t('web.matters.state')}>{stateLabel(t, matter.state)}</Fact>
      <Fact label={t('web.matters.responsible_body')}>
        {matter.responsibleBody ? (
          <Link asChild>
            <RouterLink to={`/m/${slug}/bodies/${matter.responsibleBody.id}`}>
              {matter.responsibleBody.name}
            </RouterLink>
          </Link>
        ) : (
          t('web.matters.not_stated')
        )}
      </Fact>
      <Fact label={t('web.matters.responsible_official')}>
        {matter.responsiblePerson?.name ?? t('web.matters.not_stated')}
      </Fact>
      {(matter.initiatorName ?? matter.initiatorPerson) && (
        <Fact label={t('web.matters.initiator')}>{matter.initiatorPerson?.name ?? matter.initiatorName}</Fact>
      )}
      <Fact label={t('web.matters.received_on')}>{format.day(matter.receivedOn)}</Fact>
      {matter.decidedOn && <Fact label={t('web.matters.decided_on')}>{format.day(matter.decidedOn)}</Fact>}
      {matter.closedOn && <Fact label={t('web.matters.closed_on')}>{format.day(matter.closedOn)}</Fact>}
      {matter.classification && <Fact label={t('web.matters.classification')}>{matter.classification}</Fact>}
      {matter.confidential && (
        <Fact label={t('web.matters.ground', { jurisdiction: municipality.jurisdiction })}>
          {matter.confidentialityGround ?? '–'}
        </Fact>
      )}
      {matter.priority !== null && <Fact label={t('web.matters.priority')}>{matter.priority}</Fact>}
      {matter.origin && (
        <Fact label={t('web.matters.origin')}>
          <Link asChild>
            <RouterLink to={`/m/${slug}/matters/${matter.origin.matterId}`}>
              {matter.origin.registryNumber}
            </RouterLink>
          </Link>
        </Fact>
      )}
    </dl>
  );
}

function DecisionsSection({ matter }: { matter: Matter }) {
  const t = useT();
  const format = useFormat();
  return (
    <section className="section" aria-labelledby="matter-decisions">
      <Heading level={2} data-size="md" id="matter-decisions">
        {t('web.matters.decisions')}
      </Heading>
      {matter.decisions.length === 0 ? (
        <Paragraph>{t('web.matters.decisions_none')}</Paragraph>
      ) : (
        matter.decisions.map((decision) => (
          <article key={decision.id} className="subsection" aria-labelledby={`decision-${decision.id}`}>
            <Heading level={3} data-size="xs" id={`decision-${decision.id}`}>
              {t('web.matters.decision_by', {
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

function TimelineSection({ slug, matterId }: { slug: string; matterId: string }) {
  const t = useT();
  const format = useFormat();
  const timeline = useQuery(timelineQuery(slug, matterId));
  return (
    <section className="section" aria-labelledby="matter-timeline">
      <Heading level={2} data-size="md" id="matter-timeline">
        {t('web.matters.timeline')}
      </Heading>
      {timeline.isPending ? (
        <Loading />
      ) : timeline.isError ? (
        <QueryError error={timeline.error} />
      ) : (
        <ol className="timeline">
          {timeline.data.map((event) => (
            <li key={event.id}>
              <time dateTime={event.at}>{format.dateTime(event.at)}</time>{' '}
              <span className="muted">{event.actor}</span>
              <br />
              {eventText(t, event)}
              {event.reason && (
                <>
                  <br />
                  <span className="muted">{t('web.matters.event_reason', { reason: event.reason })}</span>
                </>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

/** One matter for the read roles: its facts, what can be done next, and everything on record. */
export function MatterPage() {
  const t = useT();
  const { slug = '', matterId = '' } = useParams();
  const municipality = useMunicipality(slug);
  const query = useSuspenseQuery(matterQuery(slug, matterId));
  const matter = query.data;
  const canDo = useCanDo(slug);
  const reload = () => void query.refetch();
  const canRecordDecision = canDo('decide') && matter.transitions.some((x) => x.to === 'decided');

  return (
    <Page
      title={[`${matter.registryNumber} ${matter.title}`, municipality.name]}
      heading={
        <>
          <span className="registry-number">{matter.registryNumber}</span> {matter.title}
        </>
      }
      lead={
        <div className="button-row">
          <Tag data-color="info">{stateLabel(t, matter.state)}</Tag>
          {matter.confidential && <Tag data-color="warning">{t('web.matters.confidential')}</Tag>}
        </div>
      }
    >
      {matter.restricted && (
        <Alert data-color="info">
          <Paragraph>{t('web.matters.restricted')}</Paragraph>
        </Alert>
      )}
      <Facts matter={matter} slug={slug} />
      {matter.description && (
        <section className="section" aria-labelledby="matter-description">
          <Heading level={2} data-size="sm" id="matter-description">
            {t('web.matters.description')}
          </Heading>
          <Paragraph className="pre-line">{matter.description}</Paragraph>
        </section>
      )}
      <StateActions slug={slug} matter={matter} onReload={reload} />
      <nav aria-label={t('web.matters.work_links')} className="section">
        <div className="button-row">
          <Button asChild variant="secondary">
            <RouterLink to={`/m/${slug}/matters/${matter.id}/recommendation`}>
              {t('web.matters.recommendation.link', { jurisdiction: municipality.jurisdiction })}
            </RouterLink>
          </Button>
          {matter.responsibleBody && (
            <Button asChild variant="secondary">
              <RouterLink to={`/m/${slug}/bodies/${matter.responsibleBody.id}/priorities`}>
                {t('web.matters.priorities.link', { body: matter.responsibleBody.name })}
              </RouterLink>
            </Button>
          )}
          {canRecordDecision && (
            <Button asChild variant="secondary">
              <RouterLink to={`/m/${slug}/matters/${matter.id}/decision`}>
                {t('web.matters.decision.link')}
              </RouterLink>
            </Button>
          )}
        </div>
      </nav>
      <DeadlinesSection slug={slug} matter={matter} onReload={reload} />
      <PreparationSection slug={slug} matter={matter} onReload={reload} />
      <DocumentsSection slug={slug} matter={matter} />
      <DecisionsSection matter={matter} />
      <section className="section" aria-labelledby="matter-assignments">
        <Heading level={2} data-size="md" id="matter-assignments">
          {t('web.matters.assignments')}
        </Heading>
        {matter.assignments.length === 0 ? (
          <Paragraph>{t('web.matters.assignments_none')}</Paragraph>
        ) : (
          <AssignmentsTable
            slug={slug}
            items={matter.assignments}
            caption={t('web.matters.assignments_of', { number: matter.registryNumber })}
            showMatter={false}
          />
        )}
      </section>
      <TimelineSection slug={slug} matterId={matter.id} />
    </Page>
  );
}
