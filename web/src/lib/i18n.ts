import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { formatMessage, type MessageValues } from '../../../common/i18n/format.ts';
import type { MessageKey, Messages } from '../../../common/i18n/index.ts';
import { intlTags, isLocale, pickLocale, type Locale } from '../../../common/i18n/locales.ts';

export type { Locale, MessageKey, MessageValues };
export { isLocale };

/**
 * Each language's messages load on their own, so the first page carries one catalog rather than
 * four; `main.tsx` loads the one in use before the app renders. A feature's own messages load with
 * its pages (`loadFeatureMessages` in the route's `lazy`), in every language switched to after.
 */
const loaders: Record<Locale, () => Promise<Partial<Messages>>> = {
  sv: () => import('../../../common/i18n/catalogs/sv.ts').then((m) => m.catalog),
  nb: () => import('../../../common/i18n/catalogs/nb.ts').then((m) => m.catalog),
  nn: () => import('../../../common/i18n/catalogs/nn.ts').then((m) => m.catalog),
  en: () => import('../../../common/i18n/catalogs/en.ts').then((m) => m.catalog),
};

export type MessageFeature = 'meetings' | 'meeting-live' | 'public-meetings';

const featureLoaders: Record<MessageFeature, Record<Locale, () => Promise<Partial<Messages>>>> = {
  meetings: {
    sv: () => import('../../../common/i18n/web/meetings/sv.ts').then((m) => m.meetingsSv),
    nb: () => import('../../../common/i18n/web/meetings/nb.ts').then((m) => m.meetingsNb),
    nn: () => import('../../../common/i18n/web/meetings/nn.ts').then((m) => m.meetingsNn),
    en: () => import('../../../common/i18n/web/meetings/en.ts').then((m) => m.meetingsEn),
  },
  'meeting-live': {
    sv: () => import('../../../common/i18n/web/meeting-live/sv.ts').then((m) => m.meetingLiveSv),
    nb: () => import('../../../common/i18n/web/meeting-live/nb.ts').then((m) => m.meetingLiveNb),
    nn: () => import('../../../common/i18n/web/meeting-live/nn.ts').then((m) => m.meetingLiveNn),
    en: () => import('../../../common/i18n/web/meeting-live/en.ts').then((m) => m.meetingLiveEn),
  },
  'public-meetings': {
    sv: () => import('../../../common/i18n/web/public-meetings/sv.ts').then((m) => m.publicMeetingsSv),
    nb: () => import('../../../common/i18n/web/public-meetings/nb.ts').then((m) => m.publicMeetingsNb),
    nn: () => import('../../../common/i18n/web/public-meetings/nn.ts').then((m) => m.publicMeetingsNn),
    en: () => import('../../../common/i18n/web/public-meetings/en.ts').then((m) => m.publicMeetingsEn),
  },
};

const loaded: Partial<Record<Locale, Partial<Messages>>> = {};
/** Features whose messages a page has needed: they are loaded with every language switched to. */
const features = new Set<MessageFeature>();
const loadedFeatures = new Set<string>();

async function loadFeature(locale: Locale, feature: MessageFeature): Promise<void> {
  const key = `${locale}:${feature}`;
  if (loadedFeatures.has(key)) return;
  const messages = await featureLoaders[feature][locale]();
  loaded[locale] = { ...loaded[locale], ...messages };
  loadedFeatures.add(key);
}

/** Loads a language's messages (once), with those of the features in use; resolves when they can be shown. */
export async function loadCatalog(locale: Locale): Promise<void> {
  if (!loaded[locale] || !Object.hasOwn(loaded[locale], 'web.loading')) {
    loaded[locale] = { ...(await loaders[locale]()), ...loaded[locale] };
  }
  await Promise.all([...features].map((feature) => loadFeature(locale, feature)));
}

/** Loads a feature's messages in the current language, before its page renders. */
export async function loadFeatureMessages(feature: MessageFeature): Promise<void> {
  features.add(feature);
  await loadFeature(current, feature);
}

function translate(locale: Locale, key: MessageKey, values?: MessageValues): string {
  const catalog = loaded[locale];
  return catalog ? formatMessage(catalog as Messages, locale, key, values) : key;
}

export function isMessageKey(value: string): value is MessageKey {
  return Object.hasOwn(loaded[current] ?? {}, value);
}
export type Translate = (key: MessageKey, values?: MessageValues) => string;

const STORAGE_KEY = 'samspel.locale';

function readStoredLocale(): Locale | undefined {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    return isLocale(stored) ? stored : undefined;
  } catch {
    // Storage can be switched off (private mode, policies); the choice then lasts for the visit.
    return undefined;
  }
}

function browserLocale(): Locale | undefined {
  return pickLocale(navigator.languages.join(',') || navigator.language);
}

let current: Locale = readStoredLocale() ?? browserLocale() ?? 'sv';
const listeners = new Set<() => void>();

function apply(locale: Locale): void {
  document.documentElement.lang = locale;
}
apply(current);

/** The UI language right now, for code outside React (the API client). */
export function getLocale(): Locale {
  return current;
}

/** Whether the person chose a language on this device; that choice beats the account's. */
export function hasChosenLocale(): boolean {
  return readStoredLocale() !== undefined;
}

/**
 * Switches the UI language. `remember` stores it on this device; the account's saved language is
 * applied without storing, so that a later choice on this device still wins.
 */
export async function setLocale(locale: Locale, { remember }: { remember: boolean }): Promise<void> {
  await loadCatalog(locale);
  if (remember) {
    try {
      window.localStorage.setItem(STORAGE_KEY, locale);
    } catch {
      // See readStoredLocale.
    }
  }
  if (locale === current) return;
  current = locale;
  apply(locale);
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useLocale(): Locale {
  return useSyncExternalStore(subscribe, getLocale);
}

/**
 * Translates in the UI language as it is at this moment, for a message raised right after the
 * language changed (a component's `t` still speaks the language it rendered in).
 */
export function translateNow(key: MessageKey, values?: MessageValues): string {
  return translate(current, key, values);
}

/** Translates a message key with ICU MessageFormat in the current UI language. */
export function useT(): Translate {
  const locale = useLocale();
  return useCallback((key, values) => translate(locale, key, values), [locale]);
}

export type Formatters = {
  number: (value: number) => string;
  dateTime: (iso: string) => string;
  date: (iso: string) => string;
  /** A calendar day as the API sends it (YYYY-MM-DD), the same day in every time zone. */
  day: (isoDay: string) => string;
  /** A share (0.45) as a whole percentage ("45 %"). */
  percent: (share: number) => string;
};

/** Numbers and dates formatted with Intl for the current UI language. */
export function useFormat(): Formatters {
  const locale = useLocale();
  return useMemo(() => {
    const tag = intlTags[locale];
    const number = new Intl.NumberFormat(tag);
    const dateTime = new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeStyle: 'short' });
    const date = new Intl.DateTimeFormat(tag, { dateStyle: 'medium' });
    const day = new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeZone: 'UTC' });
    const percent = new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 0 });
    return {
      number: (value) => number.format(value),
      dateTime: (iso) => dateTime.format(new Date(iso)),
      date: (iso) => date.format(new Date(iso)),
      day: (isoDay) => day.format(new Date(`${isoDay}T00:00:00Z`)),
      percent: (share) => percent.format(share),
    };
  }, [locale]);
}
