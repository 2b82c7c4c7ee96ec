import { Dropdown } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useNotify } from '../../../components/notifications.tsx';
import { errorMessage } from '../../../lib/api.ts';
import { useT } from '../../../lib/i18n.ts';
import { useSignOut, useSignOutEverywhere } from '../api/auth.queries.ts';

/** The signed-in person's menu: sign out here, or on every device. */
export function UserMenu({ name }: { name: string }) {
  const t = useT();
  const notify = useNotify();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const signOut = useSignOut();
  const signOutEverywhere = useSignOutEverywhere();

  const onSignOut = () => {
    setOpen(false);
    signOut.mutate(undefined, {
      onSuccess: () => {
        notify.success(t('web.sign_out.done'), { keepOnNavigation: true });
        navigate('/');
      },
      onError: (error) => notify.error(errorMessage(error, t)),
    });
  };
  const onSignOutEverywhere = () => {
    setOpen(false);
    signOutEverywhere.mutate(undefined, {
      onSuccess: ({ ended }) => {
        notify.success(t('web.sign_out.everywhere_done', { count: ended }), { keepOnNavigation: true });
        navigate('/');
      },
      onError: (error) => notify.error(errorMessage(error, t)),
    });
  };

  return (
    <Dropdown.TriggerContext>
      <Dropdown.Trigger variant="tertiary" data-size="sm" aria-expanded={open}>
        <span className="ds-sr-only">{t('web.header.user_menu')} </span>
        {name}
      </Dropdown.Trigger>
      <Dropdown
        open={open}
        onOpen={() => setOpen(true)}
        onClose={() => setOpen(false)}
        placement="bottom-end"
      >
        <Dropdown.List>
          <Dropdown.Item>
            <Dropdown.Button onClick={onSignOut}>{t('web.sign_out.here')}</Dropdown.Button>
          </Dropdown.Item>
          <Dropdown.Item>
            <Dropdown.Button onClick={onSignOutEverywhere}>{t('web.sign_out.everywhere')}</Dropdown.Button>
          </Dropdown.Item>
        </Dropdown.List>
      </Dropdown>
    </Dropdown.TriggerContext>
  );
}
