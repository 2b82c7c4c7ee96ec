import { Alert, Button, Checkbox, Heading, Link, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link as RouterLink, useParams } from 'react-router';
import { FormErrorSummary, fieldError, type FieldError } from '../../../components/form-error-summary.tsx';
import { Loading } from '../../../components/loading.tsx';
import { useNotify } from '../../../components/notifications.tsx';
import { Page } from '../../../components/page.tsx';
import { QueryError } from '../../../components/query-error.tsx';
import { useFocusLater } from '../../../components/use-focus-later.ts';
import type { Assignment } from '../../../lib/api-types.ts';
import { useT } from '../../../lib/i18n.ts';
import { useMunicipality } from '../../../lib/municipality.ts';
import {
  assignmentsQuery,
  bodiesQuery,
  useReportAssignment,
  type AssignmentFilters,
} from '../api/matters.queries.ts';
import { AssignmentsTable } from './assignments-table.tsx';
import { SelectField, serverErrors } from '../../../components/fields.tsx';
import { politicalBodies, units } from './labels.ts';
import { RoleGate } from './role-gate.tsx';

const LIST_HEADING_ID = 'assignments-list';
const REPORT_ID = 'assignment-report';
const reportButtonId = (assignmentId: string) => `report-${assignmentId}`;

function ReportPanel({
  slug,
  assignment,
  onClose,
}: {
  slug: string;
  assignment: Assignment;
  onClose: (reported: Assignment | null) => void;
}) {
  const t = useT();
  const notify = useNotify();
  const report = useReportAssignment(slug);
  const [text, setText] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found: FieldError[] = text.trim()
      ? []
      : [{ fieldId: REPORT_ID, message: t('web.matters.report_missing') }];
    setErrors(found);
    setAttempt((n) => n + 1);
    if (found.length > 0) return;
    report.mutate(
      { assignmentId: assignment.id, input: { report: text.trim(), version: assignment.version } },
      {
        onSuccess: (reported) => {
          notify.success(t('web.matters.reported_done', { title: reported.title }));
          onClose(reported);
        },
        onError: (error) => {
          setErrors(serverErrors(error, t, { report: REPORT_ID }, REPORT_ID));
          setAttempt((n) => n + 1);
        },
      },
    );
  };

  return (
    <div className="subsection narrow edit-panel">
      <Heading level={3} data-size="sm" id="report-heading" tabIndex={-1} ref={headingRef}>
        {t('web.matters.report_heading', { title: assignment.title })}
      </Heading>
      <form noValidate onSubmit={onSubmit} className="form" aria-labelledby="report-heading">
        <FormErrorSummary key={attempt} errors={errors} />
        <Textfield
          id={REPORT_ID}
          multiline
          rows={6}
          label={t('web.matters.report')}
          description={t('web.matters.report_description')}
          value={text}
          onChange={(event) => setText(event.target.value)}
          error={fieldError(errors, REPORT_ID)}
        />
        <div className="button-row">
          <Button type="submit" loading={report.isPending}>
            {t('web.matters.report_submit')}
          </Button>
          <Button variant="secondary" onClick={() => onClose(null)}>
            {t('web.dialog.cancel')}
          </Button>
        </div>
      </form>
    </div>
  );
}

function AssignmentsContent() {
  const t = useT();
  const slug = useParams().slug ?? '';
  const municipality = useMunicipality(slug);
  const bodies = useQuery(bodiesQuery(slug));
  const [filters, setFilters] = useState<AssignmentFilters>({});
  const assignments = useQuery(assignmentsQuery(slug, filters));
  const [reporting, setReporting] = useState<Assignment | null>(null);
  const [reported, setReported] = useState<Assignment | null>(null);
  const focusLater = useFocusLater();
  const heading = t('web.matters.assignments_heading');
  const change = (patch: AssignmentFilters) => setFilters((current) => ({ ...current, ...patch }));

  return (
    <Page title={[heading, municipality.name]} heading={heading}>
      <Paragraph>{t('web.matters.assignments_lead')}</Paragraph>
      <section className="section" aria-labelledby="assignments-filters">
        <Heading level={2} data-size="sm" id="assignments-filters">
          {t('web.matters.filters')}
        </Heading>
        <div className="filter-grid">
          <SelectField
            id="assignments-body"
            label={t('web.matters.commissioning_body')}
            value={filters.bodyId ?? ''}
            onChange={(value) => change({ bodyId: value || undefined })}
            empty={t('web.matters.all')}
            options={politicalBodies(bodies.data ?? []).map((b) => ({ value: b.id, label: b.name }))}
          />
          <SelectField
            id="assignments-unit"
            label={t('web.matters.unit')}
            value={filters.unitId ?? ''}
            onChange={(value) => change({ unitId: value || undefined })}
            empty={t('web.matters.all')}
            options={units(bodies.data ?? []).map((b) => ({ value: b.id, label: b.name }))}
          />
        </div>
        <Checkbox
          id="assignments-mine"
          label={t('web.matters.only_mine')}
          checked={filters.mine ?? false}
          onChange={(event) => change({ mine: event.target.checked || undefined })}
        />
        <Checkbox
          id="assignments-overdue"
          label={t('web.matters.only_overdue')}
          checked={filters.overdue ?? false}
          onChange={(event) => change({ overdue: event.target.checked || undefined })}
        />
      </section>
      <section className="section" aria-labelledby={LIST_HEADING_ID}>
        <Heading level={2} data-size="md" id={LIST_HEADING_ID} tabIndex={-1}>
          {t('web.matters.assignments')}
        </Heading>
        {reported?.reportMatterId && (
          <Alert data-color="success">
            <Paragraph>
              {t('web.matters.reported_matter', { title: reported.title })}{' '}
              <Link asChild>
                <RouterLink to={`/m/${slug}/matters/${reported.reportMatterId}`}>
                  {t('web.matters.report_matter')}
                </RouterLink>
              </Link>
            </Paragraph>
          </Alert>
        )}
        {assignments.isPending ? (
          <Loading />
        ) : assignments.isError ? (
          <QueryError error={assignments.error} />
        ) : (
          <>
            <div role="status" aria-live="polite" className="muted">
              {assignments.isFetching
                ? t('web.loading')
                : t('web.matters.assignments_count', { count: assignments.data.length })}
            </div>
            {assignments.data.length > 0 && (
              <AssignmentsTable
                slug={slug}
                items={assignments.data}
                caption={heading}
                showMatter
                actions={{
                  heading: t('web.field.actions'),
                  render: (assignment) =>
                    assignment.canReport &&
                    assignment.state === 'open' && (
                      <Button
                        id={reportButtonId(assignment.id)}
                        variant="secondary"
                        data-size="sm"
                        onClick={() => setReporting(assignment)}
                      >
                        {t('web.matters.report_button')}
                        <span className="ds-sr-only"> {assignment.title}</span>
                      </Button>
                    ),
                }}
              />
            )}
          </>
        )}
        {reporting && (
          <ReportPanel
            key={reporting.id}
            slug={slug}
            assignment={reporting}
            onClose={(done) => {
              const assignmentId = reporting.id;
              setReporting(null);
              if (done) setReported(done);
              focusLater(reportButtonId(assignmentId), LIST_HEADING_ID);
            }}
          />
        )}
      </section>
    </Page>
  );
}

/** Assignments given by decisions: per commissioning body or unit, the overdue ones, or your own. */
export function AssignmentsPage() {
  const slug = useParams().slug ?? '';
  return (
    <RoleGate slug={slug} action="read">
      <AssignmentsContent />
    </RoleGate>
  );
}
