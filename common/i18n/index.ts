import { catalog as en } from './catalogs/en.ts';
import { catalog as nb } from './catalogs/nb.ts';
import { catalog as nn } from './catalogs/nn.ts';
import { catalog as sv } from './catalogs/sv.ts';
import type { MessageKey as ServerMessageKey } from './en.ts';
import { meetingLiveEn } from './web/meeting-live/en.ts';
import { meetingLiveNb } from './web/meeting-live/nb.ts';
import { meetingLiveNn } from './web/meeting-live/nn.ts';
import { meetingLiveSv } from './web/meeting-live/sv.ts';
import { meetingsEn } from './web/meetings/en.ts';
import { meetingsNb } from './web/meetings/nb.ts';
import { meetingsNn } from './web/meetings/nn.ts';
import { meetingsSv } from './web/meetings/sv.ts';
import { publicMeetingsEn } from './web/public-meetings/en.ts';
import { publicMeetingsNb } from './web/public-meetings/nb.ts';
import { publicMeetingsNn } from './web/public-meetings/nn.ts';
import { publicMeetingsSv } from './web/public-meetings/sv.ts';
import { formatMessage, type MessageValues } from './format.ts';
import type { Locale } from './locales.ts';
import type { SharedWebMessageKey, WebMessageKey } from './web/en.ts';

export * from './locales.ts';
export type { MessageValues };

/** Keys of the server's messages and the web app's (`web.…`), one catalog per language. */
export type MessageKey = ServerMessageKey | WebMessageKey;
export type Messages = Record<MessageKey, string>;
/** The messages the web app loads before its first page: the server's and the shared web ones. */
export type BaseMessages = Record<ServerMessageKey | SharedWebMessageKey, string>;

/**
 * Every language's whole catalog, for the server and tests. The web app loads the base catalog of
 * the language it shows, and each feature's messages with the feature's pages.
 */
export const catalogs: Record<Locale, Messages> = {
  sv: { ...sv, ...meetingsSv, ...publicMeetingsSv, ...meetingLiveSv },
  nb: { ...nb, ...meetingsNb, ...publicMeetingsNb, ...meetingLiveNb },
  nn: { ...nn, ...meetingsNn, ...publicMeetingsNn, ...meetingLiveNn },
  en: { ...en, ...meetingsEn, ...publicMeetingsEn, ...meetingLiveEn },
};

/** Formats a message with ICU plural, select, date and number rules for the locale. */
export function translate(locale: Locale, key: MessageKey, values?: MessageValues): string {
  return formatMessage(catalogs[locale], locale, key, values);
}

export function isMessageKey(value: string): value is MessageKey {
  return Object.hasOwn(catalogs.en, value);
}
