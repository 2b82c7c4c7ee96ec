import { IntlMessageFormat } from 'intl-messageformat';
import { intlTags, type Locale } from './locales.ts';

export type MessageValues = Record<string, string | number | Date>;

const cache = new Map<string, IntlMessageFormat>();

/** Formats one message of a catalog with ICU plural, select, date and number rules. */
export function formatMessage(
  catalog: Record<string, string>,
  locale: Locale,
  key: string,
  values?: MessageValues,
): string {
  const cacheKey = `${locale}\u0000${key}`;
  let format = cache.get(cacheKey);
  if (!format) {
    format = new IntlMessageFormat(catalog[key] ?? key, intlTags[locale]);
    cache.set(cacheKey, format);
  }
  const result = format.format(values);
  return typeof result === 'string' ? result : String(result);
}
