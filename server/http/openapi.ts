import { z } from 'zod';

/** The one error shape, for the OpenAPI document. */
export const errorBody = z
  .object({
    error: z.object({
      code: z
        .string()
        .describe('VALIDATION, UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, CONFLICT, RULE_VIOLATION, …'),
      message: z.string().describe('In the language of the request'),
      details: z.unknown(),
    }),
  })
  .meta({ id: 'Error' });

/** Error replies a route may give, by status, for its schema's `response`. */
export function errors(...statuses: Array<400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 429>) {
  return Object.fromEntries(statuses.map((s) => [s, errorBody])) as Record<number, typeof errorBody>;
}

export const noContent = z.null().describe('No content');
