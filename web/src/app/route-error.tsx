import { Button, Link, Paragraph } from '@digdir/designsystemet-react';
import {
  isRouteErrorResponse,
  Link as RouterLink,
  matchPath,
  useLocation,
  useRouteError,
} from 'react-router';
import { Page } from '../components/page.tsx';
import { ApiError, errorMessage } from '../lib/api.ts';
import { useT } from '../lib/i18n.ts';
import { NotFoundPage } from './pages/not-found-page.tsx';

/**
 * What a page shows when it cannot be loaded: the server's localized reason, and a way on —
 * sign in when the server asks for it, otherwise back to the front page.
 */
export function RouteError() {
  const t = useT();
  const error = useRouteError();
  const { pathname } = useLocation();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />;
  const slug = matchPath('/m/:slug/*', pathname)?.params.slug;
  const status = error instanceof ApiError ? error.status : 0;
  const heading =
    status === 401
      ? t('web.error.sign_in_needed')
      : status === 403
        ? t('web.error.forbidden_heading')
        : status === 404
          ? t('web.error.not_found_heading')
          : t('web.error.heading');
  return (
    <Page title={[heading]} heading={heading}>
      <Paragraph>{errorMessage(error, t)}</Paragraph>
      <div className="button-row">
        {status === 401 && (
          <Button asChild>
            <RouterLink to={slug ? `/sign-in?municipality=${encodeURIComponent(slug)}` : '/sign-in'}>
              {t('web.header.sign_in')}
            </RouterLink>
          </Button>
        )}
        <Link asChild>
          <RouterLink to="/">{t('web.error.back_to_front')}</RouterLink>
        </Link>
      </div>
    </Page>
  );
}

/** When even the frame cannot load (the server is unreachable): a page of its own. */
export function RootError() {
  const t = useT();
  const error = useRouteError();
  return (
    <main id="main" className="app-main">
      <Page title={[t('web.error.heading')]} heading={t('web.error.heading')}>
        <Paragraph>{errorMessage(error, t)}</Paragraph>
        <Paragraph>
          <Link href="/">{t('web.error.reload')}</Link>
        </Paragraph>
      </Page>
    </main>
  );
}
