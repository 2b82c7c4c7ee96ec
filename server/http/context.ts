import type { Locale } from '../../common/i18n/index.ts';
import type { Jurisdiction, Role } from '../../common/roles.ts';

/** Who is calling, before a municipality is in view: from a session cookie or an API token. */
export type Principal = {
  userId: string;
  name: string;
  email: string;
  locale: Locale | null;
  via: { kind: 'session'; sessionId: string; csrfToken: string } | { kind: 'token'; tokenId: string };
  /** Roles per municipality id. A token carries exactly one role in one municipality. */
  rolesByMunicipality: Map<string, Role[]>;
};

/** The municipality a request is about, from the public URL `/api/m/{slug}/…`. */
export type Tenant = {
  id: string;
  slug: string;
  name: string;
  jurisdiction: Jurisdiction;
  defaultLocale: Locale;
};

/**
 * What every service function receives: the caller's id and roles within one municipality.
 * The repository takes the tenant from here, never from a request body.
 */
export type Actor = {
  userId: string | null;
  label: string;
  municipalityId: string | null;
  roles: Role[];
  locale: Locale;
};

/** The actor for work done by the system itself (seeding, the CLI, jobs). */
export function systemActor(municipalityId: string | null, label = 'system'): Actor {
  return { userId: null, label, municipalityId, roles: ['administrator'], locale: 'en' };
}
