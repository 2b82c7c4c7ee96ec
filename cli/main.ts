import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { roles, type Role } from '../common/roles.ts';
import { ConfigError, loadConfig, type Config } from '../server/config.ts';
import { DataDirInUseError, openDatabase, type Database } from '../server/db/client.ts';
import { migrate } from '../server/db/migrate.ts';
import { systemActor } from '../server/http/context.ts';
import { AppError } from '../server/http/errors.ts';
import { ensureUserWithRoles } from '../server/modules/accounts/accounts.service.ts';
import { verifyAllChains, verifyChain, type VerifyResult } from '../server/modules/audit/audit.service.ts';
import { seedDemo } from '../server/modules/demo/demo.service.ts';
import { importOrganisation } from '../server/modules/organisation/transfer.service.ts';
import {
  getTenantBySlug,
  isDatabaseEmpty,
  listMunicipalities,
} from '../server/modules/municipalities/municipalities.service.ts';
import { translate } from '../common/i18n/index.ts';
import { progress } from './progress.ts';

export type Io = {
  env: NodeJS.ProcessEnv;
  out: (line: string) => void;
  err: (line: string) => void;
  stdin?: () => Promise<string>;
};

const defaultIo: Io = {
  env: process.env,
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  stdin: async () => {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(Buffer.from(chunk as Buffer));
    return Buffer.concat(chunks).toString('utf8');
  },
};

const HELP = `samspel: political governance for Swedish and Norwegian municipalities

Usage: samspel <command> [options]

Commands:
  serve                       start the web app and API (same as npm start)
  migrate                     apply the database migrations
  seed demo                   load the demo municipalities Solvik kommun and Fjordvik kommune
  user add                    give a person roles in a municipality (creates the account if new)
  audit verify                recompute the audit hash chains and name the first broken entry
  import organisation FILE    import bodies, people and memberships from a CSV or XLSX file

Run 'samspel <command> --help' for a command's options. The database is chosen by DATABASE_URL
(PostgreSQL) or DATA_DIR (embedded, default ./data), as for the server.`;

const USER_ADD_HELP = `Usage: samspel user add --municipality SLUG --email ADDRESS --name NAME --role ROLE [--role ROLE …] [--password-stdin]

Options:
  --municipality SLUG   the municipality's address name, e.g. solvik
  --email ADDRESS       the person's e-mail address (their sign-in)
  --name NAME           the person's full name
  --role ROLE           one of: ${roles.join(', ')} (repeatable)
  --password-stdin      read a password from standard input (otherwise the person signs in with e-ID)`;

const IMPORT_HELP = `Usage: samspel import organisation FILE --municipality SLUG [--dry-run]

Imports bodies, people and memberships from FILE (.csv or .xlsx), one membership a row with
the columns body, body_type, parent_body, election_method, term, person, gender, birth_year,
party, email, role, list, substitute_order, voting_right, from, to (Swedish or Norwegian
headers work too). Every row is checked; nothing is imported unless every row is valid.
Exits 0 when imported, 1 with the line, column and problem of each error otherwise.`;

const AUDIT_VERIFY_HELP = `Usage: samspel audit verify [--municipality SLUG]

Recomputes every entry's SHA-256 in order and checks each links to the one before.
Exits 0 when every chain is intact, 1 naming the first broken entry otherwise.`;

async function withDatabase<T>(config: Config, work: (database: Database) => Promise<T>): Promise<T> {
  const database = await openDatabase(
    config.databaseUrl
      ? { kind: 'postgres', url: config.databaseUrl }
      : { kind: 'pglite', dataDir: config.dataDir },
  );
  try {
    await migrate(database);
    return await work(database);
  } finally {
    await database.close();
  }
}

function describeResult(result: VerifyResult, label: string): string {
  if (result.ok) return `ok      ${label}: ${result.checked} entries intact`;
  return `BROKEN  ${label}: entry ${result.brokenAt.seq} (id ${result.brokenAt.id}): ${result.brokenAt.reason}; ${result.checked} entries before it are intact`;
}

