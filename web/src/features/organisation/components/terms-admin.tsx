import { Button, Heading, Paragraph, Table, Textfield } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import type { Jurisdiction } from '../../../../../common/roles.ts';
import { FormErrorSummary, fieldError, type FieldError } from '../../../components/form-error-summary.tsx';
import { Loading } from '../../../components/loading.tsx';
import { useNotify } from '../../../components/notifications.tsx';
import { QueryError } from '../../../components/query-error.tsx';
import { TableScroll } from '../../../components/table-scroll.tsx';
import { errorMessage } from '../../../lib/api.ts';
import { useFormat, useT } from '../../../lib/i18n.ts';
import { termsQuery, useCreateTerm } from '../api/organisation.queries.ts';
import { termLabel } from './labels.ts';

const ids = {
  name: 'term-name',
  startsOn: 'term-starts-on',
  endsOn: 'term-ends-on',
  constitutedOn: 'term-constituted-on',
} as const;

function AddTermForm({ slug, jurisdiction }: { slug: string; jurisdiction: Jurisdiction }) {
  const t = useT();
  const notify = useNotify();
  const createTerm = useCreateTerm(slug);
  const [name, setName] = useState('');
  const [startsOn, setStartsOn] = useState('');
  const [endsOn, setEndsOn] = useState('');
  const [constitutedOn, setConstitutedOn] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [attempt, setAttempt] = useState(0);

  const validate = (): FieldError[] => {
    const found: FieldError[] = [];
    if (!name.trim()) found.push({ fieldId: ids.name, message: t('web.org.terms.name_missing') });
    if (!startsOn) found.push({ fieldId: ids.startsOn, message: t('web.org.date_missing') });
    if (!endsOn) found.push({ fieldId: ids.endsOn, message: t('web.org.date_missing') });
    else if (startsOn && endsOn <= startsOn)
      found.push({ fieldId: ids.endsOn, message: t('web.org.date_order') });
    return found;
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = validate();
    setErrors(found);
    setAttempt((n) => n + 1);
    if (found.length > 0) return;
    createTerm.mutate(
      { name: name.trim(), startsOn, endsOn, constitutedOn: constitutedOn || null },
      {
        onSuccess: (term) => {
          notify.success(t('web.org.terms.added', { name: term.name }));
          setName('');
          setStartsOn('');
          setEndsOn('');
          setConstitutedOn('');
        },
        onError: (error) => notify.error(errorMessage(error, t)),
      },
    );
  };

  return (
    <div className="subsection narrow">
      <Heading level={3} data-size="sm" id="term-add-heading">
        {t('web.org.terms.add', { jurisdiction })}
      </Heading>
      <form noValidate onSubmit={onSubmit} className="form" aria-labelledby="term-add-heading">
        <FormErrorSummary key={attempt} errors={errors} />
        <Textfield
          id={ids.name}
          label={t('web.field.name')}
          description={t('web.org.terms.name_description')}
          autoComplete="off"
          value={name}
          onChange={(event) => setName(event.target.value)}
          error={fieldError(errors, ids.name)}
        />
        <Textfield
          id={ids.startsOn}
          type="date"
          label={t('web.org.starts_on')}
          value={startsOn}
          onChange={(event) => setStartsOn(event.target.value)}
          error={fieldError(errors, ids.startsOn)}
        />
        <Textfield
          id={ids.endsOn}
          type="date"
          label={t('web.org.ends_on')}
          value={endsOn}
          onChange={(event) => setEndsOn(event.target.value)}
          error={fieldError(errors, ids.endsOn)}
        />
        <Textfield
          id={ids.constitutedOn}
          type="date"
          label={t('web.org.terms.constituted_on')}
          value={constitutedOn}
          onChange={(event) => setConstitutedOn(event.target.value)}
        />
        <div className="button-row">
          <Button type="submit" loading={createTerm.isPending}>
            {t('web.org.terms.add', { jurisdiction })}
          </Button>
        </div>
      </form>
    </div>
  );
}

/** Terms of office: the list and a form to add the next one. */
export function TermsAdmin({ slug, jurisdiction }: { slug: string; jurisdiction: Jurisdiction }) {
  const t = useT();
  const format = useFormat();
  const terms = useQuery(termsQuery(slug));
  return (
    <section className="section" aria-labelledby="admin-terms">
      <Heading level={2} data-size="md" id="admin-terms">
        {t('web.org.terms.heading', { jurisdiction })}
      </Heading>
      {terms.isPending ? (
        <Loading />
      ) : terms.isError ? (
        <QueryError error={terms.error} />
      ) : terms.data.length === 0 ? (
        <Paragraph>{t('web.org.none')}</Paragraph>
      ) : (
        <TableScroll label={t('web.org.terms.heading', { jurisdiction })}>
          <Table zebra border>
            <caption className="ds-sr-only">{t('web.org.terms.heading', { jurisdiction })}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell scope="col">{termLabel(t, jurisdiction)}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('web.org.starts_on')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('web.org.ends_on')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('web.org.terms.constituted_on')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('web.org.terms.current')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {terms.data.map((term) => (
                <Table.Row key={term.id}>
                  <Table.HeaderCell scope="row">{term.name}</Table.HeaderCell>
                  <Table.Cell>{format.day(term.startsOn)}</Table.Cell>
                  <Table.Cell>{format.day(term.endsOn)}</Table.Cell>
                  <Table.Cell>{term.constitutedOn ? format.day(term.constitutedOn) : '–'}</Table.Cell>
                  <Table.Cell>{term.isCurrent ? t('web.org.yes') : t('web.org.no')}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </TableScroll>
      )}
      <AddTermForm slug={slug} jurisdiction={jurisdiction} />
    </section>
  );
}
