import 'fastify';
import type { Locale, MessageKey, MessageValues } from '../../common/i18n/index.ts';
import type { Config } from '../config.ts';
import type { Db } from '../db/client.ts';
import type { Actor, Principal, Tenant } from './context.ts';
import type { RoutePolicy } from './policy.ts';

declare module 'fastify' {
  interface FastifyInstance {
    db: Db;
    config: Config;
    /** The time now; tests set it to put dated rules at their boundary days. */
    clock: () => Date;
  }
  interface FastifyRequest {
    principal: Principal | null;
    tenant: Tenant | null;
    actor: Actor;
    locale: Locale;
    /** Translates a message into the request's language. */
    t: (key: MessageKey, values?: MessageValues) => string;
  }
  interface FastifyContextConfig {
    /** Every route declares one; the app refuses to start with a route that has none. */
    policy?: RoutePolicy;
    /** The route answers with a long-lived event stream (walks over every route skip it). */
    stream?: boolean;
  }
}
