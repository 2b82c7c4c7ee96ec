import {
  Button,
  Field,
  Fieldset,
  Heading,
  Label,
  Link,
  Paragraph,
  Select,
  Table,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link as RouterLink, useParams } from 'react-router';
import { localeNames, locales, type Locale } from '../../../../../common/i18n/locales.ts';
import { roleTypes, type RoleType } from '../../../../../common/organisation.ts';
import { FormErrorSummary, fieldError, type FieldError } from '../../../components/form-error-summary.tsx';
import { Loading } from '../../../components/loading.tsx';
import { useNotify } from '../../../components/notifications.tsx';
import { Page } from '../../../components/page.tsx';
import { QueryError } from '../../../components/query-error.tsx';
import { TableScroll } from '../../../components/table-scroll.tsx';
import { errorMessage } from '../../../lib/api.ts';
import type { AdoptRoleDescriptionInput } from '../../../lib/api-types.ts';
import { useFormat, useLocale, useT } from '../../../lib/i18n.ts';
import { useMunicipality } from '../../../lib/municipality.ts';
import { bodiesQuery, roleDescriptionsQuery, useAdoptRoleDescription } from '../api/organisation.queries.ts';
import { byName, isPolitical, roleTypeLabel } from './labels.ts';
import { today } from '../../../lib/dates.ts';
import { ManagersOnly } from './managers-only.tsx';

type Texts = Record<Locale, { decides: string; leaves: string }>;
const emptyTexts = (): Texts =>
  Object.fromEntries(locales.map((locale) => [locale, { decides: '', leaves: '' }])) as Texts;
const textId = (locale: Locale, field: 'decides' | 'leaves') => `rd-${locale}-${field}`;

function isRoleType(value: string): value is RoleType {
  return (roleTypes as readonly string[]).includes(value);
}

