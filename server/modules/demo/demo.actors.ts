import type { Locale } from '../../../common/i18n/index.ts';
import type { Db } from '../../db/client.ts';
import type { Actor } from '../../http/context.ts';
import { findUserByEmail } from '../accounts/accounts.service.ts';
import type { DemoPerson } from './demo.data.ts';

/** A value the demo data refers to, or a clear failure naming what is missing. */
export function required<T>(value: T | undefined | null, what: string): T {
  if (value === undefined || value === null) throw new Error(`demo data refers to a missing ${what}`);
  return value;
}

/**
 * The demo's people as actors, by e-mail, each looked up once: the demo acts through the same
 * services as the API, as the person whose role allows each step.
 */
export function demoActors(
  db: Db,
  input: { municipalityId: string; locale: Locale; accounts: DemoPerson[] },
): (email: string) => Promise<Actor> {
  const actors = new Map<string, Actor>();
  return async (email) => {
    const known = actors.get(email);
    if (known) return known;
    const account = required(
      input.accounts.find((a) => a.email === email),
      `account ${email}`,
    );
    const user = required(await findUserByEmail(db, email), `user ${email}`);
    const actor: Actor = {
      userId: user.id,
      label: account.name,
      municipalityId: input.municipalityId,
      roles: account.roles,
      locale: input.locale,
    };
    actors.set(email, actor);
    return actor;
  };
}
