import path from 'node:path';
import { z } from 'zod';

/**
 * The only reader of process.env. Every variable is listed in the README's configuration table
 * with its default; a bad value stops the app at boot with every problem listed at once.
 */
const booleanFlag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

const positiveInt = z.coerce.number().int().positive();

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('localhost'),
  PUBLIC_URL: z.url().default('http://localhost:3000'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  DATA_DIR: z.string().min(1).default('./data'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SEED_DEMO: booleanFlag.default(true),
  SESSION_TTL_HOURS: positiveInt.max(24 * 90).default(12),
  TRUST_PROXY: booleanFlag.default(false),
  BODY_LIMIT_BYTES: positiveInt.default(1_048_576),
  RATE_LIMIT_PUBLIC_PER_MINUTE: positiveInt.default(600),
  RATE_LIMIT_SIGN_IN_PER_MINUTE: positiveInt.default(20),
  SIGN_IN_MAX_FAILURES: positiveInt.default(5),
  SIGN_IN_LOCKOUT_MINUTES: positiveInt.default(15),
  SHUTDOWN_TIMEOUT_MS: positiveInt.default(10_000),
  WEB_DIST_DIR: z.string().min(1).default('./dist/web'),
  FILES_DIR: z.string().min(1).optional(),
  FILE_MAX_BYTES: positiveInt.default(26_214_400),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'must start with smtp:// or smtps://')
    .optional(),
  MAIL_FROM: z.string().min(3).default('Samspel <noreply@localhost>'),
  REMINDER_INTERVAL_MINUTES: positiveInt.max(24 * 60).default(60),
});

export type Config = {
  port: number;
  host: string;
  publicUrl: string;
  /** `undefined` means the embedded PGlite database in `dataDir`. */
  databaseUrl: string | undefined;
  dataDir: string;
  logLevel: z.infer<typeof envSchema>['LOG_LEVEL'];
  seedDemo: boolean;
  sessionTtlHours: number;
  trustProxy: boolean;
  /** Cookies get `Secure` when the public URL is HTTPS. */
  secureCookies: boolean;
  bodyLimitBytes: number;
  rateLimitPublicPerMinute: number;
  rateLimitSignInPerMinute: number;
  signInMaxFailures: number;
  signInLockoutMinutes: number;
  shutdownTimeoutMs: number;
  webDistDir: string;
  /** Where document files are kept (the local file store). */
  filesDir: string;
  fileMaxBytes: number;
  /** `undefined`: no e-mail is sent; reminders reach people in the app only. */
  smtpUrl: string | undefined;
  mailFrom: string;
  reminderIntervalMinutes: number;
};

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Reads and validates the environment; throws a ConfigError listing every problem. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const relevant = Object.fromEntries(
    Object.keys(envSchema.shape).flatMap((key) => {
      const value = env[key];
      return value === undefined || value === '' ? [] : [[key, value]];
    }),
  );
  const parsed = envSchema.safeParse(relevant);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => {
        const key = issue.path.join('.');
        return `${key}=${JSON.stringify(relevant[key] ?? '')}: ${issue.message}`;
      }),
    );
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    publicUrl: e.PUBLIC_URL.replace(/\/$/, ''),
    databaseUrl: e.DATABASE_URL,
    dataDir: path.resolve(e.DATA_DIR),
    logLevel: e.LOG_LEVEL,
    seedDemo: e.SEED_DEMO,
    sessionTtlHours: e.SESSION_TTL_HOURS,
    trustProxy: e.TRUST_PROXY,
    secureCookies: e.PUBLIC_URL.startsWith('https://'),
    bodyLimitBytes: e.BODY_LIMIT_BYTES,
    rateLimitPublicPerMinute: e.RATE_LIMIT_PUBLIC_PER_MINUTE,
    rateLimitSignInPerMinute: e.RATE_LIMIT_SIGN_IN_PER_MINUTE,
    signInMaxFailures: e.SIGN_IN_MAX_FAILURES,
    signInLockoutMinutes: e.SIGN_IN_LOCKOUT_MINUTES,
    shutdownTimeoutMs: e.SHUTDOWN_TIMEOUT_MS,
    webDistDir: path.resolve(e.WEB_DIST_DIR),
    filesDir: path.resolve(e.FILES_DIR ?? path.join(e.DATA_DIR, 'files')),
    fileMaxBytes: e.FILE_MAX_BYTES,
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
    reminderIntervalMinutes: e.REMINDER_INTERVAL_MINUTES,
  };
}
