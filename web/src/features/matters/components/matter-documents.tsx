import {
  Button,
  Checkbox,
  Field,
  Heading,
  Label,
  Link,
  Paragraph,
  Table,
  Tag,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { useRef, useState, type FormEvent } from 'react';
import {
  allowedFileTypes,
  documentDirections,
  type DocumentDirection,
} from '../../../../../common/matters.ts';
import { FormErrorSummary, fieldError, type FieldError } from '../../../components/form-error-summary.tsx';
import { useNotify } from '../../../components/notifications.tsx';
import { TableScroll } from '../../../components/table-scroll.tsx';
import { errorMessage } from '../../../lib/api.ts';
import type { Matter } from '../../../lib/api-types.ts';
import { useFormat, useT } from '../../../lib/i18n.ts';
import { useMunicipality } from '../../../lib/municipality.ts';
import { fileUrl, useRegisterDocument, useUploadFile } from '../api/matters.queries.ts';
import { SelectField, serverErrors } from '../../../components/fields.tsx';
import { directionLabel } from './labels.ts';
import { today } from '../../../lib/dates.ts';
import { useCanDo } from './role-gate.tsx';

const ids = {
  direction: 'document-direction',
  date: 'document-date',
  correspondent: 'document-correspondent',
  description: 'document-description',
  confidential: 'document-confidential',
  ground: 'document-ground',
  publicDescription: 'document-public-description',
} as const;

function isDirection(value: string): value is DocumentDirection {
  return (documentDirections as readonly string[]).includes(value);
}

function RegisterDocumentForm({ slug, matterId }: { slug: string; matterId: string }) {
  const t = useT();
  const notify = useNotify();
  const { jurisdiction } = useMunicipality(slug);
  const register = useRegisterDocument(slug, matterId);
  const [direction, setDirection] = useState<DocumentDirection>('incoming');
  const [date, setDate] = useState(today());
  const [correspondent, setCorrespondent] = useState('');
  const [description, setDescription] = useState('');
  const [confidential, setConfidential] = useState(false);
  const [ground, setGround] = useState('');
  const [publicDescription, setPublicDescription] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const external = direction === 'incoming' || direction === 'outgoing';

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found: FieldError[] = [];
    if (!date) found.push({ fieldId: ids.date, message: t('web.matters.date_missing') });
    if (!description.trim())
      found.push({ fieldId: ids.description, message: t('web.matters.document_description_missing') });
    if (confidential && !ground.trim())
      found.push({ fieldId: ids.ground, message: t('web.matters.ground_missing') });
    if (confidential && !publicDescription.trim())
      found.push({ fieldId: ids.publicDescription, message: t('web.matters.public_description_missing') });
    setErrors(found);
    setAttempt((n) => n + 1);
    if (found.length > 0) return;
    register.mutate(
      {
        direction,
        documentDate: date,
        correspondent: correspondent.trim() || null,
        description: description.trim(),
        confidential,
        ...(confidential
          ? { confidentialityGround: ground.trim(), publicDescription: publicDescription.trim() }
          : {}),
      },
      {
        onSuccess: (document) => {
          notify.success(t('web.matters.document_registered', { number: document.number }));
          setCorrespondent('');
          setDescription('');
          setConfidential(false);
          setGround('');
          setPublicDescription('');
        },
        onError: (error) => {
          setErrors(
            serverErrors(
              error,
              t,
              {
                direction: ids.direction,
                documentDate: ids.date,
                correspondent: ids.correspondent,
                description: ids.description,
                confidentialityGround: ids.ground,
                publicDescription: ids.publicDescription,
              },
              ids.correspondent,
            ),
          );
          setAttempt((n) => n + 1);
        },
      },
    );
  };

  return (
    <form noValidate onSubmit={onSubmit} className="form narrow subsection" aria-labelledby="document-add">
      <Heading level={3} data-size="xs" id="document-add">
        {t('web.matters.document_add')}
      </Heading>
      <FormErrorSummary key={attempt} errors={errors} />
      <SelectField
        id={ids.direction}
        label={t('web.matters.direction')}
        value={direction}
        onChange={(value) => {
          if (isDirection(value)) setDirection(value);
        }}
        options={documentDirections.map((option) => ({ value: option, label: directionLabel(t, option) }))}
      />
      <Textfield
        id={ids.date}
        type="date"
        label={t('web.matters.document_date')}
        value={date}
        onChange={(event) => setDate(event.target.value)}
        error={fieldError(errors, ids.date)}
      />
      <Textfield
        id={ids.correspondent}
        label={direction === 'outgoing' ? t('web.matters.recipient') : t('web.matters.sender')}
        description={external ? t('web.matters.correspondent_description') : undefined}
        autoComplete="off"
        value={correspondent}
        onChange={(event) => setCorrespondent(event.target.value)}
        error={fieldError(errors, ids.correspondent)}
      />
      <Textfield
        id={ids.description}
        label={t('web.matters.document_description')}
        autoComplete="off"
        value={description}
        onChange={(event) => setDescription(event.target.value)}
        error={fieldError(errors, ids.description)}
      />
      <Checkbox
        id={ids.confidential}
        label={t('web.matters.confidential_check')}
        checked={confidential}
        onChange={(event) => setConfidential(event.target.checked)}
      />
      {confidential && (
        <>
          <Textfield
            id={ids.ground}
            label={t('web.matters.ground', { jurisdiction })}
            autoComplete="off"
            value={ground}
            onChange={(event) => setGround(event.target.value)}
            error={fieldError(errors, ids.ground)}
          />
          <Textfield
            id={ids.publicDescription}
            label={t('web.matters.public_description')}
            description={t('web.matters.public_title_description')}
            autoComplete="off"
            value={publicDescription}
            onChange={(event) => setPublicDescription(event.target.value)}
            error={fieldError(errors, ids.publicDescription)}
          />
        </>
      )}
      <div className="button-row">
        <Button type="submit" variant="secondary" loading={register.isPending}>
          {t('web.matters.document_add_submit')}
        </Button>
      </div>
    </form>
  );
}

