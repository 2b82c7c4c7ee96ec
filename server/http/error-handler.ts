import type { FastifyError, FastifyInstance, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { translate } from '../../common/i18n/index.ts';
import { AppError, errorStatus } from './errors.ts';

type Issue = { path: string; message: string; code?: string };

function validationIssues(error: FastifyError): Issue[] {
  return (error.validation ?? []).map((v) => {
    const params = v.params as { issue?: { path?: PropertyKey[]; code?: string } } | undefined;
    const pathParts =
      params?.issue?.path ??
      String(v.instancePath ?? '')
        .split('/')
        .filter(Boolean);
    return {
      path: [error.validationContext ?? 'body', ...pathParts.map(String)].join('.'),
      message: v.message ?? 'invalid',
      code: params?.issue?.code,
    };
  });
}

/** Maps errors Fastify raises before a handler runs (body parsing, limits) to our error codes. */
function fromFastifyError(error: FastifyError): AppError | undefined {
  if (hasZodFastifySchemaValidationErrors(error)) {
    const issues = validationIssues(error);
    return new AppError('VALIDATION', 'error.VALIDATION', { count: issues.length }, { issues });
  }
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new AppError('PAYLOAD_TOO_LARGE', 'error.PAYLOAD_TOO_LARGE');
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return new AppError('UNSUPPORTED_MEDIA_TYPE', 'error.UNSUPPORTED_MEDIA_TYPE');
    default:
      break;
  }
  if (error.statusCode === 429) return new AppError('RATE_LIMITED', 'error.RATE_LIMITED', { seconds: 60 });
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
    return new AppError('VALIDATION', 'error.BAD_REQUEST', {}, { reason: error.code ?? null });
  }
  return undefined;
}

function localeOf(request: FastifyRequest) {
  return request.locale ?? 'sv';
}

/**
 * The one error handler: an AppError (or a Fastify client error) becomes
 * `{ error: { code, message, details } }` with its status and a message in the request's
 * language; anything else is logged with the request id and answered 500 without internals.
 */
export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError | AppError, request, reply) => {
    const appError = error instanceof AppError ? error : fromFastifyError(error);
    if (!appError) {
      request.log.error(
        { err: error, serialization: isResponseSerializationError(error) },
        'unhandled error',
      );
      return reply.code(500).send({
        error: {
          code: 'INTERNAL',
          message: translate(localeOf(request), 'error.INTERNAL', { requestId: String(request.id) }),
          details: { requestId: request.id },
        },
      });
    }
    const retryAfter = (appError.details as { retryAfterSeconds?: number } | undefined)?.retryAfterSeconds;
    if (appError.code === 'RATE_LIMITED' && retryAfter) reply.header('retry-after', String(retryAfter));
    if (appError.status >= 500) request.log.error({ err: appError }, 'server error');
    return reply.code(errorStatus[appError.code]).send({
      error: {
        code: appError.code,
        message: translate(localeOf(request), appError.messageKey, {
          ...appError.values,
          ...Object.fromEntries(
            Object.entries(appError.terms).map(([name, keys]) => [
              name,
              (Array.isArray(keys) ? keys : [keys]).map((k) => translate(localeOf(request), k)).join(', '),
            ]),
          ),
        }),
        details: appError.details ?? null,
      },
    });
  });
}
