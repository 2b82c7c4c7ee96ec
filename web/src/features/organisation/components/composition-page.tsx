import { Field, Label, Link, Paragraph, Select } from '@digdir/designsystemet-react';
import { keepPreviousData, useQuery, useSuspenseQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link as RouterLink, useParams } from 'react-router';
import { Loading } from '../../../components/loading.tsx';
import { Page } from '../../../components/page.tsx';
import { QueryError } from '../../../components/query-error.tsx';
import { useFocusLater } from '../../../components/use-focus-later.ts';
import { useT } from '../../../lib/i18n.ts';
import { useMunicipality } from '../../../lib/municipality.ts';
import { bodyDetailQuery, personsQuery, termsQuery } from '../api/organisation.queries.ts';
import { AppointForm } from './appoint-form.tsx';
import { CompositionForm } from './composition-form.tsx';
import { kindLabel, termLabel } from './labels.ts';
import { MEMBERS_HEADING_ID, MembersAdmin } from './members-admin.tsx';
import { ManagersOnly } from './managers-only.tsx';

function CompositionContent() {
  const t = useT();
  const { slug = '', bodyId = '' } = useParams();
  const municipality = useMunicipality(slug);
  const { jurisdiction } = municipality;
  const current = useSuspenseQuery(bodyDetailQuery(slug, bodyId)).data;
  const terms = useQuery(termsQuery(slug));
  const persons = useQuery(personsQuery(slug));
  const [termId, setTermId] = useState(current.term?.id ?? '');
  const detail = useQuery({
    ...bodyDetailQuery(slug, bodyId, termId || undefined),
    placeholderData: keepPreviousData,
  });
  const focusLater = useFocusLater();
  const { body } = current;
  const term = terms.data?.find((candidate) => candidate.id === termId) ?? null;
  const shown = detail.data && detail.data.term?.id === termId ? detail.data : undefined;
  const sortedPersons = [...(persons.data ?? [])].sort((a, b) => a.name.localeCompare(b.name));

  return (
    <Page
      title={[t('web.org.comp.page_heading', { body: body.name }), municipality.name]}
      heading={t('web.org.comp.page_heading', { body: body.name })}
      lead={<Paragraph>{kindLabel(t, body.kind, jurisdiction)}</Paragraph>}
    >
      <Paragraph>
        <Link asChild>
          <RouterLink to={`/m/${slug}/bodies/${body.id}`}>
            {t('web.org.comp.public_link', { body: body.name })}
          </RouterLink>
        </Link>
      </Paragraph>
      {terms.isError && <QueryError error={terms.error} />}
      {persons.isError && <QueryError error={persons.error} />}
      {terms.data && terms.data.length === 0 && <Paragraph>{t('web.org.comp.no_terms')}</Paragraph>}
      {terms.data && terms.data.length > 0 && (
        <Field className="narrow">
          <Label>{termLabel(t, jurisdiction)}</Label>
          <Select id="composition-term" value={termId} onChange={(event) => setTermId(event.target.value)}>
            {terms.data.map((option) => (
              <Select.Option key={option.id} value={option.id}>
                {option.isCurrent ? t('web.org.term_current', { name: option.name }) : option.name}
              </Select.Option>
            ))}
          </Select>
        </Field>
      )}
      {!term || !shown || !persons.data ? (
        terms.data?.length === 0 ? null : (
          <Loading />
        )
      ) : (
        <>
          {!body.isActive && <Paragraph>{t('web.org.comp.ended_body')}</Paragraph>}
          <CompositionForm
            key={term.id}
            slug={slug}
            body={body}
            jurisdiction={jurisdiction}
            term={term}
            members={shown.members}
            persons={sortedPersons}
            onSaved={() => focusLater(MEMBERS_HEADING_ID)}
          />
          <MembersAdmin
            slug={slug}
            bodyName={body.name}
            termName={term.name}
            members={shown.members}
            jurisdiction={jurisdiction}
            focusLater={focusLater}
          />
          <AppointForm
            slug={slug}
            body={body}
            term={term}
            persons={sortedPersons}
            jurisdiction={jurisdiction}
            onAppointed={() => focusLater(MEMBERS_HEADING_ID)}
          />
        </>
      )}
    </Page>
  );
}

/**
 * Administrators and secretaries: who sits in a body in a term — elect the whole composition,
 * end a membership and move the next substitute up, or appoint one person.
 */
export function CompositionPage() {
  const slug = useParams().slug ?? '';
  return (
    <ManagersOnly slug={slug}>
      <CompositionContent />
    </ManagersOnly>
  );
}
