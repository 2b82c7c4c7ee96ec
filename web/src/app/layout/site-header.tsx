import { Button } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { Link as RouterLink } from 'react-router';
import { UserMenu } from '../../features/auth/components/user-menu.tsx';
import { useT } from '../../lib/i18n.ts';
import { municipalityQuery } from '../../lib/municipality.ts';
import { useSession } from '../../lib/session.ts';
import { LanguageSwitcher } from './language-switcher.tsx';
import { MunicipalityNav } from './municipality-nav.tsx';
import { MunicipalitySwitcher } from './municipality-switcher.tsx';

export function SiteHeader({
  currentSlug,
  onSignInPage,
}: {
  currentSlug: string | undefined;
  onSignInPage: boolean;
}) {
  const t = useT();
  const session = useSession();
  const membership = session.memberships.find((m) => m.slug === currentSlug);
  // Visitors without a role here still get the municipality's public pages.
  const visited = useQuery({
    ...municipalityQuery(currentSlug ?? ''),
    enabled: currentSlug !== undefined && !membership,
  });
  const signInTo = currentSlug ? `/sign-in?municipality=${encodeURIComponent(currentSlug)}` : '/sign-in';
  return (
    <header className="site-header">
      <div className="site-header__bar">
        <RouterLink to="/" className="site-header__brand">
          Samspel
        </RouterLink>
        <div className="site-header__tools">
          {session.memberships.length > 1 && (
            <MunicipalitySwitcher memberships={session.memberships} currentSlug={currentSlug} />
          )}
          <LanguageSwitcher />
          {session.user ? (
            <UserMenu name={session.user.name} />
          ) : onSignInPage ? null : (
            <Button asChild variant="secondary" data-size="sm">
              <RouterLink to={signInTo}>{t('web.header.sign_in')}</RouterLink>
            </Button>
          )}
        </div>
      </div>
      {membership ? (
        <MunicipalityNav slug={membership.slug} name={membership.name} roles={membership.roles} />
      ) : (
        visited.data && <MunicipalityNav slug={visited.data.slug} name={visited.data.name} roles={null} />
      )}
    </header>
  );
}
