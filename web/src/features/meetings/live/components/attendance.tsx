import {
  Button,
  Checkbox,
  Fieldset,
  Heading,
  Paragraph,
  Switch,
  Table,
  Tag,
} from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import { TableScroll } from '../../../../components/table-scroll.tsx';
import { useNotify } from '../../../../components/notifications.tsx';
import { useT } from '../../../../lib/i18n.ts';
import { useOpenMeeting, useSetAdjusters, useSetAttendance } from '../api/live.queries.ts';
import type { Participant, Quorum } from '../api/live.types.ts';
import { ActionError } from './action-error.tsx';
import { SelectField } from '../../../../components/fields.tsx';
import { attending, byName, roleLabel } from './labels.ts';
import { useLive } from './live-context.tsx';

/** Whether the body may decide: counted against needed, in words as well as by colour, with its source. */
export function QuorumFacts({ quorum }: { quorum: Quorum }) {
  const t = useT();
  return (
    <p className="live-quorum">
      <Tag data-color={quorum.met ? 'success' : 'danger'} data-size="sm">
        {quorum.met ? t('web.meeting_live.quorum_met') : t('web.meeting_live.quorum_not_met')}
      </Tag>{' '}
      {t('web.meeting_live.quorum_counts', {
        counted: quorum.counted,
        needed: quorum.needed,
        seats: quorum.seats,
        conflicted: quorum.conflicted,
      })}{' '}
      <span className="muted">({quorum.source})</span>
    </p>
  );
}

/** The chair or secretary opens a called meeting; the body's chair presides unless another is chosen. */
export function OpenMeetingSection() {
  const t = useT();
  const notify = useNotify();
  const { slug, meetingId, meeting, jurisdiction, reload } = useLive();
  const open = useOpenMeeting(slug, meetingId);
  const [chair, setChair] = useState(meeting.chair?.id ?? '');
  const candidates = attending(meeting)
    .filter((p) => p.votingRight)
    .sort(byName);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    open.mutate(
      { chairPersonId: chair || undefined, version: meeting.version },
      { onSuccess: () => notify.success(t('web.meeting_live.opened')) },
    );
  };
  return (
    <section className="section" aria-labelledby="live-open">
      <Heading level={2} data-size="md" id="live-open">
        {t('web.meeting_live.open_heading')}
      </Heading>
      <form noValidate onSubmit={onSubmit} className="form narrow">
        <SelectField
          id="live-open-chair"
          label={t('web.meeting_live.chair')}
          description={t('web.meeting_live.chair_description')}
          value={chair}
          onChange={setChair}
          empty={t('web.meeting_live.choose')}
          options={candidates.map((p) => ({
            value: p.person.id,
            label: `${p.person.name} (${roleLabel(t, p.role, jurisdiction)})`,
          }))}
        />
        <ActionError error={open.error} onReload={reload} />
        <div className="button-row">
          <Button type="submit" loading={open.isPending}>
            {t('web.meeting_live.open')}
          </Button>
        </div>
      </form>
    </section>
  );
}

function statusText(t: ReturnType<typeof useT>, p: Participant): string {
  if (p.status === 'absent')
    return p.absenceReason
      ? t('web.meeting_live.status_absent_reason', { reason: p.absenceReason })
      : t('web.meeting_live.status_absent');
  if (p.status === 'called_in')
    return t('web.meeting_live.status_called_in', { name: p.replaces?.name ?? '' });
  return t('web.meeting_live.status_called');
}

/**
 * Roll call and attendance during the meeting: one switch per person called, named by the person,
 * so "Present: Bo Ek" can be found and toggled by keyboard, voice or screen reader. Someone who
 * reported absence but comes takes the seat back.
 */
