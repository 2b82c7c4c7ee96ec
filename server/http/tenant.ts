import type { FastifyRequest } from 'fastify';
import type { Tenant } from './context.ts';
import { notFound } from './errors.ts';

/** The municipality from the URL; routes under `/m/:municipality` always have one. */
export function requireTenant(request: FastifyRequest): Tenant {
  if (!request.tenant) throw notFound();
  return request.tenant;
}
