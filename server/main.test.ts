import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findFreePort } from '../test/free-port.ts';

/** The real process, as `npm start` runs it: configuration, startup and a graceful shutdown. */
let dataDir: string;
beforeAll(() => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'samspel-main-'));
});
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

function start(env: Record<string, string>): {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
} {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    env: { ...process.env, DATA_DIR: dataDir, HOST: '127.0.0.1', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, output: () => output, exited };
}

async function waitUntilReady(port: number): Promise<void> {
  for (let i = 0; i < 2400; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/ready`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('the server did not become ready');
}

describe('the server process', { timeout: 240_000 }, () => {
  it('refuses to start with a bad configuration and lists every problem', async () => {
    const server = start({ PORT: 'eighty', LOG_LEVEL: 'loud' });
    expect(await server.exited).toBe(78);
    expect(server.output()).toMatch(/PORT="eighty"/);
    expect(server.output()).toMatch(/LOG_LEVEL="loud"/);
  });

  it('keeps its embedded database to itself, finishes a request in flight when told to stop, then exits cleanly', async () => {
    const port = await findFreePort();
    const server = start({ PORT: String(port) });
    await waitUntilReady(port);
    expect(server.output()).toMatch(/loaded the demo municipalities/);

    // A second process on the same embedded database would corrupt it, so it refuses to start.
    const second = start({ PORT: String(await findFreePort()) });
    expect(await second.exited).toBe(75);
    expect(second.output()).toMatch(/in use by another Samspel process \(pid \d+\)/);

    // A sign-in whose body is still arriving when the stop signal comes.
    const body = JSON.stringify({ email: 'admin@solvik.example', password: 'samspel-demo' });
    const answer = new Promise<number>((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port,
          method: 'POST',
          path: '/api/session',
          headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
        },
        (res) => {
          res.resume();
          res.on('end', () => resolve(res.statusCode ?? 0));
        },
      );
      req.on('error', reject);
      req.write(body.slice(0, 10));
      setTimeout(() => {
        server.child.kill('SIGTERM');
        setTimeout(() => req.end(body.slice(10)), 300);
      }, 100);
    });
    expect(await answer).toBe(200);
    expect(await server.exited).toBe(0);
    expect(server.output()).toMatch(/shutting down: finishing requests in flight/);
  });
});
