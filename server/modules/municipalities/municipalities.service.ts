import type { Db } from '../../db/client.ts';
import type { Actor, Tenant } from '../../http/context.ts';
import { AppError, forbidden, notFound, staleVersion } from '../../http/errors.ts';
import { can } from '../../http/policy.ts';
import { countRoleHolders } from '../accounts/accounts.service.ts';
import { countAuditEntries, recordChange } from '../audit/audit.service.ts';
import type {
  CreateMunicipalityInput,
  MunicipalityDto,
  UpdateMunicipalityInput,
} from './municipalities.contract.ts';
import * as repo from './municipalities.repository.ts';

export function toMunicipalityDto(row: repo.MunicipalityRow): MunicipalityDto {
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    jurisdiction: row.jurisdiction,
    code: row.code,
    population: row.population,
    defaultLocale: row.defaultLocale,
    version: row.version,
  };
}

/** Every municipality in the installation; public. */
export async function listMunicipalities(db: Db): Promise<MunicipalityDto[]> {
  return (await repo.findAll(db)).map(toMunicipalityDto);
}

/** Resolves the municipality named in a public URL. @throws NOT_FOUND */
export async function getTenantBySlug(db: Db, slug: string): Promise<Tenant> {
  const row = await repo.findBySlug(db, slug);
  if (!row) throw new AppError('NOT_FOUND', 'error.municipality_not_found');
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    jurisdiction: row.jurisdiction,
    defaultLocale: row.defaultLocale,
  };
}

export async function getMunicipality(db: Db, id: string): Promise<MunicipalityDto> {
  const row = await repo.findById(db, id);
  if (!row) throw notFound();
  return toMunicipalityDto(row);
}

export async function isDatabaseEmpty(db: Db): Promise<boolean> {
  return (await repo.countAll(db)) === 0;
}

/** Municipalities whose demo data is still present (the start page lists their demo logins). */
export async function findDemoMunicipalities(db: Db): Promise<MunicipalityDto[]> {
  return (await repo.findAll(db)).filter((row) => row.settings['demo'] === true).map(toMunicipalityDto);
}

/**
 * Registers a municipality. Installation-level: seeds and the CLI call it with a system actor.
 * The code is SCB's four-digit kommunkod in Sweden and the four-digit kommunenummer in Norway.
 * @throws VALIDATION for a malformed code; CONFLICT for a slug or code already in use
 */
export async function createMunicipality(
  db: Db,
  input: { actor: Actor; municipality: CreateMunicipalityInput },
): Promise<MunicipalityDto> {
  const { municipality } = input;
  if (!/^[0-9]{4}$/.test(municipality.code)) {
    throw new AppError('VALIDATION', 'error.code_format', { jurisdiction: municipality.jurisdiction });
  }
  return db.transaction(async (tx) => {
    const clash = (await repo.findAll(tx)).find(
      (row) =>
        row.slug === municipality.slug ||
        (row.jurisdiction === municipality.jurisdiction && row.code === municipality.code),
    );
    if (clash) throw new AppError('CONFLICT', 'error.CONFLICT', {}, { field: 'slug|code' });
    const row = await repo.insert(tx, municipality);
    const dto = toMunicipalityDto(row);
    await recordChange(tx, input.actor, {
      municipalityId: row.id,
      action: 'municipality.create',
      entityType: 'municipality',
      entityId: row.id,
      after: dto,
    });
    return dto;
  });
}

/**
 * Changes the municipality's own settings, with optimistic locking on `version`.
 * @throws FORBIDDEN unless administrator; CONFLICT when someone else changed it first
 */
export async function updateMunicipality(
  db: Db,
  input: { actor: Actor; municipalityId: string; patch: UpdateMunicipalityInput },
): Promise<MunicipalityDto> {
  const { actor, municipalityId, patch } = input;
  if (!can(actor, 'municipality.update', { municipalityId })) throw forbidden();
  return db.transaction(async (tx) => {
    const current = await repo.findById(tx, municipalityId);
    if (!current) throw notFound();
    const { version, ...changes } = patch;
    const updated = await repo.updateVersioned(tx, municipalityId, version, changes);
    if (!updated) throw staleVersion(current.version);
    const dto = toMunicipalityDto(updated);
    await recordChange(tx, actor, {
      municipalityId,
      action: 'municipality.update',
      entityType: 'municipality',
      entityId: municipalityId,
      before: toMunicipalityDto(current),
      after: dto,
    });
    return dto;
  });
}

/**
 * The signed-in start page: the municipality, the actor's roles, and for administrators the
 * numbers of users and audit entries. @throws FORBIDDEN without a role here
 */
export async function getOverview(db: Db, input: { actor: Actor; municipalityId: string }) {
  const { actor, municipalityId } = input;
  if (!can(actor, 'municipality.overview', { municipalityId })) throw forbidden();
  const municipality = await getMunicipality(db, municipalityId);
  const isAdministrator = can(actor, 'user.read', { municipalityId });
  const counts = isAdministrator
    ? {
        users: await countRoleHolders(db, municipalityId),
        administrators: await countRoleHolders(db, municipalityId, 'administrator'),
        auditEntries: await countAuditEntries(db, municipalityId),
      }
    : null;
  return { municipality, roles: actor.roles, counts };
}
