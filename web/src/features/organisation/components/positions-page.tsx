import {
  Button,
  Field,
  Fieldset,
  Heading,
  Label,
  Paragraph,
  Select,
  Table,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link as RouterLink, useParams } from 'react-router';
import { positionKinds, type PositionKind } from '../../../../../common/organisation.ts';
import type { Jurisdiction } from '../../../../../common/roles.ts';
import { FormErrorSummary, fieldError, type FieldError } from '../../../components/form-error-summary.tsx';
import { Loading } from '../../../components/loading.tsx';
import { useNotify } from '../../../components/notifications.tsx';
import { Page } from '../../../components/page.tsx';
import { QueryError } from '../../../components/query-error.tsx';
import { useFocusLater } from '../../../components/use-focus-later.ts';
import { TableScroll } from '../../../components/table-scroll.tsx';
import { errorMessage, isApiError } from '../../../lib/api.ts';
import type { Body, PersonForAdministrators, Position } from '../../../lib/api-types.ts';
import { useFormat, useT } from '../../../lib/i18n.ts';
import { useMunicipality } from '../../../lib/municipality.ts';
import {
  bodiesQuery,
  personsQuery,
  positionsQuery,
  useCreatePosition,
  useEndPosition,
} from '../api/organisation.queries.ts';
import { byName, isPolitical, positionLabel } from './labels.ts';
import { today } from '../../../lib/dates.ts';
import { PersonSelect } from './seat-fields.tsx';
import { ManagersOnly } from './managers-only.tsx';

const ids = {
  person: 'position-person',
  kind: 'position-kind',
  unit: 'position-unit',
  title: 'position-title',
  startsOn: 'position-starts-on',
  instructionTitle: 'position-instruction-title',
  instructionAdoptedBy: 'position-instruction-by',
  instructionAdoptedOn: 'position-instruction-on',
} as const;
const LIST_HEADING_ID = 'positions-list';
const endButtonId = (positionId: string) => `end-position-${positionId}`;

function isPositionKind(value: string): value is PositionKind {
  return (positionKinds as readonly string[]).includes(value);
}

