import { Button, Heading, Link, Paragraph, Table, Tag, Textfield } from '@digdir/designsystemet-react';
import { useQuery, useSuspenseQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link as RouterLink, useParams } from 'react-router';
import { ConfirmDialog } from '../../../../components/confirm-dialog.tsx';
import { useNotify } from '../../../../components/notifications.tsx';
import { PAGE_HEADING_ID, Page } from '../../../../components/page.tsx';
import { QueryError } from '../../../../components/query-error.tsx';
import { TableScroll } from '../../../../components/table-scroll.tsx';
import { isApiError } from '../../../../lib/api.ts';
import { useFormat, useT } from '../../../../lib/i18n.ts';
import { useMunicipality } from '../../../../lib/municipality.ts';
import { useMeetingFormat } from '../../components/time.ts';
import {
  liveMeetingQuery,
  meetingPath,
  minutesNoticeQuery,
  minutesQuery,
  usePostMinutes,
  useSendForSigning,
  useSignMinutes,
  useUpdateMinutes,
} from '../api/live.queries.ts';
import type { Meeting, Minutes } from '../api/live.types.ts';
import { ActionError } from './action-error.tsx';
import { today } from '../../../../lib/dates.ts';
import type { Jurisdiction } from './labels.ts';
import '../live.css';

type Props = { slug: string; meeting: Meeting; minutes: Minutes; jurisdiction: Jurisdiction };

const sectionId = (itemId: string) => `minutes-section-${itemId}`;

/** A text box as tall as its text, within reason. */
const rowsFor = (text: string) => Math.min(24, Math.max(4, text.split('\n').length + 1));

