/**
 * Benchmarks the figures the platform promises, on this machine, in one run:
 * - startup: from process start to `/ready` answering, reopening an existing embedded database;
 * - the JavaScript the front page loads, gzip-compressed.
 * - search: `searchMatters` over a generated registry, on PostgreSQL and on PGlite (bench/search.ts).
 * - meetings: a council of 101 votes at once while 10,000 public viewers follow the live meeting, on
 *   PostgreSQL; time to the result at every viewer, and the server's memory (bench/meetings.ts).
 * Run with `npm run bench` (builds the web app first if it is missing); name benchmarks to run only
 * those: `npx tsx bench/run.ts search` (javascript, startup, search, meetings).
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { benchMeetings } from './meetings.ts';
import { benchSearch } from './search.ts';

const root = path.resolve(import.meta.dirname, '..');

async function waitForReady(url: string, deadlineMs: number): Promise<void> {
  const until = Date.now() + deadlineMs;
  while (Date.now() < until) {
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`not ready within ${deadlineMs} ms`);
}

async function startOnce(dataDir: string, port: number): Promise<number> {
  const started = performance.now();
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: root,
    env: { ...process.env, DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  try {
    await waitForReady(`http://127.0.0.1:${port}/ready`, 60_000);
    return performance.now() - started;
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
  }
}

async function benchStartup(): Promise<void> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'samspel-bench-'));
  try {
    const port = 3900 + Math.floor(Math.random() * 50);
    const first = await startOnce(dataDir, port);
    const reopen: number[] = [];
    for (let i = 0; i < 3; i++) reopen.push(await startOnce(dataDir, port));
    reopen.sort((a, b) => a - b);
    console.log(`startup, new embedded database with demo data: ${(first / 1000).toFixed(2)} s`);
    console.log(
      `startup, reopening the embedded database (process start → /ready): median ${((reopen[1] ?? 0) / 1000).toFixed(2)} s ` +
        `(runs: ${reopen.map((r) => (r / 1000).toFixed(2)).join(', ')}; budget 3 s → ${((reopen[1] ?? 0) / 3000).toFixed(2)} of budget)`,
    );
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

function benchInitialJs(): void {
  const dist = path.join(root, 'dist/web');
  if (!existsSync(path.join(dist, 'index.html'))) {
    spawnSync('npm', ['run', 'build:web'], { cwd: root, stdio: 'inherit' });
  }
  const html = readFileSync(path.join(dist, 'index.html'), 'utf8');
  const scripts = [
    ...html.matchAll(/<(?:script[^>]*src|link[^>]*rel="modulepreload"[^>]*href)="([^"]+\.js)"/g),
  ].map((m) => m[1] ?? '');
  const seen = new Set<string>();
  let total = 0;
  for (const src of scripts) {
    if (seen.has(src)) continue;
    seen.add(src);
    total += gzipSync(readFileSync(path.join(dist, src.replace(/^\//, '')))).length;
  }
  // The language's messages load before the first render, so the largest catalog counts too.
  const catalogs = readdirSync(path.join(dist, 'assets')).filter((f) => /^(sv|nb|nn|en)-[\w-]+\.js$/.test(f));
  const catalog = Math.max(
    0,
    ...catalogs.map((f) => gzipSync(readFileSync(path.join(dist, 'assets', f))).length),
  );
  total += catalog;
  const css = [...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].reduce(
    (sum, m) => sum + gzipSync(readFileSync(path.join(dist, (m[1] ?? '').replace(/^\//, '')))).length,
    0,
  );
  console.log(
    `front page JavaScript: ${(total / 1024).toFixed(1)} KB gzip in ${seen.size} file(s) and one language's messages (${(catalog / 1024).toFixed(1)} KB) (budget 200 KB → ${(total / 1024 / 200).toFixed(2)} of budget); CSS ${(css / 1024).toFixed(1)} KB gzip`,
  );
}

const only = process.argv.slice(2);
const wanted = (name: string) => only.length === 0 || only.includes(name);
if (wanted('javascript')) benchInitialJs();
if (wanted('startup')) await benchStartup();
if (wanted('search')) await benchSearch();
if (wanted('meetings')) await benchMeetings();
