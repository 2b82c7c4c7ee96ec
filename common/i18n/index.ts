import { catalog as en } from './catalogs/en.ts';
import { catalog as nb } from './catalogs/nb.ts';
import { catalog as nn } from './catalogs/nn.ts';
import { catalog as sv } from './catalogs/sv.ts';
import type { MessageKey as ServerMessageKey } from './en.ts';
import { formatMessage, type MessageValues } from './format.ts';
import type { Locale } from './locales.ts';
import type { WebMessageKey } from './web/en.ts';

export * from './locales.ts';
export type { MessageValues };

/** Keys of the server's messages and the web app's (`web.…`), one catalog per language. */
export type MessageKey = ServerMessageKey | WebMessageKey;
export type Messages = Record<MessageKey, string>;

/** Every language's catalog, for the server and tests. The web app loads only the one it shows. */
export const catalogs: Record<Locale, Messages> = { sv, nb, nn, en };

/** Formats a message with ICU plural, select, date and number rules for the locale. */
export function translate(locale: Locale, key: MessageKey, values?: MessageValues): string {
  return formatMessage(catalogs[locale], locale, key, values);
}

export function isMessageKey(value: string): value is MessageKey {
  return Object.hasOwn(catalogs.en, value);
}
