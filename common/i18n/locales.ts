export const locales = ['sv', 'nb', 'nn', 'en'] as const;
export type Locale = (typeof locales)[number];

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

/** Names of each language in that language, for the language switcher. */
export const localeNames: Record<Locale, string> = {
  sv: 'Svenska',
  nb: 'Norsk bokmål',
  nn: 'Norsk nynorsk',
  en: 'English',
};

/** BCP 47 tags for Intl formatting. */
export const intlTags: Record<Locale, string> = { sv: 'sv-SE', nb: 'nb-NO', nn: 'nn-NO', en: 'en-GB' };

/**
 * Picks the best supported locale from an Accept-Language header. "no" (Norwegian, unspecified)
 * maps to bokmål, the written standard most Norwegian municipalities use.
 */
export function pickLocale(header: string | undefined): Locale | undefined {
  if (!header) return undefined;
  const ranked = header
    .split(',')
    .map((part) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { tag: tag.toLowerCase(), q: q ? Number(q.slice(2)) : 1 };
    })
    .filter((entry) => entry.tag && Number.isFinite(entry.q) && entry.q > 0)
    .sort((a, b) => b.q - a.q);
  for (const { tag } of ranked) {
    const primary = tag.split('-')[0];
    if (primary === 'no') return 'nb';
    if (isLocale(primary)) return primary;
  }
  return undefined;
}
