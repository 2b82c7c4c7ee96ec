import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { translate, type Locale, type MessageKey, type MessageValues } from '../../../common/i18n/index.ts';
import {
  bodyKinds,
  electionMethods,
  genders,
  isPoliticalKind,
  membershipRoles,
  type BodyKind,
  type ElectionMethod,
  type Gender,
  type MembershipRole,
} from '../../../common/organisation.ts';
import type { Jurisdiction } from '../../../common/roles.ts';
import type { Db } from '../../db/client.ts';
import type { Actor } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { createBody, createTerm, jurisdictionOf, requireManager } from './bodies.service.ts';
import { appoint, setComposition } from './memberships.service.ts';
import type { ImportReport, SeatInput } from './organisation.contract.ts';
import * as repo from './organisation.repository.ts';
import { createPerson } from './people.service.ts';

/**
 * The columns of an organisation file, one membership a row, as municipalities keep their lists
 * of who sits where. Headers may be given in English, Swedish or Norwegian.
 */
export const columns = [
  'body',
  'body_type',
  'parent_body',
  'election_method',
  'term',
  'person',
  'gender',
  'birth_year',
  'party',
  'email',
  'role',
  'list',
  'substitute_order',
  'voting_right',
  'from',
  'to',
] as const;
type Column = (typeof columns)[number];

const headerAliases: Record<string, Column> = {
  organ: 'body',
  nämnd: 'body',
  utvalg: 'body',
  organtyp: 'body_type',
  typ: 'body_type',
  type: 'body_type',
  överordnat: 'parent_body',
  overordnet: 'parent_body',
  valsätt: 'election_method',
  valgmåte: 'election_method',
  valgmate: 'election_method',
  mandatperiod: 'term',
  valgperiode: 'term',
  namn: 'person',
  navn: 'person',
  name: 'person',
  kön: 'gender',
  kjønn: 'gender',
  kjonn: 'gender',
  födelseår: 'birth_year',
  fødselsår: 'birth_year',
  fodselsar: 'birth_year',
  parti: 'party',
  'e-post': 'email',
  epost: 'email',
  roll: 'role',
  rolle: 'role',
  lista: 'list',
  liste: 'list',
  ordning: 'substitute_order',
  rekkefølge: 'substitute_order',
  rösträtt: 'voting_right',
  stemmerett: 'voting_right',
  från: 'from',
  fra: 'from',
  till: 'to',
  til: 'to',
};

const valueAliases: Record<string, string> = {
  kommunfullmäktige: 'council',
  kommunestyre: 'council',
  kommunestyret: 'council',
  kommunstyrelse: 'executive_board',
  formannskap: 'executive_board',
  nämnd: 'committee',
  utvalg: 'committee',
  hovedutvalg: 'committee',
  utskott: 'sub_committee',
  underutvalg: 'sub_committee',
  revision: 'control_committee',
  kontrollutvalg: 'control_committee',
  'tillfällig beredning': 'task_committee',
  oppgaveutvalg: 'task_committee',
  förvaltning: 'administration',
  sektor: 'administration',
  avdelning: 'department',
  avdeling: 'department',
  enhet: 'unit',
  bolag: 'company',
  selskap: 'company',
  proportionellt: 'proportional',
  forholdsvalg: 'proportional',
  avtalsval: 'agreed',
  avtalevalg: 'agreed',
  kvinna: 'woman',
  kvinne: 'woman',
  kvinde: 'woman',
  mann: 'man',
  annat: 'other',
  annet: 'other',
  anna: 'other',
  ordförande: 'chair',
  leder: 'chair',
  leiar: 'chair',
  ordfører: 'chair',
  '1:e vice ordförande': 'first_vice_chair',
  nestleder: 'first_vice_chair',
  nestleiar: 'first_vice_chair',
  '2:e vice ordförande': 'second_vice_chair',
  ledamot: 'member',
  medlem: 'member',
  ersättare: 'substitute',
  varamedlem: 'substitute',
  adjungerad: 'adjunct',
  adjungert: 'adjunct',
  sekreterare: 'secretary',
  sekretær: 'secretary',
  sekretar: 'secretary',
  ja: 'true',
  yes: 'true',
  nej: 'false',
  nei: 'false',
  no: 'false',
};

