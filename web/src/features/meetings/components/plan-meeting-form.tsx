import {
  Button,
  Checkbox,
  Fieldset,
  Heading,
  Paragraph,
  Radio,
  Textfield,
} from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { meetingKinds, type MeetingKind } from '../../../../../common/meetings.ts';
import { FormErrorSummary, fieldError, type FieldError } from '../../../components/form-error-summary.tsx';
import { useNotify } from '../../../components/notifications.tsx';
import type { Body } from '../../../lib/api-types.ts';
import { useT, type Translate } from '../../../lib/i18n.ts';
import { useMunicipality } from '../../../lib/municipality.ts';
import { usePlanMeeting } from '../api/meetings.queries.ts';
import { SelectField, serverErrors } from '../../../components/fields.tsx';
import { meetingKindLabel } from './labels.ts';
import { timeZoneOf, zonedInputToIso } from './time.ts';

export const meetingFieldIds = {
  name: 'meeting-name',
  startsAt: 'meeting-starts-at',
  endsAt: 'meeting-ends-at',
  location: 'meeting-location',
  onlineUrl: 'meeting-online-url',
  description: 'meeting-description',
} as const;

/** The server's names for the fields, as its validation issues give them. */
export const fieldsByPath: Record<string, string> = {
  name: meetingFieldIds.name,
  startsAt: meetingFieldIds.startsAt,
  endsAt: meetingFieldIds.endsAt,
  location: meetingFieldIds.location,
  onlineUrl: meetingFieldIds.onlineUrl,
  description: meetingFieldIds.description,
};

export type MeetingFields = {
  name: string;
  startsAt: string;
  endsAt: string;
  location: string;
  onlineUrl: string;
  description: string;
};

