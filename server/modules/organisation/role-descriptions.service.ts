import type { Locale } from '../../../common/i18n/locales.ts';
import { isLocale } from '../../../common/i18n/locales.ts';
import type { RoleType } from '../../../common/organisation.ts';
import type { Db } from '../../db/client.ts';
import type { Actor } from '../../http/context.ts';
import { AppError, notFound } from '../../http/errors.ts';
import { recordChange } from '../audit/audit.service.ts';
import { getMunicipality } from '../municipalities/municipalities.service.ts';
import { requireManager } from './bodies.service.ts';
import type { AdoptRoleDescriptionInput, RoleDescriptionDto } from './organisation.contract.ts';
import * as repo from './organisation.repository.ts';

/** The texts in the language asked for, else the municipality's language, else any. */
function toRoleDescriptionDto(
  row: repo.RoleDescriptionRow,
  wanted: Locale,
  fallback: Locale,
): RoleDescriptionDto {
  const available = Object.keys(row.texts).filter(isLocale);
  const locale = available.includes(wanted)
    ? wanted
    : available.includes(fallback)
      ? fallback
      : (available[0] ?? fallback);
  const text = row.texts[locale] ?? { decides: '', leaves: '' };
  return {
    id: row.id,
    roleType: row.roleType,
    versionNo: row.versionNo,
    locale,
    decides: text.decides,
    leaves: text.leaves,
    adoptedOn: row.adoptedOn,
    adoptedBy: row.adoptedBy,
    translations: available,
  };
}

/** The version in force of each role description; public. */
export async function currentRoleDescriptions(
  db: Db,
  municipalityId: string,
  locale: Locale,
): Promise<RoleDescriptionDto[]> {
  const municipality = await getMunicipality(db, municipalityId);
  const seen = new Set<RoleType>();
  const current: RoleDescriptionDto[] = [];
  for (const row of await repo.findRoleDescriptions(db, municipalityId)) {
    if (seen.has(row.roleType)) continue;
    seen.add(row.roleType);
    current.push(toRoleDescriptionDto(row, locale, municipality.defaultLocale));
  }
  return current;
}

/** Every adopted version of one role's description, newest first; public. */
export async function roleDescriptionHistory(
  db: Db,
  input: { municipalityId: string; roleType: RoleType; locale: Locale },
) {
  const municipality = await getMunicipality(db, input.municipalityId);
  const rows = await repo.findRoleDescriptions(db, input.municipalityId, input.roleType);
  if (rows.length === 0) throw notFound();
  return rows.map((r) => toRoleDescriptionDto(r, input.locale, municipality.defaultLocale));
}

/**
 * Adopts a new version of a role description: what the role decides ("what") and what it leaves
 * to the other side ("how"). Earlier versions stay readable. The municipality's own language is
 * required; other languages are optional translations. @throws FORBIDDEN; VALIDATION; NOT_FOUND
 */
export async function adoptRoleDescription(
  db: Db,
  input: { actor: Actor; municipalityId: string; description: AdoptRoleDescriptionInput },
) {
  const { actor, municipalityId, description } = input;
  requireManager(actor, municipalityId);
  const municipality = await getMunicipality(db, municipalityId);
  if (!description.texts[municipality.defaultLocale]) {
    throw new AppError(
      'VALIDATION',
      'error.VALIDATION',
      { count: 1 },
      {
        issues: [
          {
            path: `body.texts.${municipality.defaultLocale}`,
            message: 'the municipality’s own language is required',
          },
        ],
      },
    );
  }
  return db.transaction(async (tx) => {
    if (description.adoptedBy && !(await repo.findBody(tx, municipalityId, description.adoptedBy)))
      throw notFound();
    const texts = Object.fromEntries(
      Object.entries(description.texts).filter(([, v]) => v !== undefined),
    ) as Record<string, { decides: string; leaves: string }>;
    const row = await repo.insertRoleDescription(tx, {
      municipalityId,
      roleType: description.roleType,
      texts,
      adoptedOn: description.adoptedOn,
      adoptedBy: description.adoptedBy ?? null,
    });
    const dto = toRoleDescriptionDto(row, actor.locale, municipality.defaultLocale);
    await recordChange(tx, actor, {
      municipalityId,
      action: 'role_description.adopt',
      entityType: 'role_description',
      entityId: row.id,
      after: { roleType: row.roleType, versionNo: row.versionNo, texts: row.texts, adoptedOn: row.adoptedOn },
    });
    return dto;
  });
}
