import { Button, Heading } from '@digdir/designsystemet-react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useNotify } from '../../../components/notifications.tsx';
import { errorMessage } from '../../../lib/api.ts';
import type { User } from '../../../lib/api-types.ts';
import { useT } from '../../../lib/i18n.ts';
import type { Role } from '../../../lib/roles.ts';
import { useSetRoles } from '../api/users.queries.ts';
import { RoleCheckboxes } from './role-checkboxes.tsx';

/**
 * Edits one person's roles. It opens with focus on its heading and, when closed, hands focus
 * back to the button that opened it (`onDone`).
 */
export function EditRolesForm({ slug, user, onDone }: { slug: string; user: User; onDone: () => void }) {
  const t = useT();
  const notify = useNotify();
  const setRolesMutation = useSetRoles(slug);
  const [roles, setRoles] = useState<Role[]>(user.roles);
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setRolesMutation.mutate(
      { userId: user.id, roles },
      {
        onSuccess: () => {
          notify.success(
            roles.length === 0
              ? t('web.users.removed', { name: user.name })
              : t('web.users.roles_saved', { name: user.name }),
          );
          onDone();
        },
        onError: (error) => notify.error(errorMessage(error, t)),
      },
    );
  };

  return (
    <section className="section narrow edit-panel">
      <Heading level={2} data-size="md" id="edit-roles-heading" tabIndex={-1} ref={headingRef}>
        {t('web.users.edit_heading', { name: user.name })}
      </Heading>
      <form onSubmit={onSubmit} className="form">
        <RoleCheckboxes
          idPrefix="edit-user-role"
          legend={t('web.users.edit_legend', { name: user.name })}
          description={t('web.users.edit_description')}
          value={roles}
          onChange={setRoles}
        />
        <div className="button-row">
          <Button type="submit" loading={setRolesMutation.isPending}>
            {t('web.users.edit_submit')}
          </Button>
          <Button variant="secondary" onClick={onDone}>
            {t('web.dialog.cancel')}
          </Button>
        </div>
      </form>
    </section>
  );
}