type Row = { line: number; values: Partial<Record<Column, string>> };
type ImportError = { line: number; column: string; message: string };

function normalise(value: string): string {
  const key = value.trim().toLowerCase();
  return valueAliases[key] ?? key;
}

async function readRows(format: 'csv' | 'xlsx', content: string): Promise<string[][] & { lines?: number[] }> {
  if (format === 'csv') {
    const firstLine = content.split(/\r?\n/, 1)[0] ?? '';
    const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
    const records = parse(content, {
      delimiter,
      bom: true,
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
    }) as unknown as Array<{
      record: string[];
      info: { lines: number };
    }>;
    const rows = records.map((r) => r.record) as string[][] & { lines?: number[] };
    rows.lines = records.map((r) => r.info.lines);
    return rows;
  }
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(content, 'base64') as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) return [];
  const rows: string[][] & { lines?: number[] } = [];
  rows.lines = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      const v = cell.value;
      cells[col - 1] =
        v instanceof Date
          ? v.toISOString().slice(0, 10)
          : v === null || v === undefined
            ? ''
            : typeof v === 'object' && 'text' in v
              ? String(v.text)
              : typeof v === 'object' && 'result' in v
                ? String(v.result ?? '')
                : String(v);
    });
    rows.push(Array.from(cells, (c) => c ?? ''));
    rows.lines?.push(rowNumber);
  });
  return rows;
}

function toRows(
  table: string[][] & { lines?: number[] },
  t: (key: MessageKey, values?: MessageValues) => string,
): { rows: Row[]; errors: ImportError[] } {
  const [header, ...body] = table;
  if (!header) return { rows: [], errors: [{ line: 1, column: '', message: t('import.no_rows') }] };
  const mapped = header.map((h) => {
    const key = h.trim().toLowerCase().replace(/\s+/g, '_');
    return (columns as readonly string[]).includes(key)
      ? (key as Column)
      : headerAliases[h.trim().toLowerCase()];
  });
  const errors: ImportError[] = [];
  for (const required of ['body', 'person', 'role', 'from'] as const) {
    if (!mapped.includes(required))
      errors.push({ line: 1, column: required, message: t('import.missing_column', { column: required }) });
  }
  const rows = body.map((cells, i) => {
    const values: Partial<Record<Column, string>> = {};
    mapped.forEach((column, index) => {
      const value = cells[index]?.trim();
      if (column && value) values[column] = value;
    });
    return { line: table.lines?.[i + 1] ?? i + 2, values };
  });
  if (rows.length === 0) errors.push({ line: 1, column: '', message: t('import.no_rows') });
  return { rows, errors };
}

type Parsed = {
  line: number;
  body: string;
  bodyKind: BodyKind | undefined;
  parentBody: string | undefined;
  electionMethod: ElectionMethod | undefined;
  term: string | undefined;
  person: string;
  gender: Gender | null;
  birthYear: number | null;
  party: string | null;
  email: string | null;
  role: MembershipRole;
  list: string | null;
  substituteOrder: number | null;
  votingRight: boolean | undefined;
  from: string;
  to: string | null;
};

