import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildApp } from '../../app.ts';
import { openDatabase } from '../../db/client.ts';
import { createTestApp, type TestContext } from '../../../test/app.ts';
import { must } from '../../../test/matters.ts';
import { makeMeetingsWorld, movableClock, type MeetingJson } from '../../../test/meetings.ts';

// Each test holds whole meetings through the API: seconds each, more on a busy machine.
vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 });

const time = movableClock('2026-03-02T08:00:00Z');
let ctx: TestContext;
let w: Awaited<ReturnType<typeof makeMeetingsWorld>>;
let base: string;

type Event = { id: number; type: string; data: Record<string, unknown> };

/** A viewer of a live stream: parses server-sent events as they arrive. */
function view(url: string, headers: Record<string, string> = {}) {
  const events: Event[] = [];
  const waiters: Array<() => void> = [];
  let buffer = '';
  let request: http.ClientRequest | null = null;
  const opened = new Promise<number>((resolve, reject) => {
    request = http.get(url, { headers: { accept: 'text/event-stream', ...headers } }, (response) => {
      resolve(response.statusCode ?? 0);
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => {
        buffer += chunk;
        let end = buffer.indexOf('\n\n');
        while (end >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const field = (name: string) =>
            block
              .split('\n')
              .find((l) => l.startsWith(`${name}: `))
              ?.slice(name.length + 2);
          const id = field('id');
          if (id)
            events.push({
              id: Number(id),
              type: field('event') ?? '',
              data: JSON.parse(field('data') ?? '{}'),
            });
          end = buffer.indexOf('\n\n');
        }
        for (const wake of waiters.splice(0)) wake();
      });
    });
    request.on('error', reject);
  });
  return {
    events,
    opened,
    /** Waits until an event matches, or fails after two seconds. */
    async waitFor(match: (e: Event) => boolean, what: string): Promise<Event> {
      const deadline = Date.now() + 2000;
      for (;;) {
        const found = events.find(match);
        if (found) return found;
        if (Date.now() > deadline)
          throw new Error(`no event: ${what}; got ${events.map((e) => e.type).join(', ')}`);
        await new Promise<void>((resolve) => {
          waiters.push(resolve);
          setTimeout(resolve, 50);
        });
      }
    },
    close: () => request?.destroy(),
  };
}

const sessionHeader = (client: { cookie: string | null }) => ({ cookie: client.cookie ?? '' });

beforeAll(async () => {
  ctx = await createTestApp({}, { clock: time.clock });
  w = await makeMeetingsWorld(ctx, 'no');
  await ctx.app.listen({ port: 0, host: '127.0.0.1' });
  base = `http://127.0.0.1:${(ctx.app.server.address() as AddressInfo).port}`;
});
afterAll(async () => ctx?.close());

async function liveMeeting() {
  time.set('2026-03-02T08:00:00Z');
  const matter = await w.readyMatter({ title: 'Ny barnehage' });
  let meeting = await w.plan('2026-03-20T16:00:00Z');
  meeting = await w.call(
    w.secretary.client,
    'post',
    w.meetingUrl(meeting, '/items'),
    { kind: 'matter', matterId: matter.id },
    201,
  );
  meeting = await w.call(
    w.secretary.client,
    'post',
    w.meetingUrl(meeting, '/items'),
    { kind: 'other', title: 'Ansettelse av Kari Lukket', public: false, closingGround: 'personnel' },
    201,
  );
  meeting = await w.call(w.secretary.client, 'post', w.meetingUrl(meeting, '/notice'), {
    version: meeting.version,
  });
  time.set('2026-03-20T16:01:00Z');
  meeting = await w.openWithAll(meeting);
  const item = must(
    meeting.items.find((i) => i.matter?.id === matter.id),
    'public item',
  );
  const closed = must(
    meeting.items.find((i) => i.title.includes('Lukket')),
    'closed item',
  );
  return { meeting, item, closed };
}

