import { Button, Heading, Table } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useParams } from 'react-router';
import { Loading } from '../../../components/loading.tsx';
import { Page } from '../../../components/page.tsx';
import { useFocusLater } from '../../../components/use-focus-later.ts';
import { QueryError } from '../../../components/query-error.tsx';
import type { User } from '../../../lib/api-types.ts';
import { useT } from '../../../lib/i18n.ts';
import { useMembership } from '../../../lib/session.ts';
import { usersQuery } from '../api/users.queries.ts';
import { AddUserForm } from './add-user-form.tsx';
import { EditRolesForm } from './edit-roles-form.tsx';

const editButtonId = (userId: string) => `edit-roles-${userId}`;

function UsersTable({
  users,
  municipalityName,
  onEdit,
}: {
  users: User[];
  municipalityName: string;
  onEdit: (user: User) => void;
}) {
  const t = useT();
  return (
    <div className="table-scroll">
      <Table zebra border>
        <caption className="ds-sr-only">
          {t('web.users.caption', { name: municipalityName, count: users.length })}
        </caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{t('web.field.name')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('web.field.email')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('web.field.roles')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('web.users.sign_in_method')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('web.field.actions')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {users.map((user) => (
            <Table.Row key={user.id}>
              <Table.HeaderCell scope="row">{user.name}</Table.HeaderCell>
              <Table.Cell>{user.email}</Table.Cell>
              <Table.Cell>{user.roles.map((role) => t(`role.${role}`)).join(', ')}</Table.Cell>
              <Table.Cell>
                {user.hasPassword ? t('web.users.method_password') : t('web.users.method_eid')}
              </Table.Cell>
              <Table.Cell>
                <Button
                  id={editButtonId(user.id)}
                  variant="secondary"
                  data-size="sm"
                  onClick={() => onEdit(user)}
                >
                  {t('web.users.edit')}
                  <span className="ds-sr-only"> {t('web.users.edit_for', { name: user.name })}</span>
                </Button>
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  );
}

/** Administrators: the people with roles in the municipality, adding people, changing roles. */
export function UsersPage() {
  const t = useT();
  const slug = useParams().slug ?? '';
  const municipalityName = useMembership(slug)?.name ?? slug;
  const users = useQuery(usersQuery(slug));
  const [editing, setEditing] = useState<User | null>(null);
  const focusLater = useFocusLater();

  const closeEditor = () => {
    const userId = editing?.id;
    setEditing(null);
    if (!userId) return;
    // Back to the row's button; if the person left the municipality, to the list itself.
    focusLater(editButtonId(userId), 'users-list-heading');
  };

  return (
    <Page
      title={[t('web.nav.users'), municipalityName]}
      heading={t('web.users.heading', { name: municipalityName })}
    >
      <section className="section">
        <Heading level={2} data-size="md" id="users-list-heading" tabIndex={-1}>
          {t('web.users.list_heading')}
        </Heading>
        {users.isPending ? (
          <Loading />
        ) : users.isError ? (
          <QueryError error={users.error} />
        ) : (
          <UsersTable users={users.data} municipalityName={municipalityName} onEdit={setEditing} />
        )}
      </section>
      {editing && <EditRolesForm key={editing.id} slug={slug} user={editing} onDone={closeEditor} />}
      <AddUserForm slug={slug} municipalityName={municipalityName} />
    </Page>
  );
}