function parseRow(
  row: Row,
  t: (key: MessageKey, values?: MessageValues) => string,
  errors: ImportError[],
): Parsed | undefined {
  const v = row.values;
  const fail = (column: Column, key: MessageKey, values?: MessageValues) => {
    errors.push({ line: row.line, column, message: t(key, values) });
    return undefined;
  };
  const before = errors.length;
  const oneOf = <T extends string>(column: Column, allowed: readonly T[]): T | undefined => {
    const raw = v[column];
    if (!raw) return undefined;
    const value = normalise(raw);
    if ((allowed as readonly string[]).includes(value)) return value as T;
    fail(column, 'import.invalid', { value: raw, expected: allowed.join(', ') });
    return undefined;
  };
  const date = (column: Column): string | undefined => {
    const raw = v[column];
    if (!raw) return undefined;
    if (/^\d{4}-\d{2}-\d{2}$/.test(raw) && !Number.isNaN(Date.parse(`${raw}T00:00:00Z`))) return raw;
    fail(column, 'import.invalid', { value: raw, expected: 'YYYY-MM-DD' });
    return undefined;
  };
  for (const required of ['body', 'person', 'role', 'from'] as const) {
    if (!v[required]) fail(required, 'import.required');
  }
  const bodyKind = oneOf('body_type', bodyKinds);
  const electionMethod = oneOf('election_method', electionMethods);
  const gender = oneOf('gender', genders) ?? null;
  const role = oneOf('role', membershipRoles);
  const from = date('from');
  const to = date('to') ?? null;
  const birthYear = v.birth_year ? Number(v.birth_year) : null;
  if (birthYear !== null && (!Number.isInteger(birthYear) || birthYear < 1900 || birthYear > 2100)) {
    fail('birth_year', 'import.invalid', { value: v.birth_year ?? '', expected: '1900–2100' });
  }
  const substituteOrder = v.substitute_order ? Number(v.substitute_order) : null;
  if (substituteOrder !== null && (!Number.isInteger(substituteOrder) || substituteOrder < 1)) {
    fail('substitute_order', 'import.invalid', { value: v.substitute_order ?? '', expected: '1, 2, 3 …' });
  }
  if (role === 'substitute' && substituteOrder === null) fail('substitute_order', 'import.required');
  const voting = oneOf('voting_right', ['true', 'false'] as const);
  if (v.email && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(v.email))
    fail('email', 'import.invalid', { value: v.email, expected: 'name@example.se' });
  if (errors.length > before || !role || !from || !v.body || !v.person) return undefined;
  return {
    line: row.line,
    body: v.body,
    bodyKind,
    parentBody: v.parent_body,
    electionMethod,
    term: v.term,
    person: v.person,
    gender,
    birthYear,
    party: v.party ?? null,
    email: v.email ?? null,
    role,
    list: v.list ?? null,
    substituteOrder,
    votingRight: voting === undefined ? undefined : voting === 'true',
    from,
    to,
  };
}

/** A term named by its years ("2022–2026") runs from the constitution in the election year. */
function termFromYears(name: string, jurisdiction: Jurisdiction) {
  const match = /^(\d{4})\s*[–-]\s*(\d{4})$/.exec(name);
  if (!match) return undefined;
  const [, start, end] = match;
  return jurisdiction === 'se'
    ? { name, startsOn: `${start}-10-15`, endsOn: `${end}-10-14` }
    : { name, startsOn: `${start}-10-01`, endsOn: `${end}-09-30` };
}

class Rollback extends Error {}

/** Problems in file order: by line, then by column as the columns are listed. */
function sortErrors(errors: ImportError[]): ImportError[] {
  const rank = (column: string) => (columns as readonly string[]).indexOf(column);
  return errors.sort((a, b) => a.line - b.line || rank(a.column) - rank(b.column));
}

/**
 * Imports bodies, people and memberships from CSV or XLSX: one row a membership. Every row is
 * checked, by format and by the same rules as in the app (gender balance, one chair, …), and
 * every problem is reported with its line and column; nothing is imported unless everything is
 * valid (one transaction). A dry run checks without keeping anything.
 * @throws FORBIDDEN
 */
