import {
  Alert,
  Button,
  Field,
  Heading,
  Input,
  Label,
  Link,
  List,
  Paragraph,
  Table,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { useRef, useState, type FormEvent } from 'react';
import { useParams } from 'react-router';
import { FormErrorSummary, fieldError, type FieldError } from '../../../components/form-error-summary.tsx';
import { useNotify } from '../../../components/notifications.tsx';
import { Page } from '../../../components/page.tsx';
import { useFocusLater } from '../../../components/use-focus-later.ts';
import { TableScroll } from '../../../components/table-scroll.tsx';
import { errorMessage } from '../../../lib/api.ts';
import type { ImportReport } from '../../../lib/api-types.ts';
import { useFormat, useT, type MessageKey } from '../../../lib/i18n.ts';
import { useMunicipality } from '../../../lib/municipality.ts';
import { exportUrl, useImportOrganisation } from '../api/organisation.queries.ts';
import { ManagersOnly } from './managers-only.tsx';

function ImportContent() {
  const t = useT();
  const notify = useNotify();
  const slug = useParams().slug ?? '';
  const municipality = useMunicipality(slug);
  const importOrganisation = useImportOrganisation(slug);
  const fileRef = useRef<HTMLInputElement>(null);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [result, setResult] = useState<{ report: ImportReport; fileName: string } | null>(null);
  const [pending, setPending] = useState<'check' | 'import' | null>(null);
  const focusLater = useFocusLater();

  const send = async (dryRun: boolean) => {
    if (pending) return;
    const file = fileRef.current?.files?.[0];
    const problem = !file
      ? t('web.org.imp.file_missing')
      : !formatOf(file)
        ? t('web.org.imp.file_format')
        : undefined;
    setAttempt((n) => n + 1);
    if (!file || problem) {
      setErrors([{ fieldId: FILE_ID, message: problem ?? t('web.org.imp.file_missing') }]);
      return;
    }
    const format = formatOf(file) ?? 'csv';
    setErrors([]);
    setPending(dryRun ? 'check' : 'import');
    try {
      const content = await readFile(file, format);
      if (content.length > MAX_CONTENT_LENGTH) {
        setErrors([{ fieldId: FILE_ID, message: t('web.org.imp.file_large') }]);
        setAttempt((n) => n + 1);
        return;
      }
      const report = await importOrganisation.mutateAsync({ format, content, dryRun });
      setResult({ report, fileName: file.name });
      focusLater(REPORT_ID);
    } catch (error) {
      notify.error(errorMessage(error, t));
    } finally {
      setPending(null);
    }
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void send(false);
  };

  const fileError = fieldError(errors, FILE_ID);
  return (
    <Page
      title={[t('web.nav.import'), municipality.name]}
      heading={t('web.org.imp.heading', { name: municipality.name })}
    >
      <Paragraph>{t('web.org.imp.lead')}</Paragraph>
      <section className="section" aria-labelledby="import-columns">
        <Heading level={2} data-size="md" id="import-columns">
          {t('web.org.imp.columns_heading')}
        </Heading>
        <Paragraph>{t('web.org.imp.columns_lead')}</Paragraph>
        <TableScroll label={t('web.org.imp.columns_heading')}>
          <Table zebra border data-size="sm">
            <caption className="ds-sr-only">{t('web.org.imp.columns_heading')}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell scope="col">{t('web.org.imp.column')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('web.org.imp.required')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('web.org.imp.content')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {columns.map((column) => (
                <Table.Row key={column.name}>
                  <Table.HeaderCell scope="row">
                    <code>{column.name}</code>
                  </Table.HeaderCell>
                  <Table.Cell>{column.required ? t('web.org.yes') : t('web.org.no')}</Table.Cell>
                  <Table.Cell>{t(column.description)}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </TableScroll>
        <List.Unordered>
          <List.Item>{t('web.org.imp.rule_headers')}</List.Item>
          <List.Item>{t('web.org.imp.rule_together')}</List.Item>
          <List.Item>{t('web.org.imp.rule_all_or_nothing')}</List.Item>
        </List.Unordered>
      </section>
      <section className="section narrow" aria-labelledby="import-form-heading">
        <Heading level={2} data-size="md" id="import-form-heading">
          {t('web.org.imp.form_heading')}
        </Heading>
        <form noValidate onSubmit={onSubmit} className="form" aria-labelledby="import-form-heading">
          <FormErrorSummary key={attempt} errors={errors} />
          <Field>
            <Label>{t('web.org.imp.file')}</Label>
            <Field.Description>{t('web.org.imp.file_description')}</Field.Description>
            <Input
              id={FILE_ID}
              ref={fileRef}
              type="file"
              accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              aria-invalid={fileError ? true : undefined}
            />
            {fileError && <ValidationMessage>{fileError}</ValidationMessage>}
          </Field>
          <div className="button-row">
            <Button variant="secondary" loading={pending === 'check'} onClick={() => void send(true)}>
              {t('web.org.imp.check')}
            </Button>
            <Button type="submit" loading={pending === 'import'}>
              {t('web.org.imp.import')}
            </Button>
          </div>
        </form>
      </section>
      {result && <Report key={attempt} report={result.report} fileName={result.fileName} />}
      <section className="section" aria-labelledby="export-heading">
        <Heading level={2} data-size="md" id="export-heading">
          {t('web.org.imp.export_heading')}
        </Heading>
        <Paragraph>{t('web.org.imp.export_lead')}</Paragraph>
        <List.Unordered>
          <List.Item>
            <Link href={exportUrl(slug, 'xlsx')} download>
              {t('web.org.imp.export_xlsx')}
            </Link>
          </List.Item>
          <List.Item>
            <Link href={exportUrl(slug, 'csv')} download>
              {t('web.org.imp.export_csv')}
            </Link>
          </List.Item>
        </List.Unordered>
      </section>
    </Page>
  );
}

/** The columns of the file, one membership a row, as the server reads them. */
const columns: Array<{ name: string; required: boolean; description: MessageKey }> = [
  { name: 'body', required: true, description: 'web.org.imp.col.body' },
  { name: 'body_type', required: false, description: 'web.org.imp.col.body_type' },
  { name: 'parent_body', required: false, description: 'web.org.imp.col.parent_body' },
  { name: 'election_method', required: false, description: 'web.org.imp.col.election_method' },
  { name: 'term', required: false, description: 'web.org.imp.col.term' },
  { name: 'person', required: true, description: 'web.org.imp.col.person' },
  { name: 'gender', required: false, description: 'web.org.imp.col.gender' },
  { name: 'birth_year', required: false, description: 'web.org.imp.col.birth_year' },
  { name: 'party', required: false, description: 'web.org.imp.col.party' },
  { name: 'email', required: false, description: 'web.org.imp.col.email' },
  { name: 'role', required: true, description: 'web.org.imp.col.role' },
  { name: 'list', required: false, description: 'web.org.imp.col.list' },
  { name: 'substitute_order', required: false, description: 'web.org.imp.col.substitute_order' },
  { name: 'voting_right', required: false, description: 'web.org.imp.col.voting_right' },
  { name: 'from', required: true, description: 'web.org.imp.col.from' },
  { name: 'to', required: false, description: 'web.org.imp.col.to' },
];

/** What the server accepts in one request. */
const MAX_CONTENT_LENGTH = 1_000_000;
const FILE_ID = 'import-file';
const REPORT_ID = 'import-report';

type Format = 'csv' | 'xlsx';

function formatOf(file: File): Format | undefined {
  const name = file.name.toLowerCase();
  if (name.endsWith('.csv')) return 'csv';
  if (name.endsWith('.xlsx')) return 'xlsx';
  return undefined;
}

/** A CSV file as text; a workbook as base64, since it travels inside JSON. */
function readFile(file: File, format: Format): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onerror = () => reject(reader.error ?? new Error('unreadable'));
    reader.onload = () => {
      const result = typeof reader.result === 'string' ? reader.result : '';
      resolve(format === 'csv' ? result : result.slice(result.indexOf(',') + 1));
    };
    if (format === 'csv') reader.readAsText(file);
    else reader.readAsDataURL(file);
  });
}

function Report({ report, fileName }: { report: ImportReport; fileName: string }) {
  const t = useT();
  const format = useFormat();
  const heading = report.dryRun
    ? t('web.org.imp.report_check', { file: fileName })
    : t('web.org.imp.report_import', { file: fileName });
  return (
    <section className="section" aria-labelledby={REPORT_ID}>
      <Heading level={2} data-size="md" id={REPORT_ID} tabIndex={-1}>
        {heading}
      </Heading>
      {report.ok ? (
        <Alert data-color="success">
          <Paragraph>
            {report.dryRun
              ? t('web.org.imp.ok_check', { rows: report.rows })
              : t('web.org.imp.ok_import', {
                  rows: report.rows,
                  bodies: report.created.bodies,
                  persons: report.created.persons,
                  memberships: report.created.memberships,
                  terms: report.created.terms,
                })}
          </Paragraph>
        </Alert>
      ) : (
        <>
          <Alert data-color="danger">
            <Paragraph>
              {t('web.org.imp.problems', { count: report.errors.length, rows: report.rows })}
            </Paragraph>
          </Alert>
          <Heading level={3} data-size="sm" id="import-problems">
            {t('web.org.imp.problems_heading', { count: report.errors.length })}
          </Heading>
          <TableScroll label={t('web.org.imp.problems_heading', { count: report.errors.length })}>
            <Table zebra border>
              <caption className="ds-sr-only">
                {t('web.org.imp.problems_heading', { count: report.errors.length })}
              </caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell scope="col">{t('web.org.imp.line')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t('web.org.imp.column')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t('web.org.imp.problem')}</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {report.errors.map((problem, index) => (
                  <Table.Row key={`${problem.line}-${problem.column}-${index}`}>
                    <Table.HeaderCell scope="row">{format.number(problem.line)}</Table.HeaderCell>
                    <Table.Cell>{problem.column ? <code>{problem.column}</code> : '–'}</Table.Cell>
                    <Table.Cell>{problem.message}</Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </TableScroll>
        </>
      )}
    </section>
  );
}

/**
 * Administrators and secretaries: import bodies, people and memberships from a spreadsheet,
 * checking it first if they like; every problem comes back with its line and column, and
 * nothing is imported unless every row is valid. The same format can be downloaded.
 */
export function ImportPage() {
  const slug = useParams().slug ?? '';
  return (
    <ManagersOnly slug={slug}>
      <ImportContent />
    </ManagersOnly>
  );
}
