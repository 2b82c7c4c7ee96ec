/**
 * The live-meeting benchmark's viewers: a child process of bench/meetings.ts that holds thousands
 * of public server-sent event streams on raw sockets, so that reading them costs as little as
 * possible and does not share an event loop with the members' votes.
 *
 * Commands arrive on stdin and answers leave on stdout, one JSON object a line:
 * - `{ cmd: 'connect', port, path, count, addresses, concurrency }` opens the streams, spread over
 *   the client addresses (the server limits public requests per address); answers when each has
 *   received its `retry:` line, or failed.
 * - `{ cmd: 'arm', votes }` starts a round: forgets what was seen and counts anew.
 * - `{ cmd: 'wait', timeoutMs }` answers when every live stream has received `voting_result`, or
 *   at the timeout, with when each stream saw all `votes` vote_cast events and the result.
 * - `{ cmd: 'close' }` closes every stream and exits.
 * Times are CLOCK_MONOTONIC milliseconds (process.hrtime), the same clock in every process.
 */
import net from 'node:net';
import { createInterface } from 'node:readline';

const now = () => Number(process.hrtime.bigint()) / 1e6;

const VOTE = Buffer.from('event: vote_cast\n');
const RESULT = Buffer.from('event: voting_result\n');
const RETRY = Buffer.from('retry:');
/** Long enough to hold either marker, for the rare read that splits one. */
const TAIL = RESULT.length;
const shared = Buffer.alloc(65536);

type Command =
  | {
      cmd: 'connect';
      port: number;
      path: string;
      count: number;
      addresses: string[];
      concurrency: number;
    }
  | { cmd: 'arm'; votes: number }
  | { cmd: 'wait'; timeoutMs: number }
  | { cmd: 'close' };

const sockets: net.Socket[] = [];
let live: Uint8Array = new Uint8Array(0);
let liveCount = 0;
let votesSeen: Uint16Array = new Uint16Array(0);
let allVotesAt: Float64Array = new Float64Array(0);
let resultAt: Float64Array = new Float64Array(0);
let expectedVotes = 0;
let resultCount = 0;
let armed = false;
let onAllResults: (() => void) | null = null;
const failures = new Map<string, number>();

function reply(message: Record<string, unknown>): void {
  process.stdout.write(`${JSON.stringify(message)}\n`);
}

function fail(reason: string): void {
  failures.set(reason, (failures.get(reason) ?? 0) + 1);
}

function countOf(chunk: Buffer, needle: Buffer): number {
  let n = 0;
  for (let at = chunk.indexOf(needle); at !== -1; at = chunk.indexOf(needle, at + needle.length)) n++;
  return n;
}

/** Reads one stream: waits for the status line and the first `retry:`, then counts the round's events. */
function open(
  i: number,
  port: number,
  request: Buffer,
  localAddress: string,
  settle: (ok: boolean) => void,
): void {
  // Reads land in one shared buffer and come straight to `read`, without a Buffer or a stream
  // event per read: each read is handled before the next one is made.
  const socket = net.connect({
    host: '127.0.0.1',
    port,
    localAddress,
    onread: {
      buffer: shared,
      callback: (n: number) => {
        read(shared.subarray(0, n));
        return true;
      },
    },
  });
  sockets[i] = socket;
  let statusOk = false;
  let connected = false;
  let settled = false;
  // The end of the previous read, kept only when it did not end an event (a split read).
  let tail: Buffer | null = null;
  const done = (ok: boolean, reason?: string) => {
    if (settled) return;
    settled = true;
    if (!ok && reason) fail(reason);
    settle(ok);
  };
  socket.setNoDelay(true);
  socket.on('connect', () => socket.write(request));
  const read = (chunk: Buffer) => {
    if (!connected) {
      if (!statusOk) {
        if (!chunk.subarray(0, 12).toString('latin1').startsWith('HTTP/1.1 200')) {
          done(false, `HTTP ${chunk.subarray(9, 12).toString('latin1')}`);
          socket.destroy();
          return;
        }
        statusOk = true;
      }
      if (chunk.indexOf(RETRY) === -1) return;
      connected = true;
      live[i] = 1;
      liveCount++;
      done(true);
      return;
    }
    if (!armed) return;
    let votes = countOf(chunk, VOTE);
    let result = chunk.indexOf(RESULT) !== -1;
    if (tail) {
      const seam = Buffer.concat([tail, chunk.subarray(0, TAIL)]);
      votes += countOf(seam, VOTE);
      result ||= seam.indexOf(RESULT) !== -1;
      tail = null;
    }
    if (chunk[chunk.length - 1] !== 0x0a) tail = Buffer.from(chunk.subarray(-TAIL));
    if (votes > 0) {
      const before = votesSeen[i] ?? 0;
      votesSeen[i] = before + votes;
      if (before < expectedVotes && before + votes >= expectedVotes) {
        allVotesAt[i] = now();
      }
    }
    if (result && resultAt[i] === 0) {
      resultAt[i] = now();
      resultCount++;
      if (resultCount === liveCount) onAllResults?.();
    }
  };
  socket.on('error', (error: NodeJS.ErrnoException) => done(false, error.code ?? error.message));
  socket.on('close', () => {
    if (live[i]) {
      live[i] = 0;
      liveCount--;
      fail('closed by the server');
      if (armed && resultAt[i] === 0 && resultCount === liveCount) onAllResults?.();
    }
    done(false, 'closed before the stream started');
  });
}

