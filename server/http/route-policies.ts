import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import type { FastifyInstance, FastifySchema } from 'fastify';
import type { Config } from '../config.ts';
import { isAction, type RoutePolicy } from './policy.ts';

export type RouteInfo = {
  method: string;
  url: string;
  policy: RoutePolicy;
  schema: FastifySchema | undefined;
  /** A long-lived stream (server-sent events) rather than a reply. */
  stream: boolean;
};

/** Every route the app registered, with its policy: the isolation and fuzz tests walk this list. */
export const ROUTE_CATALOG = new WeakMap<FastifyInstance, RouteInfo[]>();

/** Where the API reference page lives; its plugin's routes are public. */
export const API_DOCS_PREFIX = '/api/docs';

function isBuiltWebFile(config: Config, url: string): boolean {
  const file = path.join(config.webDistDir, url);
  return file.startsWith(config.webDistDir) && existsSync(file) && statSync(file).isFile();
}

/**
 * Refuses any route without an explicit policy, so that no route can be added that forgets to
 * say who may call it. Routes of the API reference and the built web app's files are public by
 * declaration here. Public routes are rate limited per client address.
 */
export function registerRoutePolicies(app: FastifyInstance, config: Config): void {
  const catalog: RouteInfo[] = [];
  ROUTE_CATALOG.set(app, catalog);
  app.addHook('onRoute', (route) => {
    route.config ??= {};
    let policy = route.config.policy;
    if (!policy && (route.url.startsWith(API_DOCS_PREFIX) || isBuiltWebFile(config, route.url))) {
      policy = 'public';
      route.config.policy = policy;
    }
    if (!policy) {
      throw new Error(`Route ${String(route.method)} ${route.url} has no policy (config.policy)`);
    }
    if (policy !== 'public' && policy !== 'signed-in') {
      if (!isAction(policy)) throw new Error(`Route ${route.url} names an unknown action: ${policy}`);
      if (!route.url.includes(':municipality')) {
        throw new Error(`Route ${route.url} checks ${policy} but has no :municipality in its address`);
      }
    }
    if (policy === 'public') {
      const own = (route.config as { rateLimit?: unknown }).rateLimit;
      (route.config as { rateLimit?: unknown }).rateLimit = own ?? {
        max: config.rateLimitPublicPerMinute,
        timeWindow: 60_000,
      };
    }
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) {
      if (method === 'HEAD' && route.url !== '/') continue;
      catalog.push({
        method,
        url: route.url,
        policy,
        schema: route.schema,
        stream: route.config.stream === true,
      });
    }
  });
}