/** Runs one CLI invocation and returns its exit code. */
export async function main(argv: string[], io: Io = defaultIo): Promise<number> {
  const [command, sub] = argv;
  const wantsHelp = argv.includes('--help') || argv.includes('-h');
  if (!command || (wantsHelp && (command === '--help' || command === '-h'))) {
    io.out(HELP);
    return command ? 0 : 2;
  }
  let config: Config;
  try {
    config = loadConfig(io.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      io.err(error.message);
      return 78;
    }
    throw error;
  }
  try {
    switch (command) {
      case 'serve': {
        if (wantsHelp)
          return (
            io.out(
              'Usage: samspel serve\n\nStarts the server; configured by environment variables (see README).',
            ),
            0
          );
        const { serve } = await import('../server/main.ts');
        await serve();
        return 0;
      }
      case 'migrate': {
        if (wantsHelp)
          return (
            io.out('Usage: samspel migrate\n\nApplies the committed migrations; safe to run again.'),
            0
          );
        await withDatabase(config, async (database) => io.out(`migrations applied (${database.kind})`));
        return 0;
      }
      case 'seed': {
        if (sub !== 'demo' || wantsHelp) {
          io.out(
            'Usage: samspel seed demo\n\nLoads Solvik kommun and Fjordvik kommune into an empty database.',
          );
          return wantsHelp ? 0 : 2;
        }
        return await withDatabase(config, async ({ db }) => {
          if (!(await isDatabaseEmpty(db))) {
            io.err(
              'The database already has municipalities; the demo is loaded only into an empty database.',
            );
            return 1;
          }
          const bar = progress('Loading demo');
          try {
            await seedDemo(db, bar.update);
          } finally {
            bar.stop();
          }
          io.out(
            'Loaded Solvik kommun and Fjordvik kommune. Every demo account has the password samspel-demo.',
          );
          return 0;
        });
      }
      case 'user': {
        if (sub !== 'add' || wantsHelp) {
          io.out(USER_ADD_HELP);
          return wantsHelp ? 0 : 2;
        }
        const { values } = parseArgs({
          args: argv.slice(2),
          options: {
            municipality: { type: 'string' },
            email: { type: 'string' },
            name: { type: 'string' },
            role: { type: 'string', multiple: true },
            'password-stdin': { type: 'boolean' },
          },
          strict: true,
        });
        const chosen = values.role ?? [];
        const unknown = chosen.filter((r) => !(roles as readonly string[]).includes(r));
        if (!values.municipality || !values.email || !values.name || chosen.length === 0 || unknown.length) {
          if (unknown.length) io.err(`Unknown role: ${unknown.join(', ')}`);
          io.err(USER_ADD_HELP);
          return 2;
        }
        const password = values['password-stdin'] ? (await io.stdin?.())?.replace(/\r?\n$/, '') : undefined;
        if (password !== undefined && password.length < 10) {
          io.err(translate('en', 'error.password_too_weak', { min: 10 }));
          return 2;
        }
        const { municipality, email, name } = values;
        return await withDatabase(config, async ({ db }) => {
          const tenant = await getTenantBySlug(db, municipality);
          const user = await ensureUserWithRoles(db, {
            actor: systemActor(tenant.id, 'cli'),
            municipalityId: tenant.id,
            email,
            name,
            password,
            roles: chosen as Role[],
          });
          io.out(`${user.name} <${user.email}> holds ${user.roles.join(', ')} in ${tenant.name}`);
          return 0;
        });
      }
      case 'import': {
        if (sub !== 'organisation' || wantsHelp) {
          io.out(IMPORT_HELP);
          return wantsHelp ? 0 : 2;
        }
        const { values, positionals } = parseArgs({
          args: argv.slice(2),
          options: { municipality: { type: 'string' }, 'dry-run': { type: 'boolean' } },
          allowPositionals: true,
          strict: true,
        });
        const file = positionals[0];
        const format = file?.toLowerCase().endsWith('.xlsx')
          ? 'xlsx'
          : file?.toLowerCase().endsWith('.csv')
            ? 'csv'
            : undefined;
        if (!file || !format || !values.municipality) {
          if (file && !format) io.err('The file must end in .csv or .xlsx.');
          io.err(IMPORT_HELP);
          return 2;
        }
        const raw = await readFile(file);
        const municipality = values.municipality;
        return await withDatabase(config, async ({ db }) => {
          const tenant = await getTenantBySlug(db, municipality);
          const bar = progress('Importing');
          let report;
          try {
            report = await importOrganisation(db, {
              actor: systemActor(tenant.id, 'cli'),
              municipalityId: tenant.id,
              format,
              content: format === 'xlsx' ? raw.toString('base64') : raw.toString('utf8'),
              dryRun: values['dry-run'] ?? false,
              locale: 'en',
              onProgress: bar.update,
            });
          } finally {
            bar.stop();
          }
          if (!report.ok) {
            for (const e of report.errors)
              io.err(`line ${e.line}${e.column ? `, ${e.column}` : ''}: ${e.message}`);
            io.err(`Nothing was imported: ${report.errors.length} problem(s) in ${report.rows} row(s).`);
            return 1;
          }
          const c = report.created;
          io.out(
            `${report.dryRun ? 'Checked (dry run, nothing kept)' : 'Imported'} ${report.rows} row(s) into ${tenant.name}: ` +
              `${c.terms} term(s), ${c.bodies} body(ies), ${c.persons} person(s), ${c.memberships} membership(s).`,
          );
          return 0;
        });
      }
      case 'audit': {
        if (sub !== 'verify' || wantsHelp) {
          io.out(AUDIT_VERIFY_HELP);
          return wantsHelp ? 0 : 2;
        }
        const { values } = parseArgs({
          args: argv.slice(2),
          options: { municipality: { type: 'string' } },
          strict: true,
        });
        return await withDatabase(config, async ({ db }) => {
          const bar = progress('Verifying');
          let results: Array<{ result: VerifyResult; label: string }>;
          try {
            if (values.municipality) {
              const tenant = await getTenantBySlug(db, values.municipality);
              results = [{ result: await verifyChain(db, tenant.id, bar.update), label: tenant.name }];
            } else {
              const all = await verifyAllChains(db, (_chain, done, total) => bar.update(done, total));
              const names = new Map((await listMunicipalities(db)).map((m) => [m.id, m.name]));
              results = all.map((result) => ({ result, label: names.get(result.chain) ?? result.chain }));
            }
          } finally {
            bar.stop();
          }
          for (const { result, label } of results) io.out(describeResult(result, label));
          return results.every((r) => r.result.ok) ? 0 : 1;
        });
      }
      default:
        io.err(`Unknown command: ${command}\n`);
        io.err(HELP);
        return 2;
    }
  } catch (error) {
    if (error instanceof AppError) {
      io.err(translate('en', error.messageKey, error.values));
      return 1;
    }
    if (error instanceof DataDirInUseError) {
      io.err(`${error.message} Stop the server first, or use PostgreSQL (DATABASE_URL) to run both.`);
      return 75;
    }
    if (error instanceof Error && 'code' in error && error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      io.err(error.message);
      return 2;
    }
    throw error;
  }
}