/** The minutes as PDF/A and HTML, and each decided item's extract. */
function Documents({ slug, meeting, minutes, jurisdiction }: Props) {
  const t = useT();
  const decided = meeting.items.filter(
    (i) => i.state === 'decided' && minutes.sections.some((s) => s.itemId === i.id),
  );
  return (
    <section className="section" aria-labelledby="minutes-documents">
      <Heading level={2} data-size="md" id="minutes-documents">
        {t('web.meeting_live.documents_heading')}
      </Heading>
      <ul className="plain-list live-signers">
        <li>
          <Link href={meetingPath(slug, meeting.id, 'minutes.pdf')}>
            {t('web.meeting_live.minutes_pdf', { jurisdiction })}
          </Link>
        </li>
        <li>
          <Link href={meetingPath(slug, meeting.id, 'minutes.html')}>
            {t('web.meeting_live.minutes_html', { jurisdiction })}
          </Link>
        </li>
      </ul>
      {decided.length > 0 && (
        <>
          <Heading level={3} data-size="xs">
            {t('web.meeting_live.extracts_heading')}
          </Heading>
          <ul className="plain-list live-signers">
            {decided.map((item) => (
              <li key={item.id}>
                {item.number} {item.title}:{' '}
                <Link href={meetingPath(slug, meeting.id, 'items', item.id, 'extract.pdf')}>
                  {t('web.meeting_live.extract_pdf', { item: item.number })}
                </Link>
                {', '}
                <Link href={meetingPath(slug, meeting.id, 'items', item.id, 'extract.html')}>
                  {t('web.meeting_live.extract_html', { item: item.number })}
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

/**
 * Approval at the body's next meeting (Norway, by the body's rules): no one signs; the minutes,
 * once sent, go on the agenda of the body's next meeting, and deciding that item approves them.
 */
function NextMeetingApproval({ slug, minutes, jurisdiction }: Props) {
  const t = useT();
  const format = useMeetingFormat(jurisdiction);
  const at = minutes.approvedAt;
  const atLink = at && (
    <Link asChild>
      <RouterLink to={`/m/${slug}/meetings/${at.meetingId}`}>
        {t('web.meeting_live.next_meeting.meeting', { name: at.name, date: format.dateTime(at.startsAt) })}
      </RouterLink>
    </Link>
  );
  return (
    <section className="section" aria-labelledby="minutes-signing">
      <Heading level={2} data-size="md" id="minutes-signing">
        {t('web.meeting_live.next_meeting.heading')}
      </Heading>
      {minutes.state === 'draft' && <Paragraph>{t('web.meeting_live.next_meeting.draft')}</Paragraph>}
      {minutes.state === 'signing' &&
        (atLink ? (
          <Paragraph>
            {t('web.meeting_live.next_meeting.planned')} {atLink}
          </Paragraph>
        ) : (
          <Paragraph>{t('web.meeting_live.next_meeting.unplanned')}</Paragraph>
        ))}
      {minutes.state === 'signed' && atLink && (
        <Paragraph>
          {t('web.meeting_live.next_meeting.approved')} {atLink}
        </Paragraph>
      )}
    </section>
  );
}

/**
 * Signing (justering / godkjenning): who signs and whether they have, the chair's and adjusters'
 * own signature, and single decided items signed at once (omedelbar justering).
 */
function Signing({ slug, meeting, minutes, jurisdiction }: Props) {
  const t = useT();
  const format = useFormat();
  const notify = useNotify();
  const sign = useSignMinutes(slug, meeting.id);
  const me = meeting.you.personId;
  const signer = minutes.signers.some((s) => s.person.id === me);
  const decided = meeting.items.filter((i) => i.state === 'decided');
  return (
    <section className="section" aria-labelledby="minutes-signing">
      <Heading level={2} data-size="md" id="minutes-signing">
        {t('web.meeting_live.signing_heading', { jurisdiction })}
      </Heading>
      {minutes.state !== 'signed' && (
        <Paragraph>
          {t('web.meeting_live.due_on', { jurisdiction, date: format.day(minutes.dueOn) })}{' '}
          {minutes.overdue && (
            <Tag data-size="sm" data-color="danger">
              {t('web.meeting_live.overdue')}
            </Tag>
          )}
        </Paragraph>
      )}
      {minutes.signers.length === 0 ? (
        <Paragraph>{t('web.meeting_live.signers_none', { jurisdiction })}</Paragraph>
      ) : (
        <ul className="plain-list live-signers">
          {minutes.signers.map((s) => (
            <li key={s.person.id}>
              <strong>{s.person.name}</strong> ({t(`minutes.role.${s.role}`)}):{' '}
              {s.signedAt
                ? t('web.meeting_live.signed_at', { at: format.dateTime(s.signedAt) })
                : t('web.meeting_live.not_signed')}
            </li>
          ))}
        </ul>
      )}
      {minutes.mySignature && minutes.state === 'signing' && (
        <div className="button-row">
          <Button
            loading={sign.isPending && sign.variables === undefined}
            onClick={() =>
              sign.mutate(undefined, {
                onSuccess: () => notify.success(t('web.meeting_live.signed_done', { jurisdiction })),
              })
            }
          >
            {t('web.meeting_live.sign', { jurisdiction })}
          </Button>
        </div>
      )}
      {minutes.mySignature && minutes.state === 'draft' && (
        <Paragraph className="muted">{t('web.meeting_live.sign_wait', { jurisdiction })}</Paragraph>
      )}
      {decided.length > 0 && minutes.state !== 'signed' && (
        <>
          <Heading level={3} data-size="xs" id="minutes-items-signing">
            {t('web.meeting_live.sign_items_heading', { jurisdiction })}
          </Heading>
          <Paragraph>{t('web.meeting_live.sign_items_lead', { jurisdiction })}</Paragraph>
          <ul className="plain-list live-signers">
            {decided.map((item) => {
              const signatures = minutes.itemSignatures.filter((s) => s.itemId === item.id);
              const mine = signatures.some((s) => s.person.id === me);
              return (
                <li key={item.id}>
                  <strong>
                    {item.number} {item.title}
                  </strong>
                  :{' '}
                  {item.signedAt
                    ? t('web.meeting_live.item_signed', { jurisdiction, at: format.dateTime(item.signedAt) })
                    : t('web.meeting_live.item_signatures', {
                        count: signatures.length,
                        of: minutes.signers.length,
                      })}{' '}
                  {signer && !mine && !item.signedAt && (
                    <Button
                      variant="secondary"
                      data-size="sm"
                      loading={sign.isPending && sign.variables === item.id}
                      onClick={() =>
                        sign.mutate(item.id, {
                          onSuccess: () =>
                            notify.success(
                              t('web.meeting_live.item_signed_done', { jurisdiction, item: item.number }),
                            ),
                        })
                      }
                    >
                      {t('web.meeting_live.sign_item', { jurisdiction, item: item.number })}
                    </Button>
                  )}
                </li>
              );
            })}
          </ul>
        </>
      )}
      <ActionError error={sign.error} />
    </section>
  );
}

/**
 * The secretary's editor: the preamble and each item's section. A 409 means another secretary saved
 * first: the text typed here stays, and reloading takes up theirs.
 */
function Editor({ slug, meeting, minutes, jurisdiction, onReload }: Props & { onReload: () => void }) {
  const t = useT();
  const notify = useNotify();
  const update = useUpdateMinutes(slug, meeting.id);
  const send = useSendForSigning(slug, meeting.id);
  const [preamble, setPreamble] = useState(minutes.preamble);
  const [sections, setSections] = useState<Record<string, string>>(() =>
    Object.fromEntries(minutes.sections.map((s) => [s.itemId, s.text])),
  );
  const [version, setVersion] = useState(minutes.version);
  const [confirm, setConfirm] = useState<'regenerate' | 'send' | null>(null);
  // Where the body approves its minutes at its next meeting, sending puts them on that agenda.
  const nextMeeting = minutes.approval === 'next_meeting';
  const sendLabel = nextMeeting
    ? t('web.meeting_live.next_meeting.send')
    : t('web.meeting_live.send_for_signing', { jurisdiction });
  const conflictRef = useRef<HTMLDivElement>(null);
  const conflict = [update.error, send.error].find((e) => isApiError(e, 409));
  useEffect(() => {
    if (conflict) conflictRef.current?.focus();
  }, [conflict]);
  const dirty =
    preamble !== minutes.preamble || minutes.sections.some((s) => (sections[s.itemId] ?? '') !== s.text);

  const save = (then?: (saved: Minutes) => void) =>
    update.mutate(
      { preamble, sections, version },
      {
        onSuccess: (saved) => {
          setVersion(saved.version);
          if (then) then(saved);
          else notify.success(t('web.meeting_live.minutes_saved', { jurisdiction }));
        },
      },
    );
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    save();
  };
  const sendForSigning = () => {
    // Once sent, the read-only text takes this editor's place before callbacks given to mutate()
    // would run, so the promise tells it: the message, and focus on the page's heading, not lost.
    const go = (v: number) =>
      void send
        .mutateAsync(v)
        .then(() => {
          notify.success(
            nextMeeting
              ? t('web.meeting_live.next_meeting.sent')
              : t('web.meeting_live.sent_for_signing', { jurisdiction }),
          );
          document.getElementById(PAGE_HEADING_ID)?.focus();
        })
        // A refusal shows in the form.
        .catch(() => undefined)
        .finally(() => setConfirm(null));
    if (dirty) save((saved) => go(saved.version));
    else go(version);
  };
  const regenerate = () =>
    update.mutate(
      { regenerate: true, version },
      {
        onSuccess: () => {
          notify.success(t('web.meeting_live.regenerated'));
          onReload();
        },
        onSettled: () => setConfirm(null),
      },
    );

  return (
    <section className="section" aria-labelledby="minutes-edit">
      <Heading level={2} data-size="md" id="minutes-edit">
        {t('web.meeting_live.edit_heading')}
      </Heading>
      {conflict && (
        <div ref={conflictRef} tabIndex={-1}>
          <ActionError error={conflict} />
          <Paragraph>{t('web.meeting_live.minutes_conflict')}</Paragraph>
          <div className="button-row">
            <Button variant="secondary" onClick={onReload}>
              {t('web.meeting_live.minutes_reload')}
            </Button>
          </div>
        </div>
      )}
      <form noValidate onSubmit={onSubmit} className="form">
        <Textfield
          id="minutes-preamble"
          multiline
          rows={rowsFor(preamble)}
          label={t('web.meeting_live.preamble')}
          description={t('web.meeting_live.preamble_description', { jurisdiction })}
          value={preamble}
          onChange={(event) => setPreamble(event.target.value)}
        />
        {minutes.sections.map((s) => (
          <Textfield
            key={s.itemId}
            id={sectionId(s.itemId)}
            multiline
            rows={rowsFor(sections[s.itemId] ?? '')}
            label={`${s.number} ${s.title}`}
            value={sections[s.itemId] ?? ''}
            onChange={(event) => setSections((current) => ({ ...current, [s.itemId]: event.target.value }))}
          />
        ))}
        {!isApiError(update.error, 409) && <ActionError error={update.error} />}
        {!isApiError(send.error, 409) && <ActionError error={send.error} />}
        <div className="button-row">
          <Button type="submit" loading={update.isPending && confirm === null}>
            {t('web.meeting_live.minutes_save')}
          </Button>
          <Button variant="secondary" onClick={() => setConfirm('send')}>
            {sendLabel}
          </Button>
          <Button variant="tertiary" onClick={() => setConfirm('regenerate')}>
            {t('web.meeting_live.regenerate')}
          </Button>
        </div>
      </form>
      <ConfirmDialog
        open={confirm === 'regenerate'}
        heading={t('web.meeting_live.regenerate_heading')}
        confirmLabel={t('web.meeting_live.regenerate')}
        busy={update.isPending}
        onCancel={() => setConfirm(null)}
        onConfirm={regenerate}
      >
        {t('web.meeting_live.regenerate_confirm')}
      </ConfirmDialog>
      <ConfirmDialog
        open={confirm === 'send'}
        heading={
          nextMeeting
            ? t('web.meeting_live.next_meeting.send_heading')
            : t('web.meeting_live.send_heading', { jurisdiction })
        }
        confirmLabel={sendLabel}
        busy={update.isPending || send.isPending}
        onCancel={() => setConfirm(null)}
        onConfirm={sendForSigning}
      >
        {nextMeeting
          ? t('web.meeting_live.next_meeting.send_confirm')
          : t('web.meeting_live.send_confirm', { jurisdiction })}
      </ConfirmDialog>
    </section>
  );
}

function ReadOnlyText({ minutes }: { minutes: Minutes }) {
  const t = useT();
  return (
    <section className="section" aria-labelledby="minutes-text">
      <Heading level={2} data-size="md" id="minutes-text">
        {t('web.meeting_live.text_heading')}
      </Heading>
      <Paragraph className="pre-line">{minutes.preamble}</Paragraph>
      {minutes.sections.map((s) => (
        <section key={s.itemId} className="subsection" aria-labelledby={sectionId(s.itemId)}>
          <Heading level={3} data-size="xs" id={sectionId(s.itemId)}>
            {s.number} {s.title}
          </Heading>
          <Paragraph className="pre-line">{s.text}</Paragraph>
        </section>
      ))}
    </section>
  );
}

function Revisions({ minutes }: { minutes: Minutes }) {
  const t = useT();
  const format = useFormat();
  if (minutes.revisions.length === 0) return null;
  const caption = t('web.meeting_live.revisions_heading');
  return (
    <section className="section" aria-labelledby="minutes-revisions">
      <Heading level={2} data-size="md" id="minutes-revisions">
        {caption}
      </Heading>
      <TableScroll label={caption}>
        <Table data-size="sm">
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t('web.meeting_live.revision')}</Table.HeaderCell>
              <Table.HeaderCell>{t('web.meeting_live.edited_by')}</Table.HeaderCell>
              <Table.HeaderCell>{t('web.meeting_live.edited_at')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {[...minutes.revisions].reverse().map((r) => (
              <Table.Row key={r.version}>
                <Table.HeaderCell scope="row">{r.version}</Table.HeaderCell>
                <Table.Cell>{r.editedBy}</Table.Cell>
                <Table.Cell>{format.dateTime(r.editedAt)}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </TableScroll>
    </section>
  );
}

/**
 * Posting the signed minutes on the notice board: the posting day starts the appeal period, whose
 * deadline the server computes (and whether the posting came late).
 */
function Posting({ slug, meeting, minutes, jurisdiction }: Props) {
  const t = useT();
  const format = useFormat();
  const notify = useNotify();
  const notice = useQuery(minutesNoticeQuery(slug, meeting.id));
  const post = usePostMinutes(slug, meeting.id);
  const [postedOn, setPostedOn] = useState(today());
  const [keptAt, setKeptAt] = useState('');
  const posted = notice.data ?? null;
  if (!posted && !meeting.you.manage) return null;
  return (
    <section className="section" aria-labelledby="minutes-posting">
      <Heading level={2} data-size="md" id="minutes-posting">
        {t('web.meeting_live.posting_heading', { jurisdiction })}
      </Heading>
      {notice.isError && <QueryError error={notice.error} />}
      {posted ? (
        <dl className="facts facts--small">
          <div>
            <dt>{t('web.meeting_live.posted_on')}</dt>
            <dd>{format.day(posted.postedOn)}</dd>
          </div>
          <div>
            <dt>{t('web.meeting_live.appeal_deadline', { jurisdiction })}</dt>
            <dd>
              {format.day(posted.deadlineOn)}
              {posted.deadlineSource && <span className="muted"> ({posted.deadlineSource})</span>}
            </dd>
          </div>
          <div>
            <dt>{t('web.meeting_live.kept_at')}</dt>
            <dd>{posted.keptAt ?? '–'}</dd>
          </div>
          <div>
            <dt>{t('web.meeting_live.posted_in_time')}</dt>
            <dd>
              {posted.late ? (
                <Tag data-size="sm" data-color="warning">
                  {t('web.meeting_live.posted_late')}
                </Tag>
              ) : (
                t('web.meeting_live.yes')
              )}
            </dd>
          </div>
        </dl>
      ) : (
        meeting.you.manage &&
        notice.isSuccess && (
          <form
            noValidate
            className="form narrow"
            onSubmit={(event) => {
              event.preventDefault();
              post.mutate(
                { postedOn: postedOn || undefined, keptAt: keptAt.trim() || undefined },
                { onSuccess: () => notify.success(t('web.meeting_live.posted_done', { jurisdiction })) },
              );
            }}
          >
            <Paragraph>{t('web.meeting_live.posting_lead', { jurisdiction })}</Paragraph>
            <Textfield
              id="minutes-posted-on"
              type="date"
              label={t('web.meeting_live.posted_on')}
              value={postedOn}
              min={minutes.signedOn ?? undefined}
              max={today()}
              onChange={(event) => setPostedOn(event.target.value)}
            />
            <Textfield
              id="minutes-kept-at"
              label={t('web.meeting_live.kept_at')}
              description={t('web.meeting_live.kept_at_description')}
              value={keptAt}
              onChange={(event) => setKeptAt(event.target.value)}
            />
            <ActionError error={post.error} />
            <div className="button-row">
              <Button type="submit" loading={post.isPending}>
                {t('web.meeting_live.post', { jurisdiction })}
              </Button>
            </div>
          </form>
        )
      )}
    </section>
  );
}

/**
 * The minutes (protokoll / møtebok) of a closed meeting: the secretary edits and sends them for
 * signing, the chair and adjusters sign (or in Norway, by the body's rules, the body approves them
 * at its next meeting), and the signed minutes are posted on the notice board.
 */
export function MinutesPage() {
  const t = useT();
  const format = useFormat();
  const { slug = '', meetingId = '' } = useParams();
  const municipality = useMunicipality(slug);
  const jurisdiction = municipality.jurisdiction;
  // The meeting's time as the municipality keeps it, whatever the browser's zone.
  const meetingFormat = useMeetingFormat(jurisdiction);
  const meeting = useSuspenseQuery(liveMeetingQuery(slug, meetingId));
  const minutesResult = useSuspenseQuery(minutesQuery(slug, meetingId));
  const minutes = minutesResult.data;
  const heading = t('web.meeting_live.minutes_heading', { jurisdiction, name: meeting.data.name });
  // Reloading after a conflict starts the editor afresh from what is saved now.
  const [generation, setGeneration] = useState(0);
  const reload = () =>
    void Promise.all([minutesResult.refetch(), meeting.refetch()]).then(() => setGeneration((n) => n + 1));
  const props = minutes ? { slug, meeting: meeting.data, minutes, jurisdiction } : null;
  const nextMeeting = minutes?.approval === 'next_meeting';

  return (
    <Page
      title={[heading, meeting.data.body.name, municipality.name]}
      heading={heading}
      lead={
        <Paragraph data-size="lg">
          {meeting.data.body.name}, {meetingFormat.dateTime(meeting.data.startsAt)}
        </Paragraph>
      }
    >
      <nav aria-label={t('web.meeting_live.on_this_page')}>
        <ul className="live-nav">
          <li>
            <Link asChild>
              <RouterLink to={`/m/${slug}/meetings/${meetingId}`}>{t('web.meeting_live.back')}</RouterLink>
            </Link>
          </li>
          <li>
            <Link asChild>
              <RouterLink to={`/m/${slug}/meetings/${meetingId}/live`}>
                {t('web.meeting_live.live_link')}
              </RouterLink>
            </Link>
          </li>
        </ul>
      </nav>
      {!props ? (
        <Paragraph>{t('web.meeting_live.minutes_none', { jurisdiction })}</Paragraph>
      ) : (
        <>
          <p className="live-tags">
            <Tag data-size="sm" data-color={props.minutes.state === 'signed' ? 'success' : 'info'}>
              {nextMeeting
                ? t(`web.meeting_live.next_meeting.state.${props.minutes.state}`)
                : t(`web.meeting_live.minutes_state.${props.minutes.state}`, { jurisdiction })}
            </Tag>
            {props.minutes.signedOn && (
              <span>
                {nextMeeting
                  ? t('web.meeting_live.next_meeting.approved_on', {
                      date: format.day(props.minutes.signedOn),
                    })
                  : t('web.meeting_live.signed_on', {
                      jurisdiction,
                      date: format.day(props.minutes.signedOn),
                    })}
              </span>
            )}
          </p>
          <Documents {...props} />
          {nextMeeting ? <NextMeetingApproval {...props} /> : <Signing {...props} />}
          {meeting.data.you.manage && props.minutes.state === 'draft' ? (
            <Editor key={generation} {...props} onReload={reload} />
          ) : (
            <ReadOnlyText minutes={props.minutes} />
          )}
          {props.minutes.state === 'signed' && <Posting {...props} />}
          <Revisions minutes={props.minutes} />
        </>
      )}
    </Page>
  );
}