function isWebAddress(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

/** What the server would refuse, found before sending: the same rules in the same words. */
export function validateMeeting(t: Translate, fields: MeetingFields, timeZone: string): FieldError[] {
  const found: FieldError[] = [];
  if (!fields.name.trim())
    found.push({ fieldId: meetingFieldIds.name, message: t('web.meetings.form.name_missing') });
  const start = zonedInputToIso(fields.startsAt, timeZone);
  const end = zonedInputToIso(fields.endsAt, timeZone);
  if (!start)
    found.push({ fieldId: meetingFieldIds.startsAt, message: t('web.meetings.form.start_missing') });
  if (!end) found.push({ fieldId: meetingFieldIds.endsAt, message: t('web.meetings.form.end_missing') });
  else if (start && end <= start)
    found.push({ fieldId: meetingFieldIds.endsAt, message: t('error.meeting_times') });
  if (!fields.location.trim() && !fields.onlineUrl.trim())
    found.push({ fieldId: meetingFieldIds.location, message: t('error.meeting_place') });
  if (fields.onlineUrl.trim() && !isWebAddress(fields.onlineUrl.trim()))
    found.push({ fieldId: meetingFieldIds.onlineUrl, message: t('web.meetings.form.url_invalid') });
  return found;
}

/** Name, time, place, link and description: the fields planning and changing a meeting share. */
export function MeetingFieldset({
  fields,
  onChange,
  errors,
}: {
  fields: MeetingFields;
  onChange: (fields: MeetingFields) => void;
  errors: FieldError[];
}) {
  const t = useT();
  const set = (name: keyof MeetingFields) => (event: { target: { value: string } }) =>
    onChange({ ...fields, [name]: event.target.value });
  return (
    <>
      <Textfield
        id={meetingFieldIds.name}
        label={t('web.meetings.form.name')}
        description={t('web.meetings.form.name_description')}
        autoComplete="off"
        value={fields.name}
        onChange={set('name')}
        error={fieldError(errors, meetingFieldIds.name)}
      />
      <Textfield
        id={meetingFieldIds.startsAt}
        type="datetime-local"
        label={t('web.meetings.form.starts_at')}
        value={fields.startsAt}
        onChange={set('startsAt')}
        error={fieldError(errors, meetingFieldIds.startsAt)}
      />
      <Textfield
        id={meetingFieldIds.endsAt}
        type="datetime-local"
        label={t('web.meetings.form.ends_at')}
        value={fields.endsAt}
        onChange={set('endsAt')}
        error={fieldError(errors, meetingFieldIds.endsAt)}
      />
      <Textfield
        id={meetingFieldIds.location}
        label={t('web.meetings.place')}
        description={t('web.meetings.form.place_description')}
        autoComplete="off"
        value={fields.location}
        onChange={set('location')}
        error={fieldError(errors, meetingFieldIds.location)}
      />
      <Textfield
        id={meetingFieldIds.onlineUrl}
        type="url"
        label={t('web.meetings.online')}
        description={t('web.meetings.form.online_description')}
        autoComplete="off"
        value={fields.onlineUrl}
        onChange={set('onlineUrl')}
        error={fieldError(errors, meetingFieldIds.onlineUrl)}
      />
      <Textfield
        id={meetingFieldIds.description}
        multiline
        rows={4}
        label={t('web.meetings.description')}
        value={fields.description}
        onChange={set('description')}
        error={fieldError(errors, meetingFieldIds.description)}
      />
    </>
  );
}

const BODY_ID = 'meeting-body';

/** The secretary plans a meeting of a political body; it opens on its own page. */
export function PlanMeetingForm({ slug, bodies }: { slug: string; bodies: Body[] }) {
  const t = useT();
  const notify = useNotify();
  const navigate = useNavigate();
  const municipality = useMunicipality(slug);
  const timeZone = timeZoneOf(municipality.jurisdiction);
  const plan = usePlanMeeting(slug);
  const [bodyId, setBodyId] = useState('');
  const [kind, setKind] = useState<MeetingKind>('decision');
  const [standardItems, setStandardItems] = useState(true);
  const [fields, setFields] = useState<MeetingFields>({
    name: '',
    startsAt: '',
    endsAt: '',
    location: '',
    onlineUrl: '',
    description: '',
  });
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const heading = t('web.meetings.plan.form_heading');

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = [
      ...(bodyId ? [] : [{ fieldId: BODY_ID, message: t('web.meetings.form.body_missing') }]),
      ...validateMeeting(t, fields, timeZone),
    ];
    setErrors(found);
    setAttempt((n) => n + 1);
    if (found.length > 0) return;
    plan.mutate(
      {
        bodyId,
        kind,
        name: fields.name.trim(),
        startsAt: zonedInputToIso(fields.startsAt, timeZone) ?? '',
        endsAt: zonedInputToIso(fields.endsAt, timeZone) ?? '',
        location: fields.location.trim() || null,
        onlineUrl: fields.onlineUrl.trim() || null,
        description: fields.description.trim() || undefined,
        standardItems,
      },
      {
        onSuccess: (meeting) => {
          notify.success(t('web.meetings.plan.done', { name: meeting.name }), { keepOnNavigation: true });
          void navigate(`/m/${slug}/meetings/${meeting.id}`);
        },
        onError: (error) => {
          setErrors(serverErrors(error, t, { ...fieldsByPath, bodyId: BODY_ID }, meetingFieldIds.name));
          setAttempt((n) => n + 1);
        },
      },
    );
  };

  return (
    <section className="section" aria-labelledby="plan-form">
      <Heading level={2} data-size="md" id="plan-form" tabIndex={-1}>
        {heading}
      </Heading>
      <Paragraph>{t('web.meetings.plan.form_lead')}</Paragraph>
      <form noValidate onSubmit={onSubmit} className="form narrow" aria-labelledby="plan-form">
        <FormErrorSummary key={attempt} errors={errors} />
        <SelectField
          id={BODY_ID}
          label={t('web.meetings.body')}
          value={bodyId}
          onChange={setBodyId}
          empty={t('web.meetings.choose')}
          options={bodies.map((b) => ({ value: b.id, label: b.name }))}
          error={fieldError(errors, BODY_ID)}
        />
        <Fieldset>
          <Fieldset.Legend>{t('web.meetings.kind')}</Fieldset.Legend>
          {meetingKinds.map((option) => (
            <Radio
              key={option}
              id={`meeting-kind-${option}`}
              name="meeting-kind"
              value={option}
              label={meetingKindLabel(t, option)}
              description={t(`web.meetings.kind_description.${option}`)}
              checked={kind === option}
              onChange={() => {
                setKind(option);
                setStandardItems(option === 'decision');
              }}
            />
          ))}
        </Fieldset>
        <MeetingFieldset fields={fields} onChange={setFields} errors={errors} />
        <Checkbox
          id="meeting-standard-items"
          label={t('web.meetings.form.standard_items')}
          description={t('web.meetings.form.standard_items_description')}
          checked={standardItems}
          onChange={(event) => setStandardItems(event.target.checked)}
        />
        <div className="button-row">
          <Button type="submit" loading={plan.isPending}>
            {t('web.meetings.plan.submit')}
          </Button>
        </div>
      </form>
    </section>
  );
}
