import fc from 'fast-check';
import { z } from 'zod';

/** A JSON Schema as zod produces it; only the parts the generators read. */
export type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  default?: unknown;
};

export function toJsonSchema(schema: unknown): JsonSchema | undefined {
  if (!(schema instanceof z.ZodType)) return undefined;
  return z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
}

const formatSamples: Record<string, string> = {
  email: 'sample@test.example',
  uuid: '00000000-0000-4000-8000-000000000000',
  uri: 'https://idp.test.example',
  url: 'https://idp.test.example',
};

/**
 * A valid value for a schema, so that a request gets past validation and reaches the rules.
 * `pick` may supply a value by property name (e.g. an id of a resource of another municipality).
 */
export function sampleValue(
  schema: JsonSchema,
  pick: (name: string) => unknown = () => undefined,
  name = '',
): unknown {
  const picked = pick(name);
  if (picked !== undefined) return picked;
  if (schema.const !== undefined) return schema.const;
  if (schema.enum?.length) return schema.enum[0];
  const alternative = schema.anyOf?.[0] ?? schema.oneOf?.[0];
  if (alternative) return sampleValue(alternative, pick, name);
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  switch (type) {
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const [key, child] of Object.entries(schema.properties ?? {})) {
        out[key] = sampleValue(child, pick, key);
      }
      return out;
    }
    case 'array':
      return schema.items && (schema.minItems ?? 1) > 0 ? [sampleValue(schema.items, pick, name)] : [];
    case 'integer':
    case 'number':
      return Math.max(schema.minimum ?? 1, 1);
    case 'boolean':
      return true;
    case 'null':
      return null;
    case 'string': {
      if (schema.format && formatSamples[schema.format]) return formatSamples[schema.format];
      if (schema.pattern === '^[0-9]{4}$') return '1234';
      if (schema.pattern?.startsWith('^[a-z0-9]')) return 'sample';
      return 'x'.repeat(Math.max(schema.minLength ?? 1, 10));
    }
    default:
      return 'sample';
  }
}

const junk = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constant('\u0000'),
  fc.constant("' OR 1=1 --"),
  fc.constant('../../etc/passwd'),
  fc.constant('x'.repeat(5000)),
  fc.array(fc.string(), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.string({ maxLength: 5 }), { maxKeys: 3 }),
);

/** Values that follow the schema most of the time and break it in every way some of the time. */
export function arbitraryFor(schema: JsonSchema | undefined, depth = 0): fc.Arbitrary<unknown> {
  if (!schema || depth > 4) return junk;
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  let shaped: fc.Arbitrary<unknown>;
  if (schema.enum?.length) {
    shaped = fc.constantFrom(...schema.enum);
  } else if (schema.anyOf?.length || schema.oneOf?.length) {
    shaped = fc.oneof(...(schema.anyOf ?? schema.oneOf ?? []).map((s) => arbitraryFor(s, depth + 1)));
  } else if (type === 'object') {
    const props = schema.properties ?? {};
    const model: Record<string, fc.Arbitrary<unknown>> = {};
    for (const [key, child] of Object.entries(props)) model[key] = arbitraryFor(child, depth + 1);
    shaped = fc.oneof(
      {
        weight: 3,
        arbitrary: fc.record(model, { requiredKeys: (schema.required ?? []).filter((k) => k in model) }),
      },
      { weight: 1, arbitrary: fc.record(model, { requiredKeys: [] }) },
    );
  } else if (type === 'array') {
    shaped = fc.array(arbitraryFor(schema.items, depth + 1), { maxLength: 4 });
  } else if (type === 'integer') {
    shaped = fc.integer({ min: -10, max: 100_000 });
  } else if (type === 'number') {
    shaped = fc.double({ noNaN: true });
  } else if (type === 'boolean') {
    shaped = fc.boolean();
  } else if (type === 'string') {
    shaped = fc.oneof(
      fc.constant(sampleValue(schema)),
      fc.string({ maxLength: 30 }),
      fc.string({ unit: 'grapheme', maxLength: 30 }),
      fc.emailAddress(),
      fc.uuid(),
    );
  } else {
    shaped = junk;
  }
  return fc.oneof({ weight: 12, arbitrary: shaped }, { weight: 1, arbitrary: junk });
}