async function connect(command: Extract<Command, { cmd: 'connect' }>): Promise<void> {
  const started = now();
  const request = Buffer.from(
    `GET ${command.path} HTTP/1.1\r\nHost: 127.0.0.1:${command.port}\r\nAccept: text/event-stream\r\n` +
      `User-Agent: samspel-bench\r\n\r\n`,
  );
  const first = sockets.length;
  const total = first + command.count;
  const grow = <T extends Uint8Array | Uint16Array | Float64Array>(a: T, make: (n: number) => T): T => {
    const b = make(total);
    b.set(a);
    return b;
  };
  live = grow(live, (n) => new Uint8Array(n));
  votesSeen = grow(votesSeen, (n) => new Uint16Array(n));
  allVotesAt = grow(allVotesAt, (n) => new Float64Array(n));
  resultAt = grow(resultAt, (n) => new Float64Array(n));
  let next = first;
  let ok = 0;
  let failed = 0;
  const perAddress = Math.ceil(command.count / command.addresses.length);
  await new Promise<void>((resolve) => {
    let inFlight = 0;
    const pump = () => {
      while (inFlight < command.concurrency && next < total) {
        const i = next++;
        inFlight++;
        const address = command.addresses[Math.floor((i - first) / perAddress)] ?? '127.0.0.1';
        open(i, command.port, request, address, (success) => {
          inFlight--;
          if (success) ok++;
          else failed++;
          if (ok + failed === command.count) resolve();
          else pump();
        });
      }
    };
    pump();
  });
  reply({
    type: 'connected',
    ok,
    failed,
    live: liveCount,
    ms: now() - started,
    failures: Object.fromEntries(failures),
  });
}

function arm(votes: number): void {
  votesSeen.fill(0);
  allVotesAt.fill(0);
  resultAt.fill(0);
  expectedVotes = votes;
  resultCount = 0;
  failures.clear();
  armed = true;
  reply({ type: 'armed', live: liveCount });
}

function percentile(sorted: Float64Array, p: number): number {
  return sorted.length === 0
    ? NaN
    : (sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] ?? NaN);
}

async function wait(timeoutMs: number): Promise<void> {
  if (resultCount < liveCount) {
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, timeoutMs);
      onAllResults = () => {
        clearTimeout(timer);
        resolve();
      };
    });
    onAllResults = null;
  }
  armed = false;
  const results = resultAt.filter((t) => t > 0).sort();
  const votes = allVotesAt.filter((t) => t > 0).sort();
  const usage = process.cpuUsage();
  reply({
    type: 'round',
    live: liveCount,
    results: results.length,
    firstResultAt: results[0] ?? null,
    medianResultAt: percentile(results, 0.5),
    lastResultAt: results[results.length - 1] ?? null,
    allVotes: votes.length,
    lastAllVotesAt: votes[votes.length - 1] ?? null,
    failures: Object.fromEntries(failures),
    cpuMs: (usage.user + usage.system) / 1000,
  });
}

const input = createInterface({ input: process.stdin });
input.on('line', (line) => {
  const command = JSON.parse(line) as Command;
  if (command.cmd === 'connect') void connect(command);
  else if (command.cmd === 'arm') arm(command.votes);
  else if (command.cmd === 'wait') void wait(command.timeoutMs);
  else {
    for (const socket of sockets) socket.destroy();
    reply({ type: 'closed' });
    input.close();
    process.exitCode = 0;
    setImmediate(() => process.exit(0));
  }
});
input.on('close', () => {
  for (const socket of sockets) socket?.destroy();
});
