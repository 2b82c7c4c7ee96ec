import { Alert, Button, Checkbox, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import { ConfirmDialog } from '../../../components/confirm-dialog.tsx';
import { FormErrorSummary, type FieldError } from '../../../components/form-error-summary.tsx';
import { useNotify } from '../../../components/notifications.tsx';
import { PAGE_HEADING_ID } from '../../../components/page.tsx';
import { useFocusLater } from '../../../components/use-focus-later.ts';
import { isApiError } from '../../../lib/api.ts';
import { useT } from '../../../lib/i18n.ts';
import { useMunicipality } from '../../../lib/municipality.ts';
import { useCancelMeeting, usePublishNotice, useUpdateMeeting } from '../api/meetings.queries.ts';
import type { Meeting } from '../api/meetings.types.ts';
import { ActionError, isStale } from './action-error.tsx';
import { serverErrors } from '../../../components/fields.tsx';
import {
  MeetingFieldset,
  fieldsByPath,
  meetingFieldIds,
  validateMeeting,
  type MeetingFields,
} from './plan-meeting-form.tsx';
import { isoToZonedInput, timeZoneOf, todayIn, useMeetingFormat, zonedInputToIso } from './time.ts';

const NOTICE_HEADING = 'meeting-notice';

/** The notice was refused as too late: the lead time's rule, which urgency may override. */
function refusedAsLate(error: unknown): boolean {
  return (
    isApiError(error, 422) &&
    typeof error.details === 'object' &&
    error.details !== null &&
    'leadDays' in error.details
  );
}
const URGENT_REASON = 'notice-urgent-reason';

/**
 * The secretary publishes the notice: members and substitutes are called, the notice goes on the
 * notice board and the matters are scheduled. A decision meeting's notice must be out by its last
 * day; after that only as urgent, with the reason, which the server checks against the law.
 */
export function NoticeSection({ slug, meeting }: { slug: string; meeting: Meeting }) {
  const t = useT();
  const notify = useNotify();
  const municipality = useMunicipality(slug);
  const format = useMeetingFormat(municipality.jurisdiction);
  const publish = usePublishNotice(slug, meeting.id);
  const [urgent, setUrgent] = useState(false);
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [attempt, setAttempt] = useState(0);
  if (!meeting.you.manage || meeting.state !== 'planned') return null;
  // The server's refusal decides too, should this browser's clock see the day otherwise.
  const late =
    (meeting.kind === 'decision' && todayIn(timeZoneOf(municipality.jurisdiction)) > meeting.noticeLastDay) ||
    refusedAsLate(publish.error);
  const lastDay = format.day(meeting.noticeLastDay);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found =
      urgent && !reason.trim() ? [{ fieldId: URGENT_REASON, message: t('error.urgent_reason') }] : [];
    setErrors(found);
    setAttempt((n) => n + 1);
    if (found.length > 0) return;
    publish.mutate(
      {
        version: meeting.version,
        ...(urgent ? { urgent: true, urgentReason: reason.trim() } : {}),
      },
      {
        onSuccess: (changed) =>
          notify.success(
            t('web.meetings.notice.done', {
              count: changed.participants.filter((p) => p.status === 'invited').length,
            }),
          ),
      },
    );
  };

  return (
    <section className="section" aria-labelledby={NOTICE_HEADING}>
      <Heading level={2} data-size="md" id={NOTICE_HEADING} tabIndex={-1}>
        {t('web.meetings.notice.heading')}
      </Heading>
      <Paragraph>{t('web.meetings.notice.lead')}</Paragraph>
      {meeting.kind === 'decision' &&
        (late ? (
          <Alert data-color="warning">
            <Paragraph>{t('web.meetings.notice.late', { lastDay, source: meeting.noticeSource })}</Paragraph>
          </Alert>
        ) : (
          <Paragraph>{t('web.meetings.notice.due', { lastDay, source: meeting.noticeSource })}</Paragraph>
        ))}
      <form noValidate onSubmit={onSubmit} className="form narrow" aria-labelledby={NOTICE_HEADING}>
        <FormErrorSummary key={attempt} errors={errors} />
        {publish.isError && <ActionError error={publish.error} />}
        {late && (
          <>
            <Checkbox
              id="notice-urgent"
              label={t('web.meetings.notice.urgent')}
              description={t('web.meetings.notice.urgent_description')}
              checked={urgent}
              onChange={(event) => setUrgent(event.target.checked)}
            />
            {urgent && (
              <Textfield
                id={URGENT_REASON}
                multiline
                rows={3}
                label={t('web.meetings.notice.urgent_reason')}
                value={reason}
                onChange={(event) => setReason(event.target.value)}
                error={errors.find((e) => e.fieldId === URGENT_REASON)?.message}
              />
            )}
          </>
        )}
        <div className="button-row">
          <Button type="submit" loading={publish.isPending}>
            {t('web.meetings.notice.submit')}
          </Button>
        </div>
      </form>
    </section>
  );
}

function fieldsOf(meeting: Meeting, timeZone: string): MeetingFields {
  return {
    name: meeting.name,
    startsAt: isoToZonedInput(meeting.startsAt, timeZone),
    endsAt: isoToZonedInput(meeting.endsAt, timeZone),
    location: meeting.location ?? '',
    onlineUrl: meeting.onlineUrl ?? '',
    description: meeting.description,
  };
}

