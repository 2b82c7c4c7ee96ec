import { Button, Heading, Paragraph, Table, Tag, Textfield } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import { ConfirmDialog } from '../../../components/confirm-dialog.tsx';
import { FormErrorSummary, fieldError, type FieldError } from '../../../components/form-error-summary.tsx';
import { useNotify } from '../../../components/notifications.tsx';
import { TableScroll } from '../../../components/table-scroll.tsx';
import type { Matter, MatterDeadline } from '../../../lib/api-types.ts';
import { useFormat, useT } from '../../../lib/i18n.ts';
import { useMunicipality } from '../../../lib/municipality.ts';
import { useAddDeadline, useCloseDeadline } from '../api/matters.queries.ts';
import { ActionError } from './action-error.tsx';
import { serverErrors } from '../../../components/fields.tsx';
import { deadlineLabel } from './labels.ts';
import { useCanDo } from './role-gate.tsx';

/** Overdue or due soon, as a tag beside the date; nothing for a deadline that is closed or far off. */
export function DeadlineFlag({ deadline }: { deadline: MatterDeadline }) {
  const t = useT();
  if (deadline.overdue)
    return (
      <Tag data-color="danger" data-size="sm">
        {t('web.matters.overdue')}
      </Tag>
    );
  if (deadline.dueSoon)
    return (
      <Tag data-color="warning" data-size="sm">
        {t('web.matters.due_soon')}
      </Tag>
    );
  return null;
}

function AddDeadlineForm({ slug, matterId }: { slug: string; matterId: string }) {
  const t = useT();
  const notify = useNotify();
  const add = useAddDeadline(slug, matterId);
  const [label, setLabel] = useState('');
  const [dueOn, setDueOn] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [attempt, setAttempt] = useState(0);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found: FieldError[] = [];
    if (!label.trim())
      found.push({ fieldId: 'deadline-label', message: t('web.matters.deadline_label_missing') });
    if (!dueOn) found.push({ fieldId: 'deadline-due', message: t('web.matters.date_missing') });
    setErrors(found);
    setAttempt((n) => n + 1);
    if (found.length > 0) return;
    add.mutate(
      { label: label.trim(), dueOn },
      {
        onSuccess: () => {
          notify.success(t('web.matters.deadline_added'));
          setLabel('');
          setDueOn('');
        },
        onError: (error) => {
          setErrors(
            serverErrors(error, t, { label: 'deadline-label', dueOn: 'deadline-due' }, 'deadline-label'),
          );
          setAttempt((n) => n + 1);
        },
      },
    );
  };

  return (
    <form noValidate onSubmit={onSubmit} className="form narrow subsection" aria-labelledby="deadline-add">
      <Heading level={3} data-size="xs" id="deadline-add">
        {t('web.matters.deadline_add')}
      </Heading>
      <FormErrorSummary key={attempt} errors={errors} />
      <Textfield
        id="deadline-label"
        label={t('web.matters.deadline_what')}
        autoComplete="off"
        value={label}
        onChange={(event) => setLabel(event.target.value)}
        error={fieldError(errors, 'deadline-label')}
      />
      <Textfield
        id="deadline-due"
        type="date"
        label={t('web.matters.due_on')}
        value={dueOn}
        onChange={(event) => setDueOn(event.target.value)}
        error={fieldError(errors, 'deadline-due')}
      />
      <div className="button-row">
        <Button type="submit" variant="secondary" loading={add.isPending}>
          {t('web.matters.deadline_add_submit')}
        </Button>
      </div>
    </form>
  );
}

/**
 * The matter's deadlines: legal ones with their source, and the registry's own. A custom deadline
 * is marked met by hand; a Swedish motion not decided within a year can only be reported to the
 * council (KL 5 kap. 35 §), which the server checks.
 */
