import { Button, Heading, Paragraph, Table, Textfield } from '@digdir/designsystemet-react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { Jurisdiction } from '../../../../../common/roles.ts';
import { FormErrorSummary, fieldError, type FieldError } from '../../../components/form-error-summary.tsx';
import { useNotify } from '../../../components/notifications.tsx';
import { TableScroll } from '../../../components/table-scroll.tsx';
import { errorMessage } from '../../../lib/api.ts';
import type { Member } from '../../../lib/api-types.ts';
import { useFormat, useT } from '../../../lib/i18n.ts';
import { useEndMembership, useMoveUp } from '../api/organisation.queries.ts';
import { dayAfter, roleLabel } from './labels.ts';
import { today } from '../../../lib/dates.ts';

export const MEMBERS_HEADING_ID = 'current-members';
const endButtonId = (membershipId: string) => `end-membership-${membershipId}`;

/** Ends one membership on a date, with an optional reason. */
function EndMembershipPanel({
  slug,
  member,
  onEnded,
  onCancel,
}: {
  slug: string;
  member: Member;
  onEnded: (next: Member | null, endsOn: string) => void;
  onCancel: () => void;
}) {
  const t = useT();
  const notify = useNotify();
  const endMembership = useEndMembership(slug);
  const [endsOn, setEndsOn] = useState(today());
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found: FieldError[] = [];
    if (!endsOn) found.push({ fieldId: 'end-membership-date', message: t('web.org.date_missing') });
    else if (endsOn < member.startsOn)
      found.push({ fieldId: 'end-membership-date', message: t('web.org.date_order') });
    setErrors(found);
    setAttempt((n) => n + 1);
    if (found.length > 0) return;
    endMembership.mutate(
      {
        membershipId: member.membershipId,
        input: { endsOn, endReason: reason.trim() || null, version: member.version },
      },
      {
        onSuccess: (result) => {
          notify.success(t('web.org.members.ended', { name: member.name }));
          onEnded(result.nextSubstitute, endsOn);
        },
        onError: (error) => notify.error(errorMessage(error, t)),
      },
    );
  };

  return (
    <div className="subsection narrow edit-panel">
      <Heading level={3} data-size="sm" id="end-membership-heading" tabIndex={-1} ref={headingRef}>
        {t('web.org.members.end_heading', { name: member.name })}
      </Heading>
      <form noValidate onSubmit={onSubmit} className="form" aria-labelledby="end-membership-heading">
        <FormErrorSummary key={attempt} errors={errors} />
        <Textfield
          id="end-membership-date"
          type="date"
          label={t('web.org.members.last_day')}
          value={endsOn}
          onChange={(event) => setEndsOn(event.target.value)}
          error={fieldError(errors, 'end-membership-date')}
        />
        <Textfield
          id="end-membership-reason"
          label={t('web.org.members.reason')}
          description={t('web.org.members.reason_description')}
          autoComplete="off"
          value={reason}
          onChange={(event) => setReason(event.target.value)}
        />
        <div className="button-row">
          <Button type="submit" data-color="danger" loading={endMembership.isPending}>
            {t('web.org.members.end')}
          </Button>
          <Button variant="secondary" onClick={onCancel}>
            {t('web.dialog.cancel')}
          </Button>
        </div>
      </form>
    </div>
  );
}

/** After a seat is left: the substitute next in order on the same list may move up. */
function MoveUpPanel({
  slug,
  substitute,
  from,
  jurisdiction,
  onDone,
}: {
  slug: string;
  substitute: Member;
  from: string;
  jurisdiction: Jurisdiction;
  onDone: () => void;
}) {
  const t = useT();
  const notify = useNotify();
  const moveUp = useMoveUp(slug);
  const [startsOn, setStartsOn] = useState(from);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!startsOn) return;
    moveUp.mutate(
      { membershipId: substitute.membershipId, input: { startsOn } },
      {
        onSuccess: () => {
          notify.success(t('web.org.members.moved_up', { name: substitute.name }));
          onDone();
        },
        onError: (error) => notify.error(errorMessage(error, t)),
      },
    );
  };

  return (
    <div className="subsection narrow edit-panel">
      <Heading level={3} data-size="sm" id="move-up-heading" tabIndex={-1} ref={headingRef}>
        {t('web.org.members.next_heading', { name: substitute.name })}
      </Heading>
      <Paragraph>
        {t('web.org.members.next_body', {
          name: substitute.name,
          role: roleLabel(t, 'substitute', jurisdiction).toLocaleLowerCase(),
          order: substitute.substituteOrder ?? 1,
          list: substitute.listName ?? 'none',
        })}
      </Paragraph>
      <form noValidate onSubmit={onSubmit} className="form" aria-labelledby="move-up-heading">
        <Textfield
          id="move-up-date"
          type="date"
          label={t('web.org.members.move_up_from')}
          value={startsOn}
          onChange={(event) => setStartsOn(event.target.value)}
        />
        <div className="button-row">
          <Button type="submit" loading={moveUp.isPending}>
            {t('web.org.members.move_up')}
          </Button>
          <Button variant="secondary" onClick={onDone}>
            {t('web.org.members.not_now')}
          </Button>
        </div>
      </form>
    </div>
  );
}

