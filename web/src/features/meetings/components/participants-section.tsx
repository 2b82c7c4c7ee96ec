import { Button, Heading, Paragraph, Table, Tag, Textfield } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import { membershipRoles } from '../../../../../common/organisation.ts';
import { ConfirmDialog } from '../../../components/confirm-dialog.tsx';
import { useNotify } from '../../../components/notifications.tsx';
import { TableScroll } from '../../../components/table-scroll.tsx';
import { useFocusLater } from '../../../components/use-focus-later.ts';
import { useT, type Translate } from '../../../lib/i18n.ts';
import { useMunicipality } from '../../../lib/municipality.ts';
import { useReportAbsence } from '../api/meetings.queries.ts';
import type { Meeting, Participant } from '../api/meetings.types.ts';
import { ActionError } from './action-error.tsx';
import { participantStatusLabel, roleLabel } from './labels.ts';

/** Absence can be reported once the notice is out and until the meeting is over. */
function absenceOpen(meeting: Meeting): boolean {
  return meeting.state === 'notified' || meeting.state === 'in_progress';
}

/** Whether the participant is called now: a seat not yet reported absent, or a called-in substitute. */
function mayReportAbsence(participant: Participant): boolean {
  return participant.role === 'substitute'
    ? participant.status === 'called_in'
    : participant.status === 'invited';
}

/** Who was called in for the seat `person` held or stood in for, once `person` reported absence. */
function calledInFor(meeting: Meeting, person: Participant): Participant | undefined {
  const seat = person.role === 'substitute' ? person.replaces?.id : person.person.id;
  return meeting.participants.find(
    (p) => p.status === 'called_in' && p.replaces?.id === seat && p.person.id !== person.person.id,
  );
}

/** What happened after an absence: who was called in, or that no substitute was left to call. */
function absenceOutcome(t: Translate, meeting: Meeting, person: Participant, own: boolean): string {
  const substitute = calledInFor(meeting, person);
  if (own) {
    return substitute
      ? t('web.meetings.absence.own_called_in', { name: substitute.person.name })
      : t('web.meetings.absence.own_no_substitute');
  }
  return substitute
    ? t('web.meetings.absence.called_in', { absent: person.person.name, name: substitute.person.name })
    : t('web.meetings.absence.no_substitute', { absent: person.person.name });
}

const ABSENCE_REASON = 'own-absence-reason';

/** The member portal's part about oneself: one's status, and reporting one's own absence. */
export function AttendanceSection({ slug, meeting }: { slug: string; meeting: Meeting }) {
  const t = useT();
  const notify = useNotify();
  const report = useReportAbsence(slug, meeting.id);
  const [reason, setReason] = useState('');
  const me = meeting.participants.find((p) => p.person.id === meeting.you.personId);
  if (!meeting.you.participant || !me) return null;
  const canReport = absenceOpen(meeting) && mayReportAbsence(me);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    report.mutate(
      { reason: reason.trim() || null },
      {
        onSuccess: (changed) => {
          const after = changed.participants.find((p) => p.person.id === me.person.id) ?? me;
          notify.success(absenceOutcome(t, changed, after, true));
          setReason('');
        },
      },
    );
  };

  return (
    <section className="section" aria-labelledby="my-attendance">
      <Heading level={2} data-size="md" id="my-attendance">
        {t('web.meetings.absence.own_heading')}
      </Heading>
      <Paragraph>{t('web.meetings.absence.own_status', { status: participantStatusLabel(t, me) })}</Paragraph>
      {me.status === 'absent' && <Paragraph>{absenceOutcome(t, meeting, me, true)}</Paragraph>}
      {report.isError && <ActionError error={report.error} />}
      {canReport && (
        <form noValidate onSubmit={onSubmit} className="form narrow" aria-labelledby="my-attendance">
          <Textfield
            id={ABSENCE_REASON}
            label={t('web.meetings.absence.reason')}
            description={t('web.meetings.absence.reason_description')}
            autoComplete="off"
            value={reason}
            onChange={(event) => setReason(event.target.value)}
          />
          <div className="button-row">
            <Button type="submit" loading={report.isPending}>
              {t('web.meetings.absence.own_submit')}
            </Button>
          </div>
        </form>
      )}
    </section>
  );
}

function participantOrder(a: Participant, b: Participant): number {
  const byRole = membershipRoles.indexOf(a.role) - membershipRoles.indexOf(b.role);
  if (byRole !== 0) return byRole;
  const byOrder = (a.substituteOrder ?? 0) - (b.substituteOrder ?? 0);
  return byOrder !== 0 ? byOrder : a.person.name.localeCompare(b.person.name);
}

const OTHER_REASON = 'other-absence-reason';
const absenceButtonId = (participantId: string) => `absence-${participantId}`;

