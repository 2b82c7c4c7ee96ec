import { Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { FormErrorSummary, fieldError, type FieldError } from '../../../components/form-error-summary.tsx';
import { useNotify } from '../../../components/notifications.tsx';
import type { Matter } from '../../../lib/api-types.ts';
import { useFormat, useT } from '../../../lib/i18n.ts';
import { useMunicipality } from '../../../lib/municipality.ts';
import {
  bodiesQuery,
  positionsQuery,
  useConfirmInvestigated,
  useUpdatePreparation,
} from '../api/matters.queries.ts';
import { ActionError } from './action-error.tsx';
import { SelectField, serverErrors } from '../../../components/fields.tsx';
import { officials, politicalBodies } from './labels.ts';
import { useCanDo } from './role-gate.tsx';

const ids = {
  body: 'preparation-body',
  person: 'preparation-person',
  statement: 'preparation-statement',
  statementOn: 'preparation-statement-on',
} as const;

function PreparationForm({
  slug,
  matter,
  onReload,
  onSaved,
  justSaved,
}: {
  slug: string;
  matter: Matter;
  onReload: () => void;
  onSaved: (saved: Matter) => void;
  /** This form shows what was just saved: its button takes focus back. */
  justSaved: boolean;
}) {
  const t = useT();
  const { jurisdiction } = useMunicipality(slug);
  const bodies = useQuery(bodiesQuery(slug));
  const positions = useQuery(positionsQuery(slug));
  const update = useUpdatePreparation(slug, matter.id);
  const { preparation } = matter;
  const [bodyId, setBodyId] = useState(preparation.preparingBody?.id ?? '');
  const [personId, setPersonId] = useState(preparation.preparingPerson?.id ?? '');
  const [statement, setStatement] = useState(preparation.boardStatement ?? '');
  const [statementOn, setStatementOn] = useState(preparation.boardStatementOn ?? '');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const swedish = jurisdiction === 'se';
  const saveRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (justSaved) saveRef.current?.focus();
  }, [justSaved]);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found: FieldError[] = [];
    if (swedish && statement.trim() && !statementOn)
      found.push({ fieldId: ids.statementOn, message: t('web.matters.date_missing') });
    setErrors(found);
    setAttempt((n) => n + 1);
    if (found.length > 0) return;
    // The saved matter has a new version, which starts this form afresh: the section, which stays,
    // tells the person and hands focus back to the new form's button.
    update
      .mutateAsync({
        preparingBodyId: bodyId || null,
        preparingPersonId: personId || null,
        ...(swedish
          ? { boardStatement: statement.trim() || null, boardStatementOn: statementOn || null }
          : {}),
        version: matter.version,
      })
      .then(onSaved, (error: unknown) => {
        setErrors(
          serverErrors(
            error,
            t,
            {
              preparingBodyId: ids.body,
              preparingPersonId: ids.person,
              boardStatement: ids.statement,
              boardStatementOn: ids.statementOn,
            },
            ids.body,
          ),
        );
        setAttempt((n) => n + 1);
      });
  };

  return (
    <form
      noValidate
      onSubmit={onSubmit}
      className="form narrow subsection"
      aria-labelledby="preparation-edit"
    >
      <Heading level={3} data-size="xs" id="preparation-edit">
        {t('web.matters.preparation_edit')}
      </Heading>
      <FormErrorSummary key={attempt} errors={errors} />
      {update.isError && <ActionError error={update.error} onReload={onReload} />}
      <SelectField
        id={ids.body}
        label={t('web.matters.preparing_body')}
        value={bodyId}
        onChange={setBodyId}
        empty={t('web.matters.not_stated')}
        options={politicalBodies(bodies.data ?? []).map((b) => ({ value: b.id, label: b.name }))}
        error={fieldError(errors, ids.body)}
      />
      <SelectField
        id={ids.person}
        label={t('web.matters.preparing_official')}
        value={personId}
        onChange={setPersonId}
        empty={t('web.matters.not_stated')}
        options={officials(positions.data ?? []).map((p) => ({
          value: p.id,
          label: `${p.name} (${p.titles})`,
        }))}
        error={fieldError(errors, ids.person)}
      />
      {swedish && (
        <>
          <Textfield
            id={ids.statement}
            multiline
            rows={4}
            label={t('web.matters.board_statement')}
            description={t('web.matters.board_statement_description')}
            value={statement}
            onChange={(event) => setStatement(event.target.value)}
            error={fieldError(errors, ids.statement)}
          />
          <Textfield
            id={ids.statementOn}
            type="date"
            label={t('web.matters.board_statement_on')}
            value={statementOn}
            onChange={(event) => setStatementOn(event.target.value)}
            error={fieldError(errors, ids.statementOn)}
          />
        </>
      )}
      <div className="button-row">
        <Button ref={saveRef} type="submit" variant="secondary" loading={update.isPending}>
          {t('web.matters.preparation_save')}
        </Button>
      </div>
    </form>
  );
}

