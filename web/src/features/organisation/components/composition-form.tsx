import { Button, Fieldset, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import type { MembershipRole } from '../../../../../common/organisation.ts';
import type { Jurisdiction } from '../../../../../common/roles.ts';
import { FormErrorSummary, fieldError, type FieldError } from '../../../components/form-error-summary.tsx';
import { useNotify } from '../../../components/notifications.tsx';
import { useFocusLater } from '../../../components/use-focus-later.ts';
import { errorMessage, isApiError } from '../../../lib/api.ts';
import type {
  Body,
  GenderBalance,
  Member,
  PersonForAdministrators,
  Seat,
  Term,
} from '../../../lib/api-types.ts';
import { useFormat, useT } from '../../../lib/i18n.ts';
import { compositionCheckQuery, useSetComposition } from '../api/organisation.queries.ts';
import { GenderBalanceDetails, genderBalanceSentence } from './gender-balance.tsx';
import { today } from '../../../lib/dates.ts';
import { PersonSelect, RoleSelect } from './seat-fields.tsx';

type Row = { key: number; personId: string; role: MembershipRole; listName: string; substituteOrder: string };

const rowId = (key: number, field: string) => `seat-${key}-${field}`;
const CHECK_DELAY_MS = 400;
const BALANCE_HEADING_ID = 'composition-balance';

/** The value as it was once it stopped changing for a moment. */
function useSettled<T>(value: T, delay: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = window.setTimeout(() => setSettled(value), delay);
    return () => window.clearTimeout(timer);
  }, [value, delay]);
  return settled;
}

function toSeat(row: Row): Seat {
  return {
    personId: row.personId,
    role: row.role,
    listName: row.listName.trim() || null,
    substituteOrder: row.role === 'substitute' ? Number(row.substituteOrder) || null : null,
  };
}

/** The start of the seats: the date the members already share, else today within the term. */
function initialStart(term: Term, members: Member[]): string {
  const starts = new Set(members.map((m) => m.startsOn));
  const [shared] = starts;
  if (starts.size === 1 && shared) return shared;
  const day = today();
  return day >= term.startsOn && day <= term.endsOn ? day : term.startsOn;
}

/** The gender rule carries its own explanation from the server when it refuses a composition. */
function balanceIn(details: unknown): GenderBalance | undefined {
  if (typeof details !== 'object' || details === null || !('genderBalance' in details)) return undefined;
  const balance = details.genderBalance;
  return typeof balance === 'object' && balance !== null && 'status' in balance && 'groups' in balance
    ? (balance as GenderBalance)
    : undefined;
}

/**
 * Elects a body's composition for a term as a whole: one row per person, with role, list and,
 * for substitutes, their order. For Norwegian bodies the gender rule (kommuneloven § 7-6) is
 * checked as the rows change and announced politely; the server refuses a composition that
 * breaks it, and its message (citing the law) goes into the error summary.
 */
