import { Alert, Link, Paragraph } from '@digdir/designsystemet-react';
import { Link as RouterLink, useLocation } from 'react-router';
import { errorMessage, isApiError } from '../lib/api.ts';
import { useT } from '../lib/i18n.ts';

/**
 * Shows why a part of the page could not be loaded, in the server's words; when the session has
 * ended, with a way to sign in again.
 */
export function QueryError({ error }: { error: unknown }) {
  const t = useT();
  const { pathname } = useLocation();
  const slug = /^\/m\/([^/]+)/.exec(pathname)?.[1];
  return (
    <Alert data-color="danger">
      <Paragraph>
        <strong>{t('web.notification.error')}</strong> {errorMessage(error, t)}
      </Paragraph>
      {isApiError(error, 401) && (
        <Paragraph>
          <Link asChild>
            <RouterLink to={slug ? `/sign-in?municipality=${encodeURIComponent(slug)}` : '/sign-in'}>
              {t('web.header.sign_in')}
            </RouterLink>
          </Link>
        </Paragraph>
      )}
    </Alert>
  );
}
