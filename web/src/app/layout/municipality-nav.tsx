import { NavLink } from 'react-router';
import type { Membership } from '../../lib/api-types.ts';
import { useT } from '../../lib/i18n.ts';

/** The pages of a municipality the signed-in person can use, by their roles there. */
export function MunicipalityNav({ membership }: { membership: Membership }) {
  const t = useT();
  const base = `/m/${membership.slug}`;
  const isAdministrator = membership.roles.includes('administrator');
  const links = [
    { to: `${base}/home`, label: t('web.nav.home') },
    ...(isAdministrator
      ? [
          { to: `${base}/admin/users`, label: t('web.nav.users') },
          { to: `${base}/admin/audit`, label: t('web.nav.audit') },
          { to: `${base}/admin/sign-in-services`, label: t('web.nav.sign_in_services') },
        ]
      : []),
    { to: `${base}/tokens`, label: t('web.nav.tokens') },
  ];
  return (
    <nav aria-label={t('web.nav.label', { name: membership.name })} className="municipality-nav">
      <ul>
        {links.map((link) => (
          <li key={link.to}>
            <NavLink to={link.to} end className="ds-link">
              {link.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
