import { SkipLink } from '@digdir/designsystemet-react';
import { useEffect, useRef } from 'react';
import { matchPath, Outlet, useLocation, useNavigation, useNavigationType } from 'react-router';
import { NotificationRegion, useNotificationNavigation } from '../../components/notifications.tsx';
import { keepsFocus, PAGE_HEADING_ID } from '../../components/page.tsx';
import { useT } from '../../lib/i18n.ts';
import { SiteFooter } from './site-footer.tsx';
import { SiteHeader } from './site-header.tsx';

/**
 * Moves focus to the new page's h1 after each navigation (also to the same address, such as
 * "home" after signing out on the front page), so screen readers start there; not when the
 * navigation keeps focus (a filter changed in place, see KEEP_FOCUS).
 */
function useFocusHeadingOnNavigation(onNavigation: () => void): string {
  const { pathname, key, state } = useLocation();
  const type = useNavigationType();
  const previous = useRef(key);
  useEffect(() => {
    if (previous.current === key) return;
    previous.current = key;
    onNavigation();
    // Back and forward go to a page anew, whatever kept focus when the entry was made.
    if (type === 'POP' || !keepsFocus(state)) document.getElementById(PAGE_HEADING_ID)?.focus();
  }, [key, state, type, onNavigation]);
  return pathname;
}

export function Layout() {
  const t = useT();
  const navigation = useNavigation();
  const pathname = useFocusHeadingOnNavigation(useNotificationNavigation());
  const slug = matchPath('/m/:slug/*', pathname)?.params.slug;
  return (
    <div className="app">
      <SkipLink href="#main">{t('web.skip_link')}</SkipLink>
      <SiteHeader currentSlug={slug} onSignInPage={pathname === '/sign-in'} />
      <main
        id="main"
        tabIndex={-1}
        className="app-main"
        aria-busy={navigation.state === 'loading' || undefined}
      >
        <NotificationRegion />
        <Outlet />
      </main>
      <SiteFooter />
    </div>
  );
}