export function DeadlinesSection({
  slug,
  matter,
  onReload,
}: {
  slug: string;
  matter: Matter;
  onReload: () => void;
}) {
  const t = useT();
  const format = useFormat();
  const notify = useNotify();
  const { jurisdiction } = useMunicipality(slug);
  const canDo = useCanDo(slug);
  const close = useCloseDeadline(slug, matter.id);
  const [reporting, setReporting] = useState<MatterDeadline | null>(null);
  const canRegister = canDo('register');
  const mayReport = (deadline: MatterDeadline) =>
    canRegister &&
    jurisdiction === 'se' &&
    deadline.kind === 'legal' &&
    deadline.status === 'open' &&
    (matter.type === 'motion' || matter.type === 'citizen_proposal');

  const closeDeadline = (deadline: MatterDeadline, status: 'met' | 'reported') =>
    close.mutate(
      { deadlineId: deadline.id, input: { status, version: deadline.version } },
      {
        onSuccess: () => {
          setReporting(null);
          notify.success(
            status === 'met' ? t('web.matters.deadline_met_done') : t('web.matters.deadline_reported_done'),
          );
        },
        onError: () => setReporting(null),
      },
    );

  return (
    <section className="section" aria-labelledby="matter-deadlines">
      <Heading level={2} data-size="md" id="matter-deadlines">
        {t('web.matters.deadlines')}
      </Heading>
      <div aria-live="polite">{close.isError && <ActionError error={close.error} onReload={onReload} />}</div>
      {matter.deadlines.length === 0 ? (
        <Paragraph>{t('web.matters.deadlines_none')}</Paragraph>
      ) : (
        <TableScroll label={t('web.matters.deadlines')}>
          <Table zebra border>
            <caption className="ds-sr-only">
              {t('web.matters.deadlines_of', { number: matter.registryNumber })}
            </caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell scope="col">{t('web.matters.deadline')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('web.matters.source')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('web.matters.due_on')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('web.matters.deadline_status')}</Table.HeaderCell>
                {canRegister && <Table.HeaderCell scope="col">{t('web.field.actions')}</Table.HeaderCell>}
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {matter.deadlines.map((deadline) => {
                const label = deadlineLabel(t, deadline.label);
                return (
                  <Table.Row key={deadline.id}>
                    <Table.HeaderCell scope="row">
                      {label}{' '}
                      <span className="muted">
                        ({deadline.kind === 'legal' ? t('web.matters.legal') : t('web.matters.custom')})
                      </span>
                    </Table.HeaderCell>
                    <Table.Cell>{deadline.source ?? '–'}</Table.Cell>
                    <Table.Cell>
                      {format.day(deadline.dueOn)} <DeadlineFlag deadline={deadline} />
                    </Table.Cell>
                    <Table.Cell>
                      {t('web.matters.deadline_state', { status: deadline.status })}
                      {deadline.closedOn && ` (${format.day(deadline.closedOn)})`}
                    </Table.Cell>
                    {canRegister && (
                      <Table.Cell>
                        {deadline.kind === 'custom' && deadline.status === 'open' && (
                          <Button
                            variant="secondary"
                            data-size="sm"
                            loading={close.isPending && close.variables.deadlineId === deadline.id}
                            onClick={() => closeDeadline(deadline, 'met')}
                          >
                            {t('web.matters.deadline_met')}
                            <span className="ds-sr-only"> {label}</span>
                          </Button>
                        )}
                        {mayReport(deadline) && (
                          <Button variant="secondary" data-size="sm" onClick={() => setReporting(deadline)}>
                            {t('web.matters.deadline_report')}
                            <span className="ds-sr-only"> {label}</span>
                          </Button>
                        )}
                      </Table.Cell>
                    )}
                  </Table.Row>
                );
              })}
            </Table.Body>
          </Table>
        </TableScroll>
      )}
      {reporting && (
        <ConfirmDialog
          open
          heading={t('web.matters.deadline_report')}
          confirmLabel={t('web.matters.deadline_report')}
          busy={close.isPending}
          onCancel={() => setReporting(null)}
          onConfirm={() => closeDeadline(reporting, 'reported')}
        >
          {t('web.matters.deadline_report_explained', { source: reporting.source ?? '' })}
        </ConfirmDialog>
      )}
      {canRegister && <AddDeadlineForm slug={slug} matterId={matter.id} />}
    </section>
  );
}