function RoleDescriptionsAdminContent() {
  const t = useT();
  const uiLocale = useLocale();
  const format = useFormat();
  const notify = useNotify();
  const slug = useParams().slug ?? '';
  const municipality = useMunicipality(slug);
  const { jurisdiction, defaultLocale } = municipality;
  const current = useQuery(roleDescriptionsQuery(slug, uiLocale));
  const bodies = useQuery(bodiesQuery(slug));
  const adopt = useAdoptRoleDescription(slug);
  const [roleType, setRoleType] = useState<RoleType | ''>('');
  const [adoptedOn, setAdoptedOn] = useState(today());
  const [adoptedBy, setAdoptedBy] = useState('');
  const [texts, setTexts] = useState<Texts>(emptyTexts);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [attempt, setAttempt] = useState(0);
  // The municipality's language first, then the others in the usual order.
  const ordered = [defaultLocale, ...locales.filter((locale) => locale !== defaultLocale)];
  const political = (bodies.data ?? []).filter((b) => isPolitical(b.kind)).sort(byName);

  const setText = (locale: Locale, field: 'decides' | 'leaves', value: string) =>
    setTexts((currentTexts) => ({ ...currentTexts, [locale]: { ...currentTexts[locale], [field]: value } }));

  const validate = (): FieldError[] => {
    const found: FieldError[] = [];
    if (!roleType) found.push({ fieldId: 'rd-role', message: t('web.org.rdadmin.role_missing') });
    if (!adoptedOn) found.push({ fieldId: 'rd-adopted-on', message: t('web.org.date_missing') });
    for (const locale of ordered) {
      const { decides, leaves } = texts[locale];
      const required = locale === defaultLocale;
      const started = decides.trim() !== '' || leaves.trim() !== '';
      if (!required && !started) continue;
      const language = localeNames[locale];
      if (!decides.trim())
        found.push({
          fieldId: textId(locale, 'decides'),
          message: t('web.org.rdadmin.decides_missing', { language }),
        });
      if (!leaves.trim())
        found.push({
          fieldId: textId(locale, 'leaves'),
          message: t('web.org.rdadmin.leaves_missing', { language }),
        });
    }
    return found;
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = validate();
    setErrors(found);
    setAttempt((n) => n + 1);
    if (found.length > 0 || !roleType) return;
    const given: AdoptRoleDescriptionInput['texts'] = {};
    for (const locale of locales) {
      const { decides, leaves } = texts[locale];
      if (decides.trim() && leaves.trim()) given[locale] = { decides: decides.trim(), leaves: leaves.trim() };
    }
    adopt.mutate(
      { roleType, adoptedOn, adoptedBy: adoptedBy || null, texts: given },
      {
        onSuccess: (description) => {
          notify.success(
            t('web.org.rdadmin.adopted', {
              role: roleTypeLabel(t, description.roleType, jurisdiction),
              version: description.versionNo,
            }),
          );
          setTexts(emptyTexts());
          setRoleType('');
        },
        onError: (error) => notify.error(errorMessage(error, t)),
      },
    );
  };

  const roleError = fieldError(errors, 'rd-role');
  return (
    <Page
      title={[t('web.nav.role_descriptions'), municipality.name]}
      heading={t('web.org.rdadmin.heading', { name: municipality.name })}
    >
      <Paragraph>{t('web.org.rdadmin.lead')}</Paragraph>
      <Paragraph>
        <Link asChild>
          <RouterLink to={`/m/${slug}/who-does-what`}>{t('web.org.rdadmin.public_link')}</RouterLink>
        </Link>
      </Paragraph>
      <section className="section" aria-labelledby="rd-current">
        <Heading level={2} data-size="md" id="rd-current">
          {t('web.org.rdadmin.current_heading')}
        </Heading>
        {current.isPending ? (
          <Loading />
        ) : current.isError ? (
          <QueryError error={current.error} />
        ) : current.data.length === 0 ? (
          <Paragraph>{t('web.org.wdw.empty')}</Paragraph>
        ) : (
          <TableScroll label={t('web.org.rdadmin.current_heading')}>
            <Table zebra border>
              <caption className="ds-sr-only">{t('web.org.rdadmin.current_heading')}</caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell scope="col">{t('web.org.role')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t('web.org.wdw.version')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t('web.org.wdw.adopted')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t('web.org.rdadmin.languages')}</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {current.data.map((description) => (
                  <Table.Row key={description.id}>
                    <Table.HeaderCell scope="row">
                      {roleTypeLabel(t, description.roleType, jurisdiction)}
                    </Table.HeaderCell>
                    <Table.Cell>{description.versionNo}</Table.Cell>
                    <Table.Cell>{format.day(description.adoptedOn)}</Table.Cell>
                    <Table.Cell>
                      {description.translations.map((locale) => localeNames[locale]).join(', ')}
                    </Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </TableScroll>
        )}
      </section>
      <section className="section" aria-labelledby="rd-adopt">
        <Heading level={2} data-size="md" id="rd-adopt">
          {t('web.org.rdadmin.adopt_heading')}
        </Heading>
        <form noValidate onSubmit={onSubmit} className="form" aria-labelledby="rd-adopt">
          <FormErrorSummary key={attempt} errors={errors} />
          <div className="narrow form">
            <Field>
              <Label>{t('web.org.role')}</Label>
              <Select
                id="rd-role"
                value={roleType}
                onChange={(event) => setRoleType(isRoleType(event.target.value) ? event.target.value : '')}
                aria-invalid={roleError ? true : undefined}
              >
                <Select.Option value="" disabled>
                  {t('web.org.rdadmin.role_choose')}
                </Select.Option>
                {roleTypes.map((type) => (
                  <Select.Option key={type} value={type}>
                    {roleTypeLabel(t, type, jurisdiction)}
                  </Select.Option>
                ))}
              </Select>
              {roleError && <ValidationMessage>{roleError}</ValidationMessage>}
            </Field>
            <Textfield
              id="rd-adopted-on"
              type="date"
              label={t('web.org.pos.adopted_on')}
              value={adoptedOn}
              onChange={(event) => setAdoptedOn(event.target.value)}
              error={fieldError(errors, 'rd-adopted-on')}
            />
            <Field>
              <Label>{t('web.org.pos.adopted_by')}</Label>
              <Select
                id="rd-adopted-by"
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
          </div>
          {ordered.map((locale) => (
            <Fieldset key={locale} className="language-texts">
              <Fieldset.Legend>
                <span lang={locale}>{localeNames[locale]}</span> (
                {locale === defaultLocale ? t('web.org.rdadmin.required') : t('web.org.rdadmin.optional')})
              </Fieldset.Legend>
              <Textfield
                id={textId(locale, 'decides')}
                lang={locale}
                multiline
                rows={4}
                label={t('web.org.rd.decides')}
                value={texts[locale].decides}
                onChange={(event) => setText(locale, 'decides', event.target.value)}
                error={fieldError(errors, textId(locale, 'decides'))}
              />
              <Textfield
                id={textId(locale, 'leaves')}
                lang={locale}
                multiline
                rows={4}
                label={t('web.org.rd.leaves')}
                value={texts[locale].leaves}
                onChange={(event) => setText(locale, 'leaves', event.target.value)}
                error={fieldError(errors, textId(locale, 'leaves'))}
              />
            </Fieldset>
          ))}
          <div className="button-row">
            <Button type="submit" loading={adopt.isPending}>
              {t('web.org.rdadmin.submit')}
            </Button>
          </div>
        </form>
      </section>
    </Page>
  );
}

/**
 * Administrators and secretaries: adopt a new version of a role description. The municipality's
 * own language is required; the other languages are optional translations, each in a group of
 * its own.
 */
export function RoleDescriptionsAdminPage() {
  const slug = useParams().slug ?? '';
  return (
    <ManagersOnly slug={slug}>
      <RoleDescriptionsAdminContent />
    </ManagersOnly>
  );
}