function PositionsContent() {
  const t = useT();
  const format = useFormat();
  const slug = useParams().slug ?? '';
  const municipality = useMunicipality(slug);
  const { jurisdiction } = municipality;
  const positions = useQuery(positionsQuery(slug));
  const persons = useQuery(personsQuery(slug));
  const bodies = useQuery(bodiesQuery(slug));
  const [ending, setEnding] = useState<Position | null>(null);
  const focusLater = useFocusLater();
  const day = today();
  const sorted = [...(positions.data ?? [])].sort(
    (a, b) => positionKinds.indexOf(a.kind) - positionKinds.indexOf(b.kind) || a.title.localeCompare(b.title),
  );

  return (
    <Page
      title={[t('web.nav.positions'), municipality.name]}
      heading={t('web.org.pos.heading', { name: municipality.name })}
    >
      <Paragraph>{t('web.org.pos.lead')}</Paragraph>
      <section className="section" aria-labelledby={LIST_HEADING_ID}>
        <Heading level={2} data-size="md" id={LIST_HEADING_ID} tabIndex={-1}>
          {t('web.org.person.positions')}
        </Heading>
        {positions.isPending ? (
          <Loading />
        ) : positions.isError ? (
          <QueryError error={positions.error} />
        ) : sorted.length === 0 ? (
          <Paragraph>{t('web.org.none')}</Paragraph>
        ) : (
          <TableScroll label={t('web.org.person.positions')}>
            <Table zebra border>
              <caption className="ds-sr-only">{t('web.org.person.positions')}</caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell scope="col">{t('web.org.title')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t('web.field.name')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t('web.org.position_kind')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t('web.org.unit')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t('web.org.from')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t('web.org.to')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t('web.field.actions')}</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {sorted.map((position) => (
                  <Table.Row key={position.id}>
                    <Table.HeaderCell scope="row">{position.title}</Table.HeaderCell>
                    <Table.Cell>
                      <RouterLink to={`/m/${slug}/persons/${position.personId}`} className="ds-link">
                        {position.personName}
                      </RouterLink>
                    </Table.Cell>
                    <Table.Cell>{positionLabel(t, position.kind, jurisdiction)}</Table.Cell>
                    <Table.Cell>{position.unitName ?? '–'}</Table.Cell>
                    <Table.Cell>{format.day(position.startsOn)}</Table.Cell>
                    <Table.Cell>{position.endsOn ? format.day(position.endsOn) : '–'}</Table.Cell>
                    <Table.Cell>
                      {(position.endsOn === null || position.endsOn >= day) && (
                        <Button
                          id={endButtonId(position.id)}
                          variant="secondary"
                          data-color="danger"
                          data-size="sm"
                          onClick={() => setEnding(position)}
                        >
                          {t('web.org.pos.end')}
                          <span className="ds-sr-only">
                            {' '}
                            {t('web.org.pos.end_for', { name: position.personName, title: position.title })}
                          </span>
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
          <EndPositionPanel
            key={ending.id}
            slug={slug}
            position={ending}
            onClose={() => {
              const positionId = ending.id;
              setEnding(null);
              focusLater(endButtonId(positionId), LIST_HEADING_ID);
            }}
          />
        )}
      </section>
      {persons.isError ? (
        <QueryError error={persons.error} />
      ) : persons.data && bodies.data ? (
        <AppointOfficialForm
          slug={slug}
          jurisdiction={jurisdiction}
          persons={[...persons.data].sort(byName)}
          bodies={[...bodies.data].sort(byName)}
        />
      ) : (
        <Loading />
      )}
    </Page>
  );
}

/**
 * Appoints an official. A municipality has one director at a time, whose role is set in an
 * instruction adopted by the board or the council; the server refuses a second director and
 * explains the rule, which the error summary repeats.
 */
function AppointOfficialForm({
  slug,
  jurisdiction,
  persons,
  bodies,
}: {
  slug: string;
  jurisdiction: Jurisdiction;
  persons: PersonForAdministrators[];
  bodies: Body[];
}) {
  const t = useT();
  const notify = useNotify();
  const createPosition = useCreatePosition(slug);
  const [personId, setPersonId] = useState('');
  const [kind, setKind] = useState<PositionKind>('department_head');
  const [unitId, setUnitId] = useState('');
  const [title, setTitle] = useState('');
  const [startsOn, setStartsOn] = useState(today());
  const [instructionTitle, setInstructionTitle] = useState('');
  const [adoptedBy, setAdoptedBy] = useState('');
  const [adoptedOn, setAdoptedOn] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const director = kind === 'director';
  const units = bodies.filter((b) => !isPolitical(b.kind) && b.kind !== 'company');
  const political = bodies.filter((b) => isPolitical(b.kind));

  const validate = (): FieldError[] => {
    const found: FieldError[] = [];
    if (!personId) found.push({ fieldId: ids.person, message: t('web.org.appoint.person_missing') });
    if (!title.trim()) found.push({ fieldId: ids.title, message: t('web.org.pos.title_missing') });
    if (!startsOn) found.push({ fieldId: ids.startsOn, message: t('web.org.date_missing') });
    if (director && !instructionTitle.trim())
      found.push({ fieldId: ids.instructionTitle, message: t('web.org.pos.instruction_missing') });
    return found;
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = validate();
    setErrors(found);
    setAttempt((n) => n + 1);
    if (found.length > 0) return;
    createPosition.mutate(
      {
        personId,
        kind,
        unitId: unitId || null,
        title: title.trim(),
        startsOn,
        ...(director
          ? {
              instructionTitle: instructionTitle.trim(),
              instructionAdoptedBy: adoptedBy || null,
              instructionAdoptedOn: adoptedOn || null,
            }
          : {}),
      },
      {
        onSuccess: (position) => {
          notify.success(t('web.org.pos.appointed', { name: position.personName, title: position.title }));
          setPersonId('');
          setTitle('');
          setInstructionTitle('');
          setAdoptedBy('');
          setAdoptedOn('');
        },
        onError: (error) => {
          const message = errorMessage(error, t);
          if (isApiError(error, 422)) {
            setErrors([{ fieldId: director ? ids.kind : ids.person, message }]);
            setAttempt((n) => n + 1);
          }
          notify.error(message);
        },
      },
    );
  };

  const kindError = fieldError(errors, ids.kind);
  return (
    <section className="section narrow" aria-labelledby="position-add-heading">
      <Heading level={2} data-size="md" id="position-add-heading">
        {t('web.org.pos.add_heading')}
      </Heading>
      <form noValidate onSubmit={onSubmit} className="form" aria-labelledby="position-add-heading">
        <FormErrorSummary key={attempt} errors={errors} />
        <PersonSelect
          id={ids.person}
          label={t('web.org.comp.person')}
          persons={persons}
          value={personId}
          onChange={setPersonId}
          error={fieldError(errors, ids.person)}
        />
        <Field>
          <Label>{t('web.org.position_kind')}</Label>
          <Select
            id={ids.kind}
            value={kind}
            onChange={(event) => {
              if (isPositionKind(event.target.value)) setKind(event.target.value);
            }}
            aria-invalid={kindError ? true : undefined}
          >
            {positionKinds.map((option) => (
              <Select.Option key={option} value={option}>
                {positionLabel(t, option, jurisdiction)}
              </Select.Option>
            ))}
          </Select>
          {kindError && <ValidationMessage>{kindError}</ValidationMessage>}
        </Field>
        <Field>
          <Label>{t('web.org.unit')}</Label>
          <Field.Description>{t('web.org.pos.unit_description')}</Field.Description>
          <Select id={ids.unit} value={unitId} onChange={(event) => setUnitId(event.target.value)}>
            <Select.Option value="">{t('web.org.pos.unit_none')}</Select.Option>
            {units.map((unit) => (
              <Select.Option key={unit.id} value={unit.id}>
                {unit.name}
              </Select.Option>
            ))}
          </Select>
        </Field>
        <Textfield
          id={ids.title}
          label={t('web.org.title')}
          description={t('web.org.pos.title_description')}
          autoComplete="off"
          value={title}
          onChange={(event) => setTitle(event.target.value)}
          error={fieldError(errors, ids.title)}
        />
        <Textfield
          id={ids.startsOn}
          type="date"
          label={t('web.org.from')}
          value={startsOn}
          onChange={(event) => setStartsOn(event.target.value)}
          error={fieldError(errors, ids.startsOn)}
        />
        {director && (
          <Fieldset>
            <Fieldset.Legend>{t('web.org.pos.instruction_legend', { jurisdiction })}</Fieldset.Legend>
            <Fieldset.Description>{t('web.org.pos.instruction_description')}</Fieldset.Description>
            <Textfield
              id={ids.instructionTitle}
              label={t('web.org.pos.instruction_title')}
              autoComplete="off"
              value={instructionTitle}
              onChange={(event) => setInstructionTitle(event.target.value)}
              error={fieldError(errors, ids.instructionTitle)}
            />
            <Field>
              <Label>{t('web.org.pos.adopted_by')}</Label>
              <Select
                id={ids.instructionAdoptedBy}
                value={adoptedBy}
                onChange={(event) => setAdoptedBy(event.target.value)}
              >
                <Select.Option value="">{t('web.org.not_stated')}</Select.Option>
                {political.map((body) => (
                  <Select.Option key={body.id} value={body.id}>
                    {body.name}
                  </Select.Option>
                ))}
              </Select>
            </Field>
            <Textfield
              id={ids.instructionAdoptedOn}
              type="date"
              label={t('web.org.pos.adopted_on')}
              value={adoptedOn}
              onChange={(event) => setAdoptedOn(event.target.value)}
            />
          </Fieldset>
        )}
        <div className="button-row">
          <Button type="submit" loading={createPosition.isPending}>
            {t('web.org.pos.submit')}
          </Button>
        </div>
      </form>
    </section>
  );
}

function EndPositionPanel({
  slug,
  position,
  onClose,
}: {
  slug: string;
  position: Position;
  onClose: (ended: boolean) => void;
}) {
  const t = useT();
  const notify = useNotify();
  const endPosition = useEndPosition(slug);
  const [endsOn, setEndsOn] = useState(today());
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found: FieldError[] = [];
    if (!endsOn) found.push({ fieldId: 'end-position-date', message: t('web.org.date_missing') });
    else if (endsOn < position.startsOn)
      found.push({ fieldId: 'end-position-date', message: t('web.org.date_order') });
    setErrors(found);
    setAttempt((n) => n + 1);
    if (found.length > 0) return;
    endPosition.mutate(
      { positionId: position.id, endsOn, version: position.version },
      {
        onSuccess: () => {
          notify.success(t('web.org.pos.ended', { name: position.personName, title: position.title }));
          onClose(true);
        },
        onError: (error) => {
          if (isApiError(error, 409)) {
            setErrors([{ fieldId: 'end-position-date', message: errorMessage(error, t) }]);
            setAttempt((n) => n + 1);
          }
          notify.error(errorMessage(error, t));
        },
      },
    );
  };

  return (
    <div className="subsection narrow edit-panel">
      <Heading level={3} data-size="sm" id="end-position-heading" tabIndex={-1} ref={headingRef}>
        {t('web.org.pos.end_heading', { name: position.personName, title: position.title })}
      </Heading>
      <form noValidate onSubmit={onSubmit} className="form" aria-labelledby="end-position-heading">
        <FormErrorSummary key={attempt} errors={errors} />
        <Textfield
          id="end-position-date"
          type="date"
          label={t('web.org.members.last_day')}
          value={endsOn}
          onChange={(event) => setEndsOn(event.target.value)}
          error={fieldError(errors, 'end-position-date')}
        />
        <div className="button-row">
          <Button type="submit" data-color="danger" loading={endPosition.isPending}>
            {t('web.org.pos.end')}
          </Button>
          <Button variant="secondary" onClick={() => onClose(false)}>
            {t('web.dialog.cancel')}
          </Button>
        </div>
      </form>
    </div>
  );
}

/** Administrators and secretaries: the director, department heads and case officers. */
export function PositionsPage() {
  const slug = useParams().slug ?? '';
  return (
    <ManagersOnly slug={slug}>
      <PositionsContent />
    </ManagersOnly>
  );
}
