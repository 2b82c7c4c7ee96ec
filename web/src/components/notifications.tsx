import { Alert, Button, Paragraph } from '@digdir/designsystemet-react';
import { createContext, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useT } from '../lib/i18n.ts';

type Kind = 'success' | 'error';
type Notification = { id: number; kind: Kind; message: string; keepOnNavigation: boolean };

export type Notify = {
  success: (message: string, options?: { keepOnNavigation?: boolean }) => void;
  error: (message: string, options?: { keepOnNavigation?: boolean }) => void;
};

type Store = {
  notification: Notification | null;
  notify: Notify;
  dismiss: () => void;
  onNavigation: () => void;
};

const NotificationContext = createContext<Store | null>(null);

/** Holds the one current message about an action that succeeded or failed. */
export function NotificationProvider({ children }: { children: ReactNode }) {
  const [notification, setNotification] = useState<Notification | null>(null);
  const nextId = useRef(1);
  const actions = useMemo(() => {
    const show = (kind: Kind, message: string, options?: { keepOnNavigation?: boolean }) =>
      setNotification({
        id: nextId.current++,
        kind,
        message,
        keepOnNavigation: options?.keepOnNavigation ?? false,
      });
    const notify: Notify = {
      success: (message, options) => show('success', message, options),
      error: (message, options) => show('error', message, options),
    };
    return {
      notify,
      dismiss: () => setNotification(null),
      // A message survives the one navigation it was raised for (e.g. "signed out", then home).
      onNavigation: () =>
        setNotification((current) =>
          current?.keepOnNavigation ? { ...current, keepOnNavigation: false } : null,
        ),
    };
  }, []);
  const store = useMemo<Store>(() => ({ notification, ...actions }), [notification, actions]);
  return <NotificationContext.Provider value={store}>{children}</NotificationContext.Provider>;
}

function useStore(): Store {
  const store = useContext(NotificationContext);
  if (!store) throw new Error('NotificationProvider is missing');
  return store;
}

export function useNotify(): Notify {
  return useStore().notify;
}

export function useNotificationNavigation(): () => void {
  return useStore().onNavigation;
}

/**
 * A polite live region that is always in the page, so screen readers announce each new message
 * as it is put inside.
 */
export function NotificationRegion() {
  const t = useT();
  const { notification, dismiss } = useStore();
  const regionRef = useRef<HTMLDivElement>(null);
  const id = notification?.id;
  // A message about a form low on the page would appear out of sight: bring it into view, while
  // focus stays where the person was.
  useEffect(() => {
    if (id !== undefined) regionRef.current?.scrollIntoView({ block: 'nearest' });
  }, [id]);
  return (
    <div ref={regionRef} role="status" aria-live="polite" aria-atomic="true" className="notification-region">
      {notification && (
        <Alert key={notification.id} data-color={notification.kind === 'error' ? 'danger' : 'success'}>
          <div className="notification">
            <Paragraph>
              <strong>
                {notification.kind === 'error' ? t('web.notification.error') : t('web.notification.success')}
              </strong>{' '}
              {notification.message}
            </Paragraph>
            <Button variant="tertiary" data-size="sm" onClick={dismiss}>
              {t('web.notification.dismiss')}
            </Button>
          </div>
        </Alert>
      )}
    </div>
  );
}
