import {
  Button,
  Checkbox,
  Fieldset,
  Heading,
  Link,
  Paragraph,
  Radio,
  Textfield,
} from '@digdir/designsystemet-react';
import { useSuspenseQuery } from '@tanstack/react-query';
import { useState, type FormEvent, type ReactNode } from 'react';
import { Link as RouterLink, useParams } from 'react-router';
import { minutesApprovals, type MinutesApproval } from '../../../../../common/meetings.ts';
import { FormErrorSummary, fieldError, type FieldError } from '../../../components/form-error-summary.tsx';
import { useNotify } from '../../../components/notifications.tsx';
import { Page } from '../../../components/page.tsx';
import { useT } from '../../../lib/i18n.ts';
import { useMunicipality } from '../../../lib/municipality.ts';
import {
  meetingBodiesQuery,
  meetingSettingsQuery,
  useUpdateMeetingSettings,
} from '../api/meetings.queries.ts';
import type { MeetingSettings } from '../api/meetings.types.ts';
import { ActionError, isStale } from './action-error.tsx';
import { serverErrors } from '../../../components/fields.tsx';
import { useCanDoWithMeetings } from './role-gate.tsx';

const ids = {
  lead: 'settings-lead-days',
  public: 'settings-public',
  approval: 'settings-approval',
  signers: 'settings-signers',
} as const;

/** Each way of approving the minutes has its own radio button; the first one takes an error's link. */
const approvalId = (approval: MinutesApproval) => `${ids.approval}-${approval}`;

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function SettingsForm({
  slug,
  settings,
  update,
}: {
  slug: string;
  settings: MeetingSettings;
  update: ReturnType<typeof useUpdateMeetingSettings>;
}) {
  const t = useT();
  const notify = useNotify();
  const { jurisdiction } = useMunicipality(slug);
  const [leadDays, setLeadDays] = useState(String(settings.noticeLeadDays));
  const [publicMeetings, setPublicMeetings] = useState(settings.publicMeetings);
  const [signers, setSigners] = useState(String(settings.signersCount));
  const [approval, setApproval] = useState(settings.minutesApproval);
  // Where the body approves its minutes at its next meeting, no one is elected to sign them.
  const signing = approval === 'signing';
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [attempt, setAttempt] = useState(0);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found: FieldError[] = [];
    const days = Number(leadDays);
    const count = Number(signers);
    if (leadDays.trim() === '' || !Number.isInteger(days) || days < 0 || days > 60)
      found.push({ fieldId: ids.lead, message: t('web.meetings.settings.lead_invalid') });
    else if (days < settings.minimumNoticeDays)
      found.push({
        fieldId: ids.lead,
        message: t('error.notice_days_minimum', {
          days: settings.minimumNoticeDays,
          source: settings.noticeSource,
        }),
      });
    if (signing && (signers.trim() === '' || !Number.isInteger(count) || count < 0 || count > 5))
      found.push({ fieldId: ids.signers, message: t('web.meetings.settings.signers_invalid') });
    setErrors(found);
    setAttempt((n) => n + 1);
    if (found.length > 0) return;
    update.mutate(
      {
        noticeLeadDays: days,
        publicMeetings,
        ...(signing ? { signersCount: count } : {}),
        // Only Norway lets a body approve its minutes at its next meeting; Swedish minutes are signed.
        ...(jurisdiction === 'no' ? { minutesApproval: approval } : {}),
        version: settings.version,
      },
      {
        onSuccess: () => notify.success(t('web.meetings.settings.saved')),
        onError: (error) => {
          if (isStale(error)) return;
          setErrors(
            serverErrors(
              error,
              t,
              {
                noticeLeadDays: ids.lead,
                publicMeetings: ids.public,
                minutesApproval: approvalId(minutesApprovals[0]),
                signersCount: ids.signers,
              },
              ids.lead,
            ),
          );
          setAttempt((n) => n + 1);
        },
      },
    );
  };

  return (
    <form noValidate onSubmit={onSubmit} className="form narrow" aria-labelledby="settings-form">
      <Heading level={2} data-size="md" id="settings-form">
        {t('web.meetings.settings.change')}
      </Heading>
      <FormErrorSummary key={attempt} errors={errors} />
      <Textfield
        id={ids.lead}
        type="number"
        inputMode="numeric"
        min={settings.minimumNoticeDays}
        max={60}
        label={t('web.meetings.settings.lead_days')}
        description={t('web.meetings.settings.lead_description', {
          days: settings.minimumNoticeDays,
          source: settings.noticeSource,
        })}
        value={leadDays}
        onChange={(event) => setLeadDays(event.target.value)}
        error={fieldError(errors, ids.lead)}
      />
      <Checkbox
        id={ids.public}
        label={t('web.meetings.settings.public')}
        description={t('web.meetings.settings.public_description', { jurisdiction })}
        checked={publicMeetings}
        onChange={(event) => setPublicMeetings(event.target.checked)}
      />
      {jurisdiction === 'no' && (
        <Fieldset id={ids.approval}>
          <Fieldset.Legend>{t('web.meetings.settings.approval')}</Fieldset.Legend>
          <Fieldset.Description>{t('web.meetings.settings.approval_description')}</Fieldset.Description>
          {minutesApprovals.map((option) => (
            <Radio
              key={option}
              id={approvalId(option)}
              name={ids.approval}
              value={option}
              label={t(`web.meetings.settings.approval.${option}`)}
              checked={approval === option}
              onChange={() => setApproval(option)}
            />
          ))}
        </Fieldset>
      )}
      {signing && (
        <Textfield
          id={ids.signers}
          type="number"
          inputMode="numeric"
          min={0}
          max={5}
          label={t('web.meetings.settings.signers', { jurisdiction })}
          description={t('web.meetings.settings.signers_description')}
          value={signers}
          onChange={(event) => setSigners(event.target.value)}
          error={fieldError(errors, ids.signers)}
        />
      )}
      <div className="button-row">
        <Button type="submit" loading={update.isPending}>
          {t('web.meetings.settings.submit')}
        </Button>
      </div>
    </form>
  );
}

