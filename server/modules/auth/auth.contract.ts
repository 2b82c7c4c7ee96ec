import { z } from 'zod';
import { jurisdictions, roles } from '../../../common/roles.ts';

export const signInBody = z
  .object({ email: z.string().trim().min(3).max(254), password: z.string().min(1).max(200) })
  .strict();

export const sessionDto = z
  .object({
    user: z
      .object({ id: z.uuid(), name: z.string(), email: z.string(), locale: z.string().nullable() })
      .nullable(),
    csrfToken: z
      .string()
      .nullable()
      .describe('Send as `x-csrf-token` on every change made with the session cookie'),
    via: z.enum(['session', 'token']).nullable(),
    memberships: z.array(
      z.object({
        municipalityId: z.uuid(),
        slug: z.string(),
        name: z.string(),
        jurisdiction: z.enum(jurisdictions),
        roles: z.array(z.enum(roles)),
      }),
    ),
  })
  .meta({ id: 'Session' });

export const signedOutEverywhereDto = z.object({ ended: z.number().int() });

export const publicProviderList = z.object({
  items: z.array(z.object({ slug: z.string(), displayName: z.string() })),
});

export const providerDto = z
  .object({
    id: z.uuid(),
    slug: z.string(),
    displayName: z.string(),
    issuer: z.string(),
    clientId: z.string(),
  })
  .meta({ id: 'OidcProvider' });

export const providerList = z.object({ items: z.array(providerDto) });

export const createProviderBody = z
  .object({
    slug: z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}$/),
    displayName: z.string().trim().min(1).max(80),
    issuer: z.url({ protocol: /^https?$/ }),
    clientId: z.string().min(1).max(200),
    clientSecret: z.string().min(1).max(500),
  })
  .strict();

export const providerParams = z.object({
  municipality: z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/),
  provider: z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}$/),
});

export const providerIdParams = z.object({
  municipality: z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/),
  providerId: z.uuid(),
});

export const startQuery = z.object({ returnTo: z.string().max(500).optional() });

export const callbackQuery = z.object({
  state: z.string().max(200).optional(),
  code: z.string().max(2000).optional(),
  error: z.string().max(200).optional(),
});