export async function importOrganisation(
  db: Db,
  input: {
    actor: Actor;
    municipalityId: string;
    format: 'csv' | 'xlsx';
    content: string;
    dryRun?: boolean;
    locale: Locale;
    onProgress?: (done: number, total: number) => void;
  },
): Promise<ImportReport> {
  const { actor, municipalityId } = input;
  requireManager(actor, municipalityId);
  const t = (key: MessageKey, values?: MessageValues) => translate(input.locale, key, values);
  const jurisdiction = await jurisdictionOf(db, municipalityId);
  const report: ImportReport = {
    ok: false,
    dryRun: input.dryRun ?? false,
    rows: 0,
    created: { bodies: 0, persons: 0, memberships: 0, terms: 0 },
    errors: [],
  };
  let table: string[][] & { lines?: number[] };
  try {
    table = await readRows(input.format, input.content);
  } catch {
    report.errors.push({
      line: 1,
      column: '',
      message: t('import.unreadable', { format: input.format.toUpperCase() }),
    });
    return report;
  }
  const { rows, errors } = toRows(table, t);
  report.rows = rows.length;
  report.errors.push(...errors);
  const parsed = rows
    .map((row) => parseRow(row, t, report.errors))
    .filter((p): p is Parsed => p !== undefined);
  if (report.errors.length > 0) {
    sortErrors(report.errors);
    return report;
  }

  const ruleError = (line: number, column: string, error: unknown) => {
    if (!(error instanceof AppError)) throw error;
    report.errors.push({ line, column, message: t(error.messageKey, error.values) });
  };
  try {
    await db.transaction(async (tx) => {
      const terms = new Map(
        (await repo.findTerms(tx, municipalityId)).map((term) => [term.name.toLowerCase(), term.id]),
      );
      const bodies = new Map(
        (await repo.findBodies(tx, municipalityId)).map((b) => [b.name.toLowerCase(), b]),
      );
      const persons = new Map<string, string>();
      for (const p of await repo.findPersons(tx, municipalityId))
        persons.set(`${p.name.toLowerCase()}|${p.birthYear ?? ''}`, p.id);

      for (const row of parsed) {
        if (row.term && !terms.has(row.term.toLowerCase())) {
          const term = termFromYears(row.term, jurisdiction);
          if (!term) {
            report.errors.push({
              line: row.line,
              column: 'term',
              message: t('import.unknown_term', { value: row.term }),
            });
            continue;
          }
          try {
            const created = await createTerm(tx as unknown as Db, { actor, municipalityId, term });
            terms.set(row.term.toLowerCase(), created.id);
            report.created.terms += 1;
          } catch (error) {
            ruleError(row.line, 'term', error);
          }
        }
      }
      // Parents first: a body may name a parent that appears further down the file.
      const newBodies = [
        ...new Map(
          parsed.filter((r) => !bodies.has(r.body.toLowerCase())).map((r) => [r.body.toLowerCase(), r]),
        ).values(),
      ];
      for (let pass = 0; pass < 5 && newBodies.length > 0; pass++) {
        for (const row of [...newBodies]) {
          if (
            row.parentBody &&
            !bodies.has(row.parentBody.toLowerCase()) &&
            newBodies.some((b) => b.body.toLowerCase() === row.parentBody?.toLowerCase())
          )
            continue;
          newBodies.splice(newBodies.indexOf(row), 1);
          if (!row.bodyKind) {
            report.errors.push({ line: row.line, column: 'body_type', message: t('import.required') });
            continue;
          }
          try {
            const created = await createBody(tx as unknown as Db, {
              actor,
              municipalityId,
              body: {
                kind: row.bodyKind,
                name: row.body,
                parentId: row.parentBody ? (bodies.get(row.parentBody.toLowerCase())?.id ?? null) : null,
                electionMethod: isPoliticalKind(row.bodyKind) ? (row.electionMethod ?? null) : null,
              },
            });
            const stored = await repo.findBody(tx, municipalityId, created.id);
            if (stored) bodies.set(row.body.toLowerCase(), stored);
            report.created.bodies += 1;
          } catch (error) {
            ruleError(row.line, 'body', error);
          }
        }
      }
      for (const row of parsed) {
        const key = `${row.person.toLowerCase()}|${row.birthYear ?? ''}`;
        const anyYear = [...persons.entries()].find(
          ([k]) => k.startsWith(`${row.person.toLowerCase()}|`) && row.birthYear === null,
        );
        if (persons.has(key) || anyYear) continue;
        const created = await createPerson(tx as unknown as Db, {
          actor,
          municipalityId,
          person: {
            name: row.person,
            gender: row.gender,
            birthYear: row.birthYear,
            party: row.party,
            email: row.email,
          },
        });
        persons.set(key, created.id);
        report.created.persons += 1;
      }
      // Members elected together (same body, term and start) are checked as one composition.
      const groups = new Map<string, Parsed[]>();
      for (const row of parsed) {
        const k = `${row.body.toLowerCase()}|${row.term?.toLowerCase() ?? ''}|${row.from}`;
        groups.set(k, [...(groups.get(k) ?? []), row]);
      }
      let done = 0;
      for (const group of groups.values()) {
        const first = group[0];
        if (!first) continue;
        const body = bodies.get(first.body.toLowerCase());
        const termId = first.term ? terms.get(first.term.toLowerCase()) : undefined;
        if (!body || (first.term && !termId)) continue;
        const personOf = (row: Parsed) =>
          persons.get(`${row.person.toLowerCase()}|${row.birthYear ?? ''}`) ??
          [...persons.entries()].find(([k]) => k.startsWith(`${row.person.toLowerCase()}|`))?.[1] ??
          '';
        const seat = (row: Parsed): SeatInput => ({
          personId: personOf(row),
          role: row.role,
          listName: row.list ?? row.party,
          votingRight: row.votingRight,
          substituteOrder: row.substituteOrder,
        });
        try {
          if (termId && group.every((r) => r.to === null)) {
            await setComposition(tx as unknown as Db, {
              actor,
              municipalityId,
              bodyId: body.id,
              composition: { termId, startsOn: first.from, members: group.map(seat) },
            });
            report.created.memberships += group.length;
          } else {
            for (const row of group) {
              try {
                await appoint(tx as unknown as Db, {
                  actor,
                  municipalityId,
                  appointment: {
                    ...seat(row),
                    bodyId: body.id,
                    termId: termId ?? null,
                    startsOn: row.from,
                    endsOn: row.to,
                  },
                });
                report.created.memberships += 1;
              } catch (error) {
                ruleError(row.line, 'role', error);
              }
            }
          }
        } catch (error) {
          ruleError(first.line, 'role', error);
        }
        input.onProgress?.((done += group.length), parsed.length);
      }
      if (report.errors.length > 0 || report.dryRun) throw new Rollback();
    });
  } catch (error) {
    if (!(error instanceof Rollback)) throw error;
  }
  report.ok = report.errors.length === 0;
  if (!report.ok) report.created = { bodies: 0, persons: 0, memberships: 0, terms: 0 };
  sortErrors(report.errors);
  return report;
}