/**
 * A body's meeting rules: the notice lead time (never below the statutory minimum), whether it
 * meets in public, and how its minutes are approved: signed by the chair and a number of members,
 * or in Norway, if the body's rules say so, approved by the body at its next meeting.
 * Administrators and secretaries change them; everyone inside reads them.
 */
export function MeetingSettingsPage() {
  const t = useT();
  const { slug = '', bodyId = '' } = useParams();
  const municipality = useMunicipality(slug);
  const canDo = useCanDoWithMeetings(slug);
  const settings = useSuspenseQuery(meetingSettingsQuery(slug, bodyId)).data;
  const bodies = useSuspenseQuery(meetingBodiesQuery(slug)).data;
  const update = useUpdateMeetingSettings(slug, bodyId);
  const body = bodies.find((b) => b.id === bodyId)?.name ?? '';
  const heading = t('web.meetings.settings.heading', { body });
  const { jurisdiction } = municipality;

  return (
    <Page title={[heading, municipality.name]} heading={heading}>
      <Paragraph>{t('web.meetings.settings.lead')}</Paragraph>
      <dl className="facts facts--small">
        <Fact label={t('web.meetings.settings.lead_days')}>
          {t('web.meetings.settings.days', { days: settings.noticeLeadDays })}
        </Fact>
        <Fact label={t('web.meetings.settings.minimum')}>
          {t('web.meetings.settings.minimum_value', {
            days: settings.minimumNoticeDays,
            source: settings.noticeSource,
          })}
        </Fact>
        <Fact label={t('web.meetings.settings.public')}>
          {settings.publicMeetings ? t('web.meetings.yes') : t('web.meetings.no')}
        </Fact>
        {/* Approved at the next meeting (Norway), no one is elected to sign: that takes the count's place. */}
        {settings.minutesApproval === 'signing' ? (
          <Fact label={t('web.meetings.settings.signers', { jurisdiction })}>{settings.signersCount}</Fact>
        ) : (
          <Fact label={t('web.meetings.settings.approval')}>
            {t(`web.meetings.settings.approval.${settings.minutesApproval}`)}
          </Fact>
        )}
      </dl>
      <div className="section">
        <div className="button-row">
          <Link asChild>
            <RouterLink to={`/m/${slug}/meetings?body=${bodyId}`}>
              {t('web.meetings.links.plan', { body })}
            </RouterLink>
          </Link>
        </div>
      </div>
      {canDo('configure') && (
        <div className="section">
          {update.isError && isStale(update.error) && <ActionError error={update.error} />}
          {/* Keyed by version: after a save or a reload the form starts from what is stored. */}
          <SettingsForm key={settings.version} slug={slug} settings={settings} update={update} />
        </div>
      )}
    </Page>
  );
}