describe('live events', () => {
  it('the public sees public items live; the closed item’s details reach only those entitled', async () => {
    const { meeting, item, closed } = await liveMeeting();
    const publicViewer = view(`${base}/api/m/${w.m.slug}/public/meetings/${meeting.id}/events`);
    const member = view(`${base}${w.meetingUrl(meeting, '/events')}`, sessionHeader(w.person('c').client));
    expect(await publicViewer.opened).toBe(200);
    expect(await member.opened).toBe(200);
    let m: MeetingJson = await w.call(
      w.secretary.client,
      'post',
      w.meetingUrl(meeting, `/items/${item.id}/start`),
      {},
    );
    await publicViewer.waitFor(
      (e) => e.type === 'item' && e.data['itemId'] === item.id,
      'public item started',
    );
    const main = must(
      must(
        m.items.find((i) => i.id === item.id),
        'item',
      ).proposals[0],
      'main',
    );
    m = await w.call(w.person('d').client, 'post', w.meetingUrl(meeting, `/items/${item.id}/proposals`), {
      kind: 'counter',
      text: 'Utsettes',
    });
    const other = must(
      must(
        m.items.find((i) => i.id === item.id),
        'item',
      ).proposals.find((p) => p.kind === 'counter'),
      'counter',
    );
    m = await w.call(w.secretary.client, 'post', w.meetingUrl(meeting, `/items/${item.id}/votings`), {
      method: 'roll_call',
      optionIds: [main.id, other.id],
    });
    const voting = must(
      must(
        m.items.find((i) => i.id === item.id),
        'item',
      ).votings[0],
      'voting',
    );
    for (const key of ['chair', 'b', 'c', 'd', 'e']) {
      await w.call(w.person(key).client, 'post', w.meetingUrl(meeting, `/votings/${voting.id}/votes`), {
        choice: key === 'd' ? other.id : main.id,
      });
    }
    const progress = await publicViewer.waitFor(
      (e) => e.type === 'vote_cast' && e.data['votedCount'] === 5,
      'all votes',
    );
    expect(progress.data['eligibleCount']).toBe(5);
    await w.call(w.secretary.client, 'post', w.meetingUrl(meeting, `/votings/${voting.id}/close`), {});
    const result = await publicViewer.waitFor((e) => e.type === 'voting_result', 'result');
    expect((result.data['result'] as { winner: string }).winner).toBe(main.id);
    await w.call(w.secretary.client, 'post', w.meetingUrl(meeting, `/items/${item.id}/decide`), {
      method: 'vote',
      version: must(
        (await w.get(meeting)).items.find((i) => i.id === item.id),
        'item',
      ).version,
    });

    // The closed item: the member sees who declared a conflict; the public only that the item began.
    await w.call(w.secretary.client, 'post', w.meetingUrl(meeting, `/items/${closed.id}/start`), {});
    await w.call(w.person('b').client, 'post', w.meetingUrl(meeting, `/items/${closed.id}/conflicts`), {
      reason: 'Søkeren er min datter',
    });
    await member.waitFor(
      (e) => e.type === 'conflict' && e.data['itemId'] === closed.id,
      'member sees the conflict',
    );
    await publicViewer.waitFor(
      (e) => e.type === 'item' && e.data['itemId'] === closed.id,
      'public sees the item begin',
    );
    const proposalEvents = (events: Event[]) =>
      events.filter((e) => e.type === 'proposals' && e.data['itemId'] === closed.id);
    await w.call(w.person('e').client, 'post', w.meetingUrl(meeting, `/items/${closed.id}/proposals`), {
      kind: 'counter',
      text: 'Kari Lukket ansettes ikke',
    });
    await member.waitFor(
      (e) => e.type === 'proposals' && e.data['itemId'] === closed.id,
      'member sees the proposal',
    );
    expect(proposalEvents(publicViewer.events)).toEqual([]);
    expect(JSON.stringify(publicViewer.events)).not.toContain('Lukket');
    expect(JSON.stringify(publicViewer.events)).not.toContain('datter');
    publicViewer.close();
    member.close();
  });

  it('a viewer that reconnects with the last id it saw gets every event it missed, once', async () => {
    const { meeting } = await liveMeeting();
    const url = `${base}/api/m/${w.m.slug}/public/meetings/${meeting.id}/events`;
    const first = view(url);
    await first.opened;
    await w.call(w.secretary.client, 'put', w.meetingUrl(meeting, '/attendance'), {
      personId: w.person('e').personId,
      present: false,
    });
    const seen = await first.waitFor((e) => e.type === 'attendance', 'first attendance');
    first.close();
    // While away: three changes.
    for (const [key, present] of [
      ['e', true],
      ['d', false],
      ['d', true],
    ] as const) {
      await w.call(w.secretary.client, 'put', w.meetingUrl(meeting, '/attendance'), {
        personId: w.person(key).personId,
        present,
      });
    }
    const again = view(url, { 'last-event-id': String(seen.id) });
    await again.opened;
    await again.waitFor(
      (e) =>
        e.type === 'attendance' &&
        e.data['personId'] === w.person('d').personId &&
        e.data['present'] === true,
      'the last change',
    );
    const ids = again.events.map((e) => e.id);
    expect(ids.every((id) => id > seen.id)).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    expect(
      again.events.filter((e) => e.type === 'attendance').map((e) => [e.data['personId'], e.data['present']]),
    ).toEqual([
      [w.person('e').personId, true],
      [w.person('d').personId, false],
      [w.person('d').personId, true],
    ]);
    again.close();
  });

  it('an unknown meeting is a 404 before any stream starts; the inside stream needs a sign-in', async () => {
    const missing = view(
      `${base}/api/m/${w.m.slug}/public/meetings/00000000-0000-4000-8000-000000000000/events`,
    );
    expect(await missing.opened).toBe(404);
    missing.close();
    const { meeting } = await liveMeeting();
    const anonymous = view(`${base}${w.meetingUrl(meeting, '/events')}`);
    expect(await anonymous.opened).toBe(401);
    anonymous.close();
  });
});

describe.runIf(process.env['TEST_DATABASE_URL'])(
  'live events across server instances (PostgreSQL LISTEN/NOTIFY)',
  () => {
    let second: FastifyInstance;
    let secondBase: string;
    let closeSecond: () => Promise<void>;

    beforeAll(async () => {
      const database = await openDatabase({ kind: 'postgres', url: must(ctx.databaseUrl, 'database url') });
      second = await buildApp({ config: ctx.config, database, clock: time.clock });
      await second.listen({ port: 0, host: '127.0.0.1' });
      secondBase = `http://127.0.0.1:${(second.server.address() as AddressInfo).port}`;
      closeSecond = async () => {
        await second.close();
        await database.close();
      };
    });
    afterAll(async () => closeSecond?.());

    it('a vote cast through one instance reaches a viewer connected to another', async () => {
      const { meeting } = await liveMeeting();
      const viewer = view(`${secondBase}/api/m/${w.m.slug}/public/meetings/${meeting.id}/events`);
      expect(await viewer.opened).toBe(200);
      await w.call(w.secretary.client, 'put', w.meetingUrl(meeting, '/attendance'), {
        personId: w.person('c').personId,
        present: false,
      });
      const event = await viewer.waitFor(
        (e) => e.type === 'attendance',
        'attendance through the other instance',
      );
      expect(event.data).toMatchObject({ personId: w.person('c').personId, present: false });
      viewer.close();
    });
  },
);