export function CompositionForm({
  slug,
  body,
  jurisdiction,
  term,
  members,
  persons,
  onSaved,
}: {
  slug: string;
  body: Body;
  jurisdiction: Jurisdiction;
  term: Term;
  members: Member[];
  persons: PersonForAdministrators[];
  onSaved: () => void;
}) {
  const t = useT();
  const format = useFormat();
  const notify = useNotify();
  const focusLater = useFocusLater();
  const setComposition = useSetComposition(slug, body.id);
  const nextKey = useRef(1);
  const newRow = (from?: Partial<Row>): Row => ({
    key: nextKey.current++,
    personId: '',
    role: 'member',
    listName: '',
    substituteOrder: '',
    ...from,
  });
  const [rows, setRows] = useState<Row[]>(() =>
    members.length > 0
      ? members.map((m) =>
          newRow({
            personId: m.personId,
            role: m.role,
            listName: m.listName ?? '',
            substituteOrder: m.substituteOrder?.toString() ?? '',
          }),
        )
      : [newRow()],
  );
  const [startsOn, setStartsOn] = useState(() => initialStart(term, members));
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [refused, setRefused] = useState<GenderBalance | undefined>();

  const checksRule = jurisdiction === 'no';
  const seats = useMemo(() => rows.filter((r) => r.personId).map(toSeat), [rows]);
  const settledSeats = useSettled(seats, CHECK_DELAY_MS);
  const check = useQuery({
    ...compositionCheckQuery(slug, body.id, settledSeats),
    enabled: checksRule && settledSeats.length > 0,
  });
  const balance = check.data ?? refused;
  const personName = new Map(persons.map((p) => [p.id, p.name]));

  const update = (key: number, patch: Partial<Row>) => {
    setRefused(undefined);
    setRows((current) => current.map((row) => (row.key === key ? { ...row, ...patch } : row)));
  };

  const choosePerson = (row: Row, personId: string) => {
    const party = persons.find((p) => p.id === personId)?.party ?? '';
    // The list usually is the person's party; it can be changed.
    update(row.key, { personId, ...(row.listName ? {} : { listName: party }) });
  };

  const addRow = () => {
    const row = newRow();
    setRows((current) => [...current, row]);
    focusLater(rowId(row.key, 'person'));
  };

  const removeRow = (key: number) => {
    const index = rows.findIndex((row) => row.key === key);
    const rest = rows.filter((row) => row.key !== key);
    setRows(rest);
    setRefused(undefined);
    const next = rest[index] ?? rest[index - 1];
    focusLater(next ? rowId(next.key, 'person') : 'seat-add');
  };

  const validate = (): FieldError[] => {
    const found: FieldError[] = [];
    if (!startsOn) found.push({ fieldId: 'composition-starts-on', message: t('web.org.date_missing') });
    else if (startsOn < term.startsOn || startsOn > term.endsOn)
      found.push({
        fieldId: 'composition-starts-on',
        message: t('web.org.comp.start_outside', { term: term.name }),
      });
    const seen = new Set<string>();
    rows.forEach((row, index) => {
      if (!row.personId) {
        found.push({
          fieldId: rowId(row.key, 'person'),
          message: t('web.org.comp.person_missing', { row: index + 1 }),
        });
      } else if (seen.has(row.personId)) {
        found.push({
          fieldId: rowId(row.key, 'person'),
          message: t('web.org.comp.person_twice', {
            name: personName.get(row.personId) ?? '',
            row: index + 1,
          }),
        });
      }
      seen.add(row.personId);
      const order = Number(row.substituteOrder);
      if (row.role === 'substitute' && (!Number.isInteger(order) || order < 1))
        found.push({
          fieldId: rowId(row.key, 'order'),
          message: t('web.org.comp.order_invalid', { row: index + 1 }),
        });
    });
    if (rows.length === 0) found.push({ fieldId: 'seat-add', message: t('web.org.comp.no_rows') });
    return found;
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = validate();
    setErrors(found);
    setAttempt((n) => n + 1);
    if (found.length > 0) return;
    setComposition.mutate(
      { termId: term.id, startsOn, members: rows.map(toSeat) },
      {
        onSuccess: (result) => {
          notify.success(t('web.org.comp.saved', { body: body.name, count: result.members.length }));
          onSaved();
        },
        onError: (error) => {
          const message = errorMessage(error, t);
          if (isApiError(error, 422) || isApiError(error, 409)) {
            const balance = balanceIn(error.details);
            const first = rows[0];
            // A composition refused by the gender rule is fixed by looking at the balance; any
            // other refusal (two chairs, a person twice) by looking at the rows.
            const fieldId =
              balance && checksRule ? BALANCE_HEADING_ID : first ? rowId(first.key, 'person') : 'seat-add';
            setErrors([{ fieldId, message }]);
            setAttempt((n) => n + 1);
            setRefused(balance);
          }
          notify.error(message);
        },
      },
    );
  };

  return (
    <section className="section" aria-labelledby="composition-heading">
      <Heading level={2} data-size="md" id="composition-heading">
        {t('web.org.comp.heading', { term: term.name })}
      </Heading>
      <Paragraph>{t('web.org.comp.lead')}</Paragraph>
      <form noValidate onSubmit={onSubmit} className="form" aria-labelledby="composition-heading">
        <FormErrorSummary key={attempt} errors={errors} />
        <Textfield
          id="composition-starts-on"
          type="date"
          className="narrow"
          label={t('web.org.comp.starts_on')}
          description={t('web.org.comp.starts_on_description', {
            start: format.day(term.startsOn),
            end: format.day(term.endsOn),
          })}
          value={startsOn}
          min={term.startsOn}
          max={term.endsOn}
          onChange={(event) => setStartsOn(event.target.value)}
          error={fieldError(errors, 'composition-starts-on')}
        />
        <div className="seat-rows">
          {rows.map((row, index) => (
            <Fieldset key={row.key} className="seat-row">
              <Fieldset.Legend>{t('web.org.comp.row', { row: index + 1 })}</Fieldset.Legend>
              <div className="seat-row__fields">
                <PersonSelect
                  id={rowId(row.key, 'person')}
                  label={t('web.org.comp.person')}
                  persons={persons}
                  value={row.personId}
                  onChange={(personId) => choosePerson(row, personId)}
                  error={fieldError(errors, rowId(row.key, 'person'))}
                />
                <RoleSelect
                  id={rowId(row.key, 'role')}
                  jurisdiction={jurisdiction}
                  value={row.role}
                  onChange={(role) => update(row.key, { role })}
                />
                <Textfield
                  id={rowId(row.key, 'list')}
                  label={t('web.org.list')}
                  autoComplete="off"
                  value={row.listName}
                  onChange={(event) => update(row.key, { listName: event.target.value })}
                />
                {row.role === 'substitute' && (
                  <Textfield
                    id={rowId(row.key, 'order')}
                    label={t('web.org.substitute_order')}
                    inputMode="numeric"
                    autoComplete="off"
                    value={row.substituteOrder}
                    onChange={(event) => update(row.key, { substituteOrder: event.target.value })}
                    error={fieldError(errors, rowId(row.key, 'order'))}
                  />
                )}
                <Button
                  variant="tertiary"
                  data-color="danger"
                  data-size="sm"
                  className="seat-row__remove"
                  onClick={() => removeRow(row.key)}
                >
                  {t('web.org.comp.remove')}
                  <span className="ds-sr-only"> {t('web.org.comp.row', { row: index + 1 })}</span>
                </Button>
              </div>
            </Fieldset>
          ))}
        </div>
        <div className="button-row">
          <Button id="seat-add" variant="secondary" onClick={addRow}>
            {t('web.org.comp.add_row')}
          </Button>
        </div>
        {checksRule && (
          <div className="subsection" aria-labelledby={BALANCE_HEADING_ID}>
            <Heading level={3} data-size="xs" id={BALANCE_HEADING_ID} tabIndex={-1}>
              {t('web.org.balance.heading')}
            </Heading>
            <p role="status" aria-live="polite" className="balance-live">
              {balance ? genderBalanceSentence(t, balance) : t('web.org.comp.balance_waiting')}
            </p>
            {balance && (
              <GenderBalanceDetails balance={balance} caption={t('web.org.comp.balance_caption')} />
            )}
          </div>
        )}
        <div className="button-row">
          <Button type="submit" loading={setComposition.isPending}>
            {t('web.org.comp.save')}
          </Button>
        </div>
      </form>
    </section>
  );
}
