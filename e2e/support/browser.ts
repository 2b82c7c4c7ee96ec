import { AxeBuilder } from '@axe-core/playwright';
import { chromium, type Browser, type Page } from 'playwright-core';

/** Debian's Chromium: never a downloaded browser build. */
export const CHROMIUM_PATH = '/usr/bin/chromium';

/** Flags that work as root in a container; QUIC, background networking, updates and sync are off so
 * that Chromium does not flood the closed network with connections that are refused. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The WCAG 2.1 A and AA rules, the level Swedish and Norwegian public-sector law requires. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
}

export type PageProblems = {
  /** Content Security Policy violations and uncaught errors, in the order they happened. */
  readonly list: readonly string[];
  /** Throws listing every problem, if there was any. */
  assertNone: () => void;
};

/**
 * Collects what a page does wrong without showing it: a Content Security Policy violation (an
 * inline script or style, a foreign host) and an uncaught error in the page's scripts.
 */
export function watchPageProblems(page: Page): PageProblems {
  const list: string[] = [];
  page.on('console', (message) => {
    if (/content security policy/i.test(message.text())) {
      list.push(`CSP violation on ${page.url()}: ${message.text()}`);
    }
  });
  page.on('pageerror', (error) => {
    list.push(`uncaught error on ${page.url()}: ${error.stack ?? error.message}`);
  });
  return {
    list,
    assertNone: () => {
      if (list.length > 0) {
        throw new Error(`the page reported ${list.length} problem(s):\n${list.join('\n')}`);
      }
    },
  };
}

/** Runs axe on the page as it is now; fails listing each violation, its impact and its nodes. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  if (results.violations.length === 0) return;
  const report = results.violations.map((violation) => {
    const nodes = violation.nodes.map((node) => {
      const target = node.target.map((part) => (Array.isArray(part) ? part.join(' >>> ') : part)).join(' ');
      return `    ${target}`;
    });
    return `  ${violation.id} (${violation.impact ?? 'impact unknown'}): ${violation.help}\n${nodes.join('\n')}`;
  });
  throw new Error(
    `axe found ${results.violations.length} accessibility violation(s) on ${page.url()}:\n${report.join('\n')}`,
  );
}