/** Every membership as one row in the import format, for a spreadsheet or another system. */
export async function exportOrganisation(
  db: Db,
  input: { actor: Actor; municipalityId: string; format: 'csv' | 'xlsx' },
) {
  requireManager(input.actor, input.municipalityId);
  const { municipalityId } = input;
  const bodies = await repo.findBodies(db, municipalityId);
  const byId = new Map(bodies.map((b) => [b.id, b]));
  const terms = new Map((await repo.findTerms(db, municipalityId)).map((term) => [term.id, term.name]));
  const rows: string[][] = [];
  const byBody = new Map<string, repo.MembershipWithPerson[]>();
  for (const m of await repo.findMembershipsOfMunicipality(db, municipalityId)) {
    byBody.set(m.bodyId, [...(byBody.get(m.bodyId) ?? []), m]);
  }
  for (const body of bodies) {
    for (const m of byBody.get(body.id) ?? []) {
      rows.push([
        body.name,
        body.kind,
        body.parentId ? (byId.get(body.parentId)?.name ?? '') : '',
        body.electionMethod ?? '',
        m.termId ? (terms.get(m.termId) ?? '') : '',
        m.person.name,
        m.person.gender ?? '',
        m.person.birthYear?.toString() ?? '',
        m.person.party ?? '',
        m.person.email ?? '',
        m.role,
        m.listName ?? '',
        m.substituteOrder?.toString() ?? '',
        String(m.votingRight),
        m.startsOn,
        m.endsOn ?? '',
      ]);
    }
  }
  if (input.format === 'csv') {
    return {
      contentType: 'text/csv; charset=utf-8',
      body: Buffer.from(`\uFEFF${stringify([[...columns], ...rows], { delimiter: ';' })}`, 'utf8'),
    };
  }
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Organisation');
  sheet.addRow([...columns]);
  for (const row of rows) sheet.addRow(row);
  sheet.getRow(1).font = { bold: true };
  return {
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    body: Buffer.from(await workbook.xlsx.writeBuffer()),
  };
}