/**
 * Who prepares the matter. In Sweden a council matter needs a preparing body and, from the
 * executive board, a statement (KL 5 kap. 26 and 28 §§); in Norway the director confirms that it
 * is properly investigated before it goes to an elected body (kommuneloven § 13-1).
 */
export function PreparationSection({
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
  const confirm = useConfirmInvestigated(slug, matter.id);
  const [savedVersion, setSavedVersion] = useState<number | null>(null);
  const { preparation } = matter;
  const canConfirm = jurisdiction === 'no' && canDo('confirmInvestigated') && !preparation.investigatedOn;

  return (
    <section className="section" aria-labelledby="matter-preparation">
      <Heading level={2} data-size="md" id="matter-preparation">
        {t('web.matters.preparation')}
      </Heading>
      <dl className="facts facts--small">
        <div>
          <dt>{t('web.matters.preparing_body')}</dt>
          <dd>{preparation.preparingBody?.name ?? t('web.matters.not_stated')}</dd>
        </div>
        <div>
          <dt>{t('web.matters.preparing_official')}</dt>
          <dd>{preparation.preparingPerson?.name ?? t('web.matters.not_stated')}</dd>
        </div>
        {jurisdiction === 'se' && (
          <div>
            <dt>{t('web.matters.board_statement_on')}</dt>
            <dd>
              {preparation.boardStatementOn
                ? format.day(preparation.boardStatementOn)
                : t('web.matters.not_stated')}
            </dd>
          </div>
        )}
        {jurisdiction === 'no' && (
          <div>
            <dt>{t('web.matters.investigated')}</dt>
            <dd>
              {preparation.investigatedOn
                ? t('web.matters.investigated_by', {
                    date: format.day(preparation.investigatedOn),
                    name: preparation.investigatedBy ?? '–',
                  })
                : t('web.matters.investigated_not')}
            </dd>
          </div>
        )}
      </dl>
      {jurisdiction === 'se' && preparation.boardStatement && (
        <>
          <Heading level={3} data-size="xs" id="matter-board-statement">
            {t('web.matters.board_statement')}
          </Heading>
          <Paragraph className="pre-line">{preparation.boardStatement}</Paragraph>
        </>
      )}
      {canConfirm && (
        <div className="subsection">
          <div aria-live="polite">
            {confirm.isError && <ActionError error={confirm.error} onReload={onReload} />}
          </div>
          <div className="button-row">
            <Button
              loading={confirm.isPending}
              onClick={() =>
                confirm.mutate(matter.version, {
                  onSuccess: () => notify.success(t('web.matters.investigated_done')),
                })
              }
            >
              {t('web.matters.investigated_confirm')}
            </Button>
          </div>
        </div>
      )}
      {canDo('prepare') && !matter.restricted && (
        <PreparationForm
          key={matter.version}
          slug={slug}
          matter={matter}
          onReload={onReload}
          justSaved={savedVersion === matter.version}
          onSaved={(saved) => {
            setSavedVersion(saved.version);
            notify.success(t('web.matters.preparation_saved'));
          }}
        />
      )}
    </section>
  );
}