export function AttendanceSection() {
  const t = useT();
  const { slug, meetingId, meeting, jurisdiction, reload } = useLive();
  const attendance = useSetAttendance(slug, meetingId);
  const [failed, setFailed] = useState<{ name: string; error: unknown } | null>(null);
  const [busyAll, setBusyAll] = useState(false);
  const people = meeting.participants.filter((p) => p.status !== 'not_called');
  const set = (p: Participant, present: boolean) => {
    setFailed(null);
    attendance.mutate(
      { personId: p.person.id, present },
      { onError: (error) => setFailed({ name: p.person.name, error }) },
    );
  };
  const markAll = async () => {
    setFailed(null);
    setBusyAll(true);
    for (const p of people.filter((x) => x.status !== 'absent' && !x.present)) {
      try {
        await attendance.mutateAsync({ personId: p.person.id, present: true });
      } catch (error) {
        setFailed({ name: p.person.name, error });
        break;
      }
    }
    setBusyAll(false);
  };
  const presentCount = people.filter((p) => p.present).length;
  return (
    <section className="section" aria-labelledby="live-attendance">
      <Heading level={2} data-size="md" id="live-attendance">
        {t('web.meeting_live.attendance_heading')}
      </Heading>
      {meeting.quorum && <QuorumFacts quorum={meeting.quorum} />}
      <Paragraph>
        {t('web.meeting_live.present_count', { present: presentCount, total: people.length })}
      </Paragraph>
      {failed && (
        <>
          <Paragraph>{failed.name}</Paragraph>
          <ActionError error={failed.error} onReload={reload} />
        </>
      )}
      <div className="button-row">
        <Button variant="secondary" onClick={() => void markAll()} loading={busyAll}>
          {t('web.meeting_live.all_present')}
        </Button>
      </div>
      <TableScroll label={t('web.meeting_live.attendance_heading')}>
        <Table>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t('web.meeting_live.name')}</Table.HeaderCell>
              <Table.HeaderCell>{t('web.meeting_live.role')}</Table.HeaderCell>
              <Table.HeaderCell>{t('web.meeting_live.status')}</Table.HeaderCell>
              <Table.HeaderCell>{t('web.meeting_live.present')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {people.map((p) => (
              <Table.Row key={p.id}>
                <Table.HeaderCell scope="row">
                  {p.person.name}
                  {p.person.party && <span className="muted"> ({p.person.party})</span>}
                </Table.HeaderCell>
                <Table.Cell>
                  {roleLabel(t, p.role, jurisdiction)}
                  {/* A substitute called in votes in the seat of the member away. */}
                  {!p.votingRight && p.status !== 'called_in' && (
                    <span className="muted"> – {t('web.meeting_live.no_vote')}</span>
                  )}
                </Table.Cell>
                <Table.Cell>{statusText(t, p)}</Table.Cell>
                <Table.Cell>
                  <Switch
                    aria-label={t('web.meeting_live.present_name', { name: p.person.name })}
                    checked={p.present}
                    onChange={(event) => set(p, event.target.checked)}
                  />{' '}
                  <span aria-hidden="true">
                    {p.present ? t('web.meeting_live.yes') : t('web.meeting_live.no')}
                  </span>
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </TableScroll>
    </section>
  );
}

/** Who signs the minutes with the chair: justerare in Sweden, two members in Norway. */
export function AdjustersSection() {
  const t = useT();
  const notify = useNotify();
  const { slug, meetingId, meeting, jurisdiction, reload } = useLive();
  const save = useSetAdjusters(slug, meetingId);
  const chairId = meeting.chair?.id;
  const candidates = attending(meeting)
    .filter((p) => p.person.id !== chairId && (p.present || meeting.state === 'notified'))
    .sort(byName);
  const [chosen, setChosen] = useState<string[]>(() =>
    meeting.participants.filter((p) => p.adjuster).map((p) => p.person.id),
  );
  const current = meeting.participants.filter((p) => p.adjuster);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    save.mutate(chosen, {
      onSuccess: () => notify.success(t('web.meeting_live.adjusters_saved', { jurisdiction })),
    });
  };
  return (
    <section className="section" aria-labelledby="live-adjusters">
      <Heading level={2} data-size="md" id="live-adjusters">
        {t('web.meeting_live.adjusters_heading', { jurisdiction })}
      </Heading>
      <Paragraph>
        {current.length === 0
          ? t('web.meeting_live.adjusters_none', { jurisdiction })
          : t('web.meeting_live.adjusters_now', {
              jurisdiction,
              names: current.map((p) => p.person.name).join(', '),
            })}
      </Paragraph>
      <form noValidate onSubmit={onSubmit} className="form narrow">
        <Fieldset>
          <Fieldset.Legend>{t('web.meeting_live.adjusters_choose', { jurisdiction })}</Fieldset.Legend>
          {candidates.length === 0 && (
            <Fieldset.Description>{t('web.meeting_live.adjusters_present_first')}</Fieldset.Description>
          )}
          {candidates.map((p) => (
            <Checkbox
              key={p.id}
              id={`live-adjuster-${p.person.id}`}
              label={p.person.name}
              value={p.person.id}
              checked={chosen.includes(p.person.id)}
              onChange={(event) =>
                setChosen((list) =>
                  event.target.checked ? [...list, p.person.id] : list.filter((id) => id !== p.person.id),
                )
              }
            />
          ))}
        </Fieldset>
        <ActionError error={save.error} onReload={reload} />
        <div className="button-row">
          <Button type="submit" variant="secondary" loading={save.isPending}>
            {t('web.meeting_live.adjusters_save', { jurisdiction })}
          </Button>
        </div>
      </form>
    </section>
  );
}
