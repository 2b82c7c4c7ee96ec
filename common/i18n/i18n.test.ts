import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { catalogs, intlTags, locales, pickLocale, translate } from './index.ts';

type AstNode = {
  type: number;
  value?: string;
  options?: Record<string, { value: AstNode[] }>;
  children?: AstNode[];
};

/** The names of the arguments a message uses, with their kind (plural, select, plain …). */
function placeholders(message: string, locale: string): string[] {
  const found = new Set<string>();
  const walk = (nodes: AstNode[]) => {
    for (const node of nodes) {
      if (node.type >= 1 && node.type <= 6 && node.value) found.add(`${node.value}:${node.type}`);
      for (const option of Object.values(node.options ?? {})) walk(option.value);
      if (node.children) walk(node.children);
    }
  };
  walk(new IntlMessageFormat(message, locale).getAst() as AstNode[]);
  return [...found].sort();
}

describe('message catalogs', () => {
  const reference = catalogs.en;

  it.each(locales)('%s has every key and no extra key', (locale) => {
    expect(Object.keys(catalogs[locale]).sort()).toEqual(Object.keys(reference).sort());
  });

  it.each(locales)('%s uses the same placeholders as English in every message', (locale) => {
    const mismatches = Object.entries(reference).flatMap(([key, english]) => {
      const translated = (catalogs[locale] as Record<string, string>)[key] ?? '';
      const want = placeholders(english, intlTags.en);
      const got = placeholders(translated, intlTags[locale]);
      return JSON.stringify(want) === JSON.stringify(got)
        ? []
        : [`${key}: ${got.join(',')} ≠ ${want.join(',')}`];
    });
    expect(mismatches).toEqual([]);
  });

  it.each(locales)('%s has no empty message', (locale) => {
    const empty = Object.entries(catalogs[locale]).filter(([, value]) => value.trim() === '');
    expect(empty).toEqual([]);
  });

  it('formats ICU plurals per language', () => {
    expect(translate('en', 'error.RATE_LIMITED', { seconds: 1 })).toContain('1 second.');
    expect(translate('sv', 'error.RATE_LIMITED', { seconds: 5 })).toContain('5 sekunder');
    expect(translate('nb', 'error.sign_in_locked', { minutes: 1 })).toContain('1 minutt.');
  });
});

describe('choosing a language from Accept-Language', () => {
  it('prefers the highest quality supported language', () => {
    expect(pickLocale('de-DE, en;q=0.8, sv;q=0.9')).toBe('sv');
  });
  it('reads unspecified Norwegian as bokmål and keeps nynorsk', () => {
    expect(pickLocale('no')).toBe('nb');
    expect(pickLocale('nn-NO,nb;q=0.5')).toBe('nn');
  });
  it('gives up on languages it does not have', () => {
    expect(pickLocale('fi, de')).toBeUndefined();
    expect(pickLocale(undefined)).toBeUndefined();
  });
});