/**
 * Who is called: members in their seats, substitutes in their order, and where each stands. The
 * secretary reports someone else's absence here, and sees who was called in.
 */
export function ParticipantsSection({ slug, meeting }: { slug: string; meeting: Meeting }) {
  const t = useT();
  const notify = useNotify();
  const focusLater = useFocusLater();
  const municipality = useMunicipality(slug);
  const jurisdiction = municipality.jurisdiction;
  const report = useReportAbsence(slug, meeting.id);
  const [asking, setAsking] = useState<Participant | null>(null);
  const [reason, setReason] = useState('');
  const participants = [...meeting.participants].sort(participantOrder);
  const secretary = meeting.you.manage && absenceOpen(meeting);
  const showReasons = participants.some((p) => p.absenceReason);
  const caption = t('web.meetings.participants.caption', { name: meeting.name });

  return (
    <section className="section" aria-labelledby="meeting-participants">
      <Heading level={2} data-size="md" id="meeting-participants" tabIndex={-1}>
        {t('web.meetings.participants.heading')}
      </Heading>
      {participants.length === 0 ? (
        <Paragraph>{t('web.meetings.participants.none')}</Paragraph>
      ) : (
        <>
          {meeting.quorum && (
            <Paragraph>
              {t('web.meetings.participants.quorum', {
                needed: meeting.quorum.needed,
                seats: meeting.quorum.seats,
                source: meeting.quorum.source,
              })}
            </Paragraph>
          )}
          {report.isError && !asking && <ActionError error={report.error} />}
          <TableScroll label={caption}>
            <Table zebra border>
              <caption className="ds-sr-only">{caption}</caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell scope="col">{t('web.meetings.participants.name')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t('web.meetings.participants.list')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t('web.meetings.participants.role')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t('web.meetings.participants.status')}</Table.HeaderCell>
                  {showReasons && (
                    <Table.HeaderCell scope="col">{t('web.meetings.participants.reason')}</Table.HeaderCell>
                  )}
                  {secretary && <Table.HeaderCell scope="col">{t('web.meetings.actions')}</Table.HeaderCell>}
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {participants.map((p) => (
                  <Table.Row key={p.id}>
                    <Table.HeaderCell scope="row">
                      {p.person.name}
                      {p.person.id === meeting.you.personId && (
                        <>
                          {' '}
                          <Tag data-size="sm" data-color="info">
                            {t('web.meetings.participants.you')}
                          </Tag>
                        </>
                      )}
                    </Table.HeaderCell>
                    <Table.Cell>{p.listName ?? p.person.party ?? '–'}</Table.Cell>
                    <Table.Cell>
                      {roleLabel(t, p.role, jurisdiction)}
                      {p.role === 'substitute' && p.substituteOrder !== null && (
                        <> ({t('web.meetings.participants.order', { order: p.substituteOrder })})</>
                      )}
                    </Table.Cell>
                    <Table.Cell>{participantStatusLabel(t, p)}</Table.Cell>
                    {showReasons && <Table.Cell>{p.absenceReason ?? ''}</Table.Cell>}
                    {secretary && (
                      <Table.Cell>
                        {mayReportAbsence(p) && (
                          <Button
                            id={absenceButtonId(p.id)}
                            variant="secondary"
                            data-size="sm"
                            onClick={() => {
                              report.reset();
                              setReason('');
                              setAsking(p);
                            }}
                          >
                            {t('web.meetings.absence.report')}
                            <span className="ds-sr-only"> {p.person.name}</span>
                          </Button>
                        )}
                      </Table.Cell>
                    )}
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </TableScroll>
        </>
      )}
      {asking && (
        <ConfirmDialog
          open
          heading={t('web.meetings.absence.heading', { name: asking.person.name })}
          confirmLabel={t('web.meetings.absence.report')}
          busy={report.isPending}
          onCancel={() => setAsking(null)}
          onConfirm={() =>
            report.mutate(
              { personId: asking.person.id, reason: reason.trim() || null },
              {
                onSuccess: (changed) => {
                  const after = changed.participants.find((p) => p.id === asking.id) ?? asking;
                  const outcome = absenceOutcome(t, changed, after, false);
                  setAsking(null);
                  notify.success(outcome);
                  focusLater('meeting-participants');
                },
                onError: () => setAsking(null),
              },
            )
          }
        >
          <Paragraph>{t('web.meetings.absence.lead')}</Paragraph>
          <Textfield
            id={OTHER_REASON}
            label={t('web.meetings.absence.reason')}
            description={t('web.meetings.absence.reason_description')}
            autoComplete="off"
            value={reason}
            onChange={(event) => setReason(event.target.value)}
          />
        </ConfirmDialog>
      )}
    </section>
  );
}
