import { z } from 'zod';
import { locales } from '../../../common/i18n/locales.ts';
import { jurisdictions } from '../../../common/roles.ts';

export const slugParam = z.object({
  municipality: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]{0,62}$/)
    .describe('The municipality’s address name, e.g. "solvik"'),
});

export const municipalityDto = z
  .object({
    id: z.uuid(),
    slug: z.string(),
    name: z.string(),
    jurisdiction: z.enum(jurisdictions),
    code: z.string().describe('SCB kommunkod (Sweden) or kommunenummer (Norway)'),
    population: z.number().int(),
    defaultLocale: z.enum(locales),
    version: z.number().int().describe('For optimistic locking: send it back when changing'),
  })
  .meta({ id: 'Municipality' });
export type MunicipalityDto = z.infer<typeof municipalityDto>;

export const municipalityList = z.object({ items: z.array(municipalityDto) });

export const updateMunicipalityBody = z
  .object({
    name: z.string().trim().min(2).max(120).optional(),
    population: z.number().int().min(0).max(100_000_000).optional(),
    defaultLocale: z.enum(locales).optional(),
    version: z.number().int().positive(),
  })
  .strict();
export type UpdateMunicipalityInput = z.infer<typeof updateMunicipalityBody>;

export const createMunicipalityInput = z.object({
  slug: slugParam.shape.municipality,
  name: z.string().trim().min(2).max(120),
  jurisdiction: z.enum(jurisdictions),
  code: z.string().regex(/^[0-9]{4}$/),
  population: z.number().int().min(0),
  defaultLocale: z.enum(locales),
  settings: z.record(z.string(), z.unknown()).optional(),
});
export type CreateMunicipalityInput = z.infer<typeof createMunicipalityInput>;

export const overviewDto = z.object({
  municipality: municipalityDto,
  roles: z.array(z.string()),
  counts: z
    .object({ users: z.number().int(), administrators: z.number().int(), auditEntries: z.number().int() })
    .nullable()
    .describe('Only for administrators'),
});
