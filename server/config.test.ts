import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';

describe('configuration', () => {
  it('runs with no configuration at all: embedded database in ./data, port 3000, demo data', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 3000,
      databaseUrl: undefined,
      seedDemo: true,
      secureCookies: false,
    });
    expect(config.dataDir.endsWith('/data')).toBe(true);
  });

  it('lists every bad value at once', () => {
    try {
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', SEED_DEMO: 'maybe', PUBLIC_URL: 'not a url' });
      expect.unreachable('a bad configuration must not load');
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const problems = (error as ConfigError).problems;
      expect(problems).toHaveLength(4);
      expect(problems.join('\n')).toMatch(/PORT=/);
      expect(problems.join('\n')).toMatch(/DATABASE_URL="mysql:\/\/x": must start with postgres/);
      expect(problems.join('\n')).toMatch(/SEED_DEMO=/);
      expect(problems.join('\n')).toMatch(/PUBLIC_URL=/);
    }
  });

  it('an HTTPS public address makes cookies Secure', () => {
    expect(loadConfig({ PUBLIC_URL: 'https://samspel.solvik.se' }).secureCookies).toBe(true);
  });
});
