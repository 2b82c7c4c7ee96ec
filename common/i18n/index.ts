import { IntlMessageFormat } from 'intl-messageformat';
import { en, type MessageKey as ServerMessageKey } from './en.ts';
import { intlTags, type Locale } from './locales.ts';
import { nb } from './nb.ts';
import { nn } from './nn.ts';
import { sv } from './sv.ts';
import { webEn, type WebMessageKey } from './web/en.ts';
import { webNb } from './web/nb.ts';
import { webNn } from './web/nn.ts';
import { webSv } from './web/sv.ts';

export * from './locales.ts';

/** Keys of the server's messages and the web app's (`web.…`), one catalog per language. */
export type MessageKey = ServerMessageKey | WebMessageKey;
export type Messages = Record<MessageKey, string>;

export const catalogs: Record<Locale, Messages> = {
  sv: { ...sv, ...webSv },
  nb: { ...nb, ...webNb },
  nn: { ...nn, ...webNn },
  en: { ...en, ...webEn },
};

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
  return Object.hasOwn(catalogs.en, value);
}