/** Adds a file to a document of the matter: the file goes as it is, and the server checks its type and content. */
function UploadFile({ slug, matter }: { slug: string; matter: Matter }) {
  const t = useT();
  const notify = useNotify();
  const upload = useUploadFile(slug, matter.id);
  const inputRef = useRef<HTMLInputElement>(null);
  const documents = matter.documents.filter((document) => document.status !== 'cancelled');
  const [picked, setDocumentId] = useState('');
  // The newest document unless another is picked (a document registered since is offered first).
  const documentId = documents.some((d) => d.id === picked) ? picked : (documents.at(-1)?.id ?? '');
  const [error, setError] = useState<string | undefined>();
  const id = 'matter-file';
  if (documents.length === 0) return null;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const file = inputRef.current?.files?.[0];
    if (!file) {
      setError(t('web.matters.file_missing'));
      inputRef.current?.focus();
      return;
    }
    setError(undefined);
    upload.mutate(
      { documentId, file },
      {
        onSuccess: (added) => {
          notify.success(t('web.matters.file_added', { name: added.fileName }));
          if (inputRef.current) inputRef.current.value = '';
        },
        onError: (failed) => {
          setError(errorMessage(failed, t));
          inputRef.current?.focus();
        },
      },
    );
  };

  return (
    <form noValidate onSubmit={onSubmit} className="upload-form" aria-labelledby={`${id}-heading`}>
      <Heading level={3} data-size="xs" id={`${id}-heading`}>
        {t('web.matters.file_heading')}
      </Heading>
      <SelectField
        id={`${id}-document`}
        label={t('web.matters.file_document')}
        value={documentId}
        onChange={setDocumentId}
        options={documents.map((document) => ({
          value: document.id,
          label: `${document.number}. ${document.description}`,
        }))}
      />
      <Field>
        <Label htmlFor={id}>{t('web.matters.file_choose')}</Label>
        <input
          ref={inputRef}
          id={id}
          type="file"
          className="ds-input"
          accept={Object.keys(allowedFileTypes).join(',')}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
        />
        {error && (
          <ValidationMessage id={`${id}-error`} role="alert">
            {error}
          </ValidationMessage>
        )}
      </Field>
      <Button type="submit" variant="secondary" data-size="sm" loading={upload.isPending}>
        {t('web.matters.file_upload')}
      </Button>
    </form>
  );
}

/** The matter's registered documents with their files, and for registrars the forms to add both. */
export function DocumentsSection({ slug, matter }: { slug: string; matter: Matter }) {
  const t = useT();
  const format = useFormat();
  const canDo = useCanDo(slug);
  const canRegister = canDo('register');

  return (
    <section className="section" aria-labelledby="matter-documents">
      <Heading level={2} data-size="md" id="matter-documents">
        {t('web.matters.documents')}
      </Heading>
      {matter.documents.length === 0 ? (
        <Paragraph>{t('web.matters.documents_none')}</Paragraph>
      ) : (
        <TableScroll label={t('web.matters.documents')}>
          <Table zebra border>
            <caption className="ds-sr-only">
              {t('web.matters.documents_of', { number: matter.registryNumber })}
            </caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell scope="col">{t('web.matters.document_number')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('web.matters.journal_number')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('web.matters.direction')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('web.matters.document_date')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('web.matters.correspondent')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('web.matters.document_description')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('web.matters.confidential')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('web.matters.files')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {matter.documents.map((document) => (
                <Table.Row key={document.id}>
                  <Table.HeaderCell scope="row">{document.number}</Table.HeaderCell>
                  <Table.Cell>{document.journalNumber}</Table.Cell>
                  <Table.Cell>{directionLabel(t, document.direction)}</Table.Cell>
                  <Table.Cell>{format.day(document.documentDate)}</Table.Cell>
                  <Table.Cell>{document.correspondent ?? '–'}</Table.Cell>
                  <Table.Cell>{document.description}</Table.Cell>
                  <Table.Cell>
                    {document.confidential ? (
                      <>
                        <Tag data-color="warning" data-size="sm">
                          {t('web.matters.yes')}
                        </Tag>
                        {document.confidentialityGround && (
                          <span className="muted"> {document.confidentialityGround}</span>
                        )}
                      </>
                    ) : (
                      t('web.matters.no')
                    )}
                  </Table.Cell>
                  <Table.Cell>
                    {document.files.length > 0 && (
                      <ul className="plain-list">
                        {document.files.map((file) => (
                          <li key={file.id}>
                            <Link
                              href={fileUrl(slug, matter.id, document.id, file.id)}
                              download={file.fileName}
                            >
                              {file.fileName}
                            </Link>{' '}
                            <span className="muted">({format.number(Math.ceil(file.size / 1024))} kB)</span>
                          </li>
                        ))}
                      </ul>
                    )}
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </TableScroll>
      )}
      {canRegister && !matter.restricted && <UploadFile slug={slug} matter={matter} />}
      {canRegister && !matter.restricted && <RegisterDocumentForm slug={slug} matterId={matter.id} />}
    </section>
  );
}
