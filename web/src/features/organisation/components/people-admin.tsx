import { Button, Heading, Table, Textfield } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Loading } from '../../../components/loading.tsx';
import { QueryError } from '../../../components/query-error.tsx';
import { useFocusLater } from '../../../components/use-focus-later.ts';
import { TableScroll } from '../../../components/table-scroll.tsx';
import type { PersonForAdministrators } from '../../../lib/api-types.ts';
import { useT } from '../../../lib/i18n.ts';
import { personsQuery } from '../api/organisation.queries.ts';
import { genderLabel } from './labels.ts';
import { PersonForm } from './person-form.tsx';

const editButtonId = (personId: string) => `edit-person-${personId}`;

/** People: search by name, register someone new, change someone's details. */
export function PeopleAdmin({ slug }: { slug: string }) {
  const t = useT();
  const [draft, setDraft] = useState('');
  const [search, setSearch] = useState('');
  const persons = useQuery(personsQuery(slug, search));
  const [editing, setEditing] = useState<PersonForAdministrators | null>(null);
  const focusLater = useFocusLater();

  const onSearch = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSearch(draft.trim());
  };

  const closeEditor = () => {
    const personId = editing?.id;
    setEditing(null);
    if (personId) focusLater(editButtonId(personId), 'admin-people');
  };

  return (
    <section className="section" aria-labelledby="admin-people">
      <Heading level={2} data-size="md" id="admin-people" tabIndex={-1}>
        {t('web.org.admin.people_heading')}
      </Heading>
      <form role="search" onSubmit={onSearch} className="search-form">
        <Textfield
          id="people-search"
          type="search"
          label={t('web.org.admin.people_search')}
          description={t('web.org.admin.people_search_description')}
          autoComplete="off"
          value={draft}
          onChange={(event) => setDraft(event.target.value)}
        />
        <Button type="submit" variant="secondary">
          {t('web.org.admin.search')}
        </Button>
      </form>
      {persons.isPending ? (
        <Loading />
      ) : persons.isError ? (
        <QueryError error={persons.error} />
      ) : (
        <>
          <p role="status" className="muted">
            {search
              ? t('web.org.admin.people_found', { count: persons.data.length, search })
              : t('web.org.admin.people_count', { count: persons.data.length })}
          </p>
          {persons.data.length > 0 && (
            <TableScroll label={t('web.org.admin.people_heading')}>
              <Table zebra border>
                <caption className="ds-sr-only">{t('web.org.admin.people_heading')}</caption>
                <Table.Head>
                  <Table.Row>
                    <Table.HeaderCell scope="col">{t('web.field.name')}</Table.HeaderCell>
                    <Table.HeaderCell scope="col">{t('web.org.party')}</Table.HeaderCell>
                    <Table.HeaderCell scope="col">{t('web.org.pform.gender')}</Table.HeaderCell>
                    <Table.HeaderCell scope="col">{t('web.org.pform.birth_year')}</Table.HeaderCell>
                    <Table.HeaderCell scope="col">{t('web.org.pform.email')}</Table.HeaderCell>
                    <Table.HeaderCell scope="col">{t('web.field.actions')}</Table.HeaderCell>
                  </Table.Row>
                </Table.Head>
                <Table.Body>
                  {persons.data.map((person) => (
                    <Table.Row key={person.id}>
                      <Table.HeaderCell scope="row">{person.name}</Table.HeaderCell>
                      <Table.Cell>{person.party ?? '–'}</Table.Cell>
                      <Table.Cell>{genderLabel(t, person.gender)}</Table.Cell>
                      <Table.Cell>{person.birthYear ?? '–'}</Table.Cell>
                      <Table.Cell className="break">{person.email ?? '–'}</Table.Cell>
                      <Table.Cell>
                        <Button
                          id={editButtonId(person.id)}
                          variant="secondary"
                          data-size="sm"
                          onClick={() => setEditing(person)}
                        >
                          {t('web.org.admin.edit')}
                          <span className="ds-sr-only"> {person.name}</span>
                        </Button>
                      </Table.Cell>
                    </Table.Row>
                  ))}
                </Table.Body>
              </Table>
            </TableScroll>
          )}
        </>
      )}
      {editing && <PersonForm key={editing.id} slug={slug} person={editing} onDone={closeEditor} />}
      <PersonForm slug={slug} />
    </section>
  );
}
