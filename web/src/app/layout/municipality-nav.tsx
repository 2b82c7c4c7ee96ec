import { NavLink } from 'react-router';
import { useT } from '../../lib/i18n.ts';
import { canManageOrganisation, canReadMatters, canReadMeetings, type Role } from '../../lib/roles.ts';

/**
 * The pages of a municipality: the public ones for everyone, and those the signed-in person can
 * use by their roles there (`roles` is empty for visitors without a role).
 */
export function MunicipalityNav({
  slug,
  name,
  roles,
}: {
  slug: string;
  name: string;
  roles: readonly Role[] | null;
}) {
  const t = useT();
  const base = `/m/${slug}`;
  const isAdministrator = roles?.includes('administrator') ?? false;
  const managesOrganisation = canManageOrganisation(roles ?? []);
  const links = [
    ...(roles ? [{ to: `${base}/home`, label: t('web.nav.home') }] : []),
    { to: `${base}/organisation`, label: t('web.nav.organisation') },
    { to: `${base}/who-does-what`, label: t('web.nav.who_does_what') },
    { to: `${base}/representation`, label: t('web.nav.representation') },
    { to: `${base}/search`, label: t('web.public_matters.nav') },
    { to: `${base}/notice-board`, label: t('web.meetings.nav.notice_board') },
    { to: `${base}/calendar`, label: t('web.meetings.nav.calendar') },
    { to: `${base}/meeting-statistics`, label: t('web.meetings.nav.statistics') },
    ...(canReadMatters(roles ?? [])
      ? [
          { to: `${base}/matters`, label: t('web.matters.nav.registry') },
          { to: `${base}/assignments`, label: t('web.matters.nav.assignments') },
          { to: `${base}/deadlines`, label: t('web.matters.nav.deadlines') },
          { to: `${base}/notifications`, label: t('web.matters.nav.notifications') },
        ]
      : []),
    ...(canReadMeetings(roles ?? [])
      ? [
          { to: `${base}/meetings`, label: t('web.meetings.nav.meetings') },
          { to: `${base}/my/meetings`, label: t('web.meetings.nav.my_meetings') },
        ]
      : []),
    ...(isAdministrator
      ? [
          { to: `${base}/admin/users`, label: t('web.nav.users') },
          { to: `${base}/admin/audit`, label: t('web.nav.audit') },
          { to: `${base}/admin/sign-in-services`, label: t('web.nav.sign_in_services') },
        ]
      : []),
    ...(managesOrganisation
      ? [
          { to: `${base}/admin/organisation`, label: t('web.nav.organisation_admin') },
          { to: `${base}/admin/positions`, label: t('web.nav.positions') },
          { to: `${base}/admin/role-descriptions`, label: t('web.nav.role_descriptions') },
          { to: `${base}/admin/import`, label: t('web.nav.import') },
        ]
      : []),
    ...(roles ? [{ to: `${base}/tokens`, label: t('web.nav.tokens') }] : []),
  ];
  return (
    <nav aria-label={t('web.nav.label', { name })} className="municipality-nav">
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
