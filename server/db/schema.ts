/** Every table, for Drizzle and drizzle-kit. Each module owns its own schema file. */
export * from '../modules/municipalities/municipalities.schema.ts';
export * from '../modules/accounts/accounts.schema.ts';
export * from '../modules/auth/auth.schema.ts';
export * from '../modules/audit/audit.schema.ts';
export * from '../modules/organisation/organisation.schema.ts';
export * from '../modules/matters/matters.schema.ts';
export * from '../modules/notifications/notifications.schema.ts';
export * from '../modules/meetings/meetings.schema.ts';
