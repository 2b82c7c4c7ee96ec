import { Dropdown } from '@digdir/designsystemet-react';
import { useRef, useState } from 'react';
import { locales, localeNames, type Locale } from '../../../../common/i18n/locales.ts';
import { useNotify } from '../../components/notifications.tsx';
import { api, errorMessage } from '../../lib/api.ts';
import { setLocale, useLocale, useT } from '../../lib/i18n.ts';
import { useSession } from '../../lib/session.ts';

/**
 * Switches the UI language. The choice is kept on this device and, when signed in with a
 * session, saved on the account so that other devices follow.
 */
export function LanguageSwitcher() {
  const t = useT();
  const locale = useLocale();
  const session = useSession();
  const notify = useNotify();
  const [open, setOpen] = useState(false);
  const triggerRef = useRef<HTMLButtonElement>(null);

  const choose = (next: Locale) => {
    setOpen(false);
    // The chosen item disappears with the menu; keep focus on the switcher, not the page body.
    triggerRef.current?.focus();
    void setLocale(next, { remember: true });
    if (session.user && session.via === 'session') {
      api<undefined>('/api/me', { method: 'PATCH', body: { locale: next } }).catch((error: unknown) =>
        notify.error(errorMessage(error, t)),
      );
    }
  };

  return (
    <Dropdown.TriggerContext>
      <Dropdown.Trigger ref={triggerRef} variant="tertiary" data-size="sm" aria-expanded={open}>
        {t('web.header.language')}: <span lang={locale}>{localeNames[locale]}</span>
      </Dropdown.Trigger>
      <Dropdown
        open={open}
        onOpen={() => setOpen(true)}
        onClose={() => setOpen(false)}
        placement="bottom-end"
      >
        <Dropdown.List>
          {locales.map((option) => (
            <Dropdown.Item key={option}>
              <Dropdown.Button
                lang={option}
                aria-current={option === locale ? 'true' : undefined}
                onClick={() => choose(option)}
              >
                <span aria-hidden="true" className="check">
                  {option === locale ? '✓' : ''}
                </span>
                {localeNames[option]}
              </Dropdown.Button>
            </Dropdown.Item>
          ))}
        </Dropdown.List>
      </Dropdown>
    </Dropdown.TriggerContext>
  );
}
