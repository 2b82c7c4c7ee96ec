import { IntlMessageFormat } from 'intl-messageformat';
import { en, type MessageKey, type Messages } from './en.ts';
import { intlTags, type Locale } from './locales.ts';
import { nb } from './nb.ts';
import { nn } from './nn.ts';
import { sv } from './sv.ts';

export * from './locales.ts';
export type { MessageKey, Messages };

export const catalogs: Record<Locale, Messages> = { sv, nb, nn, en };

export type MessageValues = Record<string, string | number | Date>;

const cache = new Map<string, IntlMessageFormat>();

/** Formats a message with ICU plural, select, date and number rules for the locale. */
export function translate(locale: Locale, key: MessageKey, values?: MessageValues): string {
  const cacheKey = `${locale}\u0000${key}`;
  let format = cache.get(cacheKey);
  if (!format) {
    format = new IntlMessageFormat(catalogs[locale][key], intlTags[locale]);
    cache.set(cacheKey, format);
  }
  const result = format.format(values);
  return typeof result === 'string' ? result : String(result);
}

export function isMessageKey(value: string): value is MessageKey {
  return Object.hasOwn(en, value);
}