function EditMeetingForm({
  slug,
  meeting,
  update,
  onDone,
}: {
  slug: string;
  meeting: Meeting;
  update: ReturnType<typeof useUpdateMeeting>;
  onDone: () => void;
}) {
  const t = useT();
  const notify = useNotify();
  const municipality = useMunicipality(slug);
  const timeZone = timeZoneOf(municipality.jurisdiction);
  const [fields, setFields] = useState(() => fieldsOf(meeting, timeZone));
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [attempt, setAttempt] = useState(0);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = validateMeeting(t, fields, timeZone);
    setErrors(found);
    setAttempt((n) => n + 1);
    if (found.length > 0) return;
    update.mutate(
      {
        name: fields.name.trim(),
        startsAt: zonedInputToIso(fields.startsAt, timeZone) ?? undefined,
        endsAt: zonedInputToIso(fields.endsAt, timeZone) ?? undefined,
        location: fields.location.trim() || null,
        onlineUrl: fields.onlineUrl.trim() || null,
        description: fields.description.trim(),
        version: meeting.version,
      },
      {
        onSuccess: () => {
          notify.success(t('web.meetings.change.done'));
          onDone();
        },
        onError: (error) => {
          // A stale version reloads the meeting and with it this form; the section says so.
          if (isStale(error)) return;
          setErrors(serverErrors(error, t, fieldsByPath, meetingFieldIds.name));
          setAttempt((n) => n + 1);
        },
      },
    );
  };

  return (
    <form noValidate onSubmit={onSubmit} className="form narrow edit-panel" aria-labelledby="meeting-change">
      <FormErrorSummary key={attempt} errors={errors} />
      {meeting.state === 'notified' && (
        <Paragraph data-size="sm">{t('web.meetings.change.notified')}</Paragraph>
      )}
      <MeetingFieldset fields={fields} onChange={setFields} errors={errors} />
      <div className="button-row">
        <Button type="submit" loading={update.isPending}>
          {t('web.meetings.change.submit')}
        </Button>
      </div>
    </form>
  );
}

const CANCEL_REASON = 'meeting-cancel-reason';
const CHANGE_BUTTON = 'meeting-change-button';

/** The secretary changes a meeting's name, time or place, or cancels it with a reason. */
export function ChangeMeetingSection({ slug, meeting }: { slug: string; meeting: Meeting }) {
  const t = useT();
  const notify = useNotify();
  const focusLater = useFocusLater();
  const cancel = useCancelMeeting(slug, meeting.id);
  const update = useUpdateMeeting(slug, meeting.id);
  const [editing, setEditing] = useState(false);
  const [cancelling, setCancelling] = useState(false);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | undefined>();
  if (!meeting.you.manage || !['planned', 'notified'].includes(meeting.state)) return null;

  return (
    <section className="section" aria-labelledby="meeting-change">
      <Heading level={2} data-size="md" id="meeting-change">
        {t('web.meetings.change.heading')}
      </Heading>
      <div className="button-row">
        <Button
          id={CHANGE_BUTTON}
          variant="secondary"
          aria-expanded={editing}
          aria-controls="meeting-change-panel"
          onClick={() => {
            update.reset();
            setEditing((open) => !open);
          }}
        >
          {t('web.meetings.change.button')}
        </Button>
        <Button
          variant="secondary"
          data-color="danger"
          onClick={() => {
            cancel.reset();
            setReasonError(undefined);
            setCancelling(true);
          }}
        >
          {t('web.meetings.cancel.button')}
        </Button>
      </div>
      {update.isError && isStale(update.error) && <ActionError error={update.error} />}
      <div id="meeting-change-panel" hidden={!editing}>
        {/* Keyed by version: after a change or a reload the form starts from what is stored. */}
        {editing && (
          <EditMeetingForm
            key={meeting.version}
            slug={slug}
            meeting={meeting}
            update={update}
            onDone={() => {
              setEditing(false);
              focusLater(CHANGE_BUTTON);
            }}
          />
        )}
      </div>
      {cancel.isError && !cancelling && <ActionError error={cancel.error} />}
      <ConfirmDialog
        open={cancelling}
        heading={t('web.meetings.cancel.heading', { name: meeting.name })}
        confirmLabel={t('web.meetings.cancel.confirm')}
        busy={cancel.isPending}
        onCancel={() => setCancelling(false)}
        onConfirm={() => {
          if (!reason.trim()) {
            setReasonError(t('web.meetings.cancel.reason_missing'));
            document.getElementById(CANCEL_REASON)?.focus();
            return;
          }
          cancel.mutate(
            { reason: reason.trim(), version: meeting.version },
            {
              onSuccess: () => {
                setCancelling(false);
                notify.success(t('web.meetings.cancel.done'));
                focusLater(PAGE_HEADING_ID);
              },
              onError: () => setCancelling(false),
            },
          );
        }}
      >
        <Paragraph>{t('web.meetings.cancel.lead')}</Paragraph>
        <Textfield
          id={CANCEL_REASON}
          multiline
          rows={3}
          label={t('web.meetings.cancel.reason')}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
          error={reasonError}
        />
      </ConfirmDialog>
    </section>
  );
}