/**
 * The body's members in the term shown: end a membership, and move the next substitute up
 * into the seat that was left.
 */
export function MembersAdmin({
  slug,
  bodyName,
  termName,
  members,
  jurisdiction,
  focusLater,
}: {
  slug: string;
  bodyName: string;
  termName: string;
  members: Member[];
  jurisdiction: Jurisdiction;
  focusLater: (...ids: string[]) => void;
}) {
  const t = useT();
  const format = useFormat();
  const [ending, setEnding] = useState<Member | null>(null);
  const [next, setNext] = useState<{ substitute: Member; from: string } | null>(null);
  const day = today();

  return (
    <section className="section" aria-labelledby={MEMBERS_HEADING_ID}>
      <Heading level={2} data-size="md" id={MEMBERS_HEADING_ID} tabIndex={-1}>
        {t('web.org.body.members_in', { term: termName })}
      </Heading>
      {members.length === 0 ? (
        <Paragraph>{t('web.org.members.empty')}</Paragraph>
      ) : (
        <TableScroll label={t('web.org.body.members_caption', { body: bodyName, term: termName })}>
          <Table zebra border>
            <caption className="ds-sr-only">
              {t('web.org.body.members_caption', { body: bodyName, term: termName })}
            </caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell scope="col">{t('web.field.name')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('web.org.role')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('web.org.list')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('web.org.substitute_order')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('web.org.from')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('web.org.to')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('web.field.actions')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {members.map((member) => (
                <Table.Row key={member.membershipId}>
                  <Table.HeaderCell scope="row">{member.name}</Table.HeaderCell>
                  <Table.Cell>{roleLabel(t, member.role, jurisdiction)}</Table.Cell>
                  <Table.Cell>{member.listName ?? '–'}</Table.Cell>
                  <Table.Cell>{member.substituteOrder ?? '–'}</Table.Cell>
                  <Table.Cell>{format.day(member.startsOn)}</Table.Cell>
                  <Table.Cell>{member.endsOn ? format.day(member.endsOn) : '–'}</Table.Cell>
                  <Table.Cell>
                    {(member.endsOn === null || member.endsOn >= day) && (
                      <Button
                        id={endButtonId(member.membershipId)}
                        variant="secondary"
                        data-color="danger"
                        data-size="sm"
                        onClick={() => {
                          setNext(null);
                          setEnding(member);
                        }}
                      >
                        {t('web.org.members.end')}
                        <span className="ds-sr-only"> {member.name}</span>
                      </Button>
                    )}
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </TableScroll>
      )}
      {ending && (
        <EndMembershipPanel
          key={ending.membershipId}
          slug={slug}
          member={ending}
          onEnded={(substitute, endsOn) => {
            const ended = ending;
            setEnding(null);
            if (substitute) setNext({ substitute, from: dayAfter(endsOn) });
            else focusLater(endButtonId(ended.membershipId), MEMBERS_HEADING_ID);
          }}
          onCancel={() => {
            const membershipId = ending.membershipId;
            setEnding(null);
            focusLater(endButtonId(membershipId), MEMBERS_HEADING_ID);
          }}
        />
      )}
      {next && (
        <MoveUpPanel
          key={next.substitute.membershipId}
          slug={slug}
          substitute={next.substitute}
          from={next.from}
          jurisdiction={jurisdiction}
          onDone={() => {
            setNext(null);
            focusLater(MEMBERS_HEADING_ID);
          }}
        />
      )}
    </section>
  );
}
