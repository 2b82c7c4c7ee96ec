import type { MessageKey, MessageValues } from '../../common/i18n/index.ts';

/** The closed set of error codes, and the one table that maps them to HTTP status. */
export const errorStatus = {
  VALIDATION: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  RULE_VIOLATION: 422,
  RATE_LIMITED: 429,
} as const;

export type ErrorCode = keyof typeof errorStatus;

/** A legal rule with its source, as the rule packs state it: cited in every RULE_VIOLATION. */
export type RuleCitation = { rule: string; source: string };

/**
 * The one error type. Services throw it; the error handler turns it into
 * `{ error: { code, message, details } }` with the message in the request's language.
 */
export class AppError extends Error {
  readonly messageKey: MessageKey;
  /** Values that are themselves messages (e.g. a state's name), translated with the message. */
  terms: Record<string, MessageKey | MessageKey[]> = {};

  constructor(
    readonly code: ErrorCode,
    messageKey?: MessageKey,
    readonly values: MessageValues = {},
    readonly details?: unknown,
  ) {
    super(messageKey ?? code);
    this.name = 'AppError';
    this.messageKey = messageKey ?? (`error.${code}` as MessageKey);
  }

  /** Adds values that are message keys, shown in the request's language (lists joined by commas). */
  withTerms(terms: Record<string, MessageKey | MessageKey[]>): this {
    this.terms = { ...this.terms, ...terms };
    return this;
  }

  get status(): number {
    return errorStatus[this.code];
  }

  /**
   * A legal rule blocks the action; the message names the rule and its source. A specific message
   * may explain it further, with the source among its values.
   */
  static ruleViolation(
    citation: RuleCitation,
    details?: Record<string, unknown>,
    message?: { key: MessageKey; values?: MessageValues },
  ): AppError {
    return new AppError(
      'RULE_VIOLATION',
      message?.key ?? 'error.RULE_VIOLATION',
      message
        ? { ...message.values, source: citation.source }
        : { rule: `${citation.rule} (${citation.source})` },
      { ...details, rule: citation.rule, source: citation.source },
    );
  }
}

export const notFound = (): AppError => new AppError('NOT_FOUND');
export const forbidden = (): AppError => new AppError('FORBIDDEN');
export const unauthenticated = (): AppError => new AppError('UNAUTHENTICATED');
/** Optimistic locking: the client's version is not the stored one. */
export const staleVersion = (current: number): AppError =>
  new AppError('CONFLICT', 'error.CONFLICT', {}, { currentVersion: current });
