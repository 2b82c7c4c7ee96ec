import type { ServerResponse } from 'node:http';
import { sql } from 'drizzle-orm';
import type { LiveEventType } from '../../../common/meetings.ts';
import type { Database, Db, DbOrTx, Unlisten } from '../../db/client.ts';
import * as repo from './meetings.repository.ts';

/**
 * Live meeting events. A service appends an event in its own transaction; the row is the record,
 * and a NOTIFY on the channel tells every server instance after the commit (PostgreSQL LISTEN/NOTIFY;
 * the embedded database delivers its own notifications the same way). Each instance then reads the
 * new rows once per meeting and writes them to its connected viewers. A viewer that reconnects
 * sends the last id it saw and is sent everything after it, so no event is lost.
 */

export const LIVE_CHANNEL = 'meeting_events';

export type Audience = 'public' | 'internal';

/**
 * Appends a live event. The per-meeting lock, held to the commit, hands out event ids in commit
 * order, so a reader that has seen id n has seen every committed id below n.
 */
export async function appendEvent(
  tx: DbOrTx,
  event: { meetingId: string; audience: Audience; type: LiveEventType; data: Record<string, unknown> },
): Promise<void> {
  await lockMeetingEvents(tx, event.meetingId);
  await repo.insertEvent(tx, event);
  // The payload says whether the event may wait for the next batch (a vote's running count).
  const payload = `${event.meetingId}${BATCHED.has(event.type) ? ':batch' : ''}`;
  await tx.execute(sql`select pg_notify(${LIVE_CHANNEL}, ${payload})`);
}

/**
 * Takes the meeting's event lock for the rest of the transaction (re-entrant). A use-case that
 * reads what its event reports (a vote count) takes it first, so concurrent ones count each other.
 */
export async function lockMeetingEvents(tx: DbOrTx, meetingId: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`meeting:${meetingId}`}))`);
}

/** Events whose later one supersedes the earlier for the public, and that may wait a moment. */
const BATCHED: ReadonlySet<LiveEventType> = new Set(['vote_cast']);
/** How long a burst of batched events gathers before it is sent. */
const BATCH_MS = 150;

/**
 * Appends an event about an item: everyone sees it on a public item; on a closed item only the
 * entitled see the details, and the public sees `publicData` if given.
 */
export async function appendItemEvent(
  tx: DbOrTx,
  meetingId: string,
  item: { public: boolean } | null,
  type: LiveEventType,
  data: Record<string, unknown>,
  publicData?: Record<string, unknown>,
): Promise<void> {
  if (!item || item.public) {
    await appendEvent(tx, { meetingId, audience: 'public', type, data });
    return;
  }
  await appendEvent(tx, { meetingId, audience: 'internal', type, data });
  if (publicData) await appendEvent(tx, { meetingId, audience: 'public', type, data: publicData });
}

type Viewer = {
  internal: boolean;
  cursor: number;
  ready: boolean;
  write: (chunk: string) => void;
  end: () => void;
};

type MeetingFeed = {
  viewers: Set<Viewer>;
  lastId: number;
  /** Recently read events, so a viewer that finishes its replay while others are sent new ones misses none. */
  recent: repo.EventRow[];
  pulling: boolean;
  again: boolean;
  /** A pull waiting for a burst of batched events to gather. */
  timer: NodeJS.Timeout | null;
};

const RECENT = 2000;
const HEARTBEAT_MS = 25_000;

export function formatEvent(row: repo.EventRow): string {
  return `id: ${row.id}\nevent: ${row.type}\ndata: ${JSON.stringify({ ...row.data, at: row.createdAt })}\n\n`;
}

/** One per server instance: the viewers connected here, per meeting. */
export class LiveHub {
  private readonly feeds = new Map<string, MeetingFeed>();
  private unlisten: Unlisten | null = null;
  private heartbeat: NodeJS.Timeout | null = null;

  constructor(private readonly db: Db) {}

  async start(database: Database): Promise<void> {
    this.unlisten = await database.listen(
      LIVE_CHANNEL,
      (payload) => this.notified(payload),
      () => {
        for (const meetingId of this.feeds.keys()) this.pull(meetingId);
      },
    );
    this.heartbeat = setInterval(() => {
      for (const feed of this.feeds.values())
        for (const viewer of feed.viewers) viewer.write(': keep-alive\n\n');
    }, HEARTBEAT_MS);
    this.heartbeat.unref();
  }

  /** Stops listening and ends every stream, so the server can close. */
  async stop(): Promise<void> {
    if (this.heartbeat) clearInterval(this.heartbeat);
    for (const feed of this.feeds.values()) {
      if (feed.timer) clearTimeout(feed.timer);
      for (const viewer of feed.viewers) viewer.end();
    }
    this.feeds.clear();
    await this.unlisten?.();
    this.unlisten = null;
  }

  /** How many viewers are connected to this instance (for metrics and the benchmark). */
  get viewerCount(): number {
    let n = 0;
    for (const feed of this.feeds.values()) n += feed.viewers.size;
    return n;
  }

  /**
   * Connects a viewer: replays what it has not seen (after `lastEventId`, or nothing for a new
   * viewer), then sends it new events as they come. Returns the function that disconnects it.
   */
  async connect(
    meetingId: string,
    viewer: { internal: boolean; write: (chunk: string) => void; end: () => void },
    lastEventId: number | null,
  ): Promise<() => void> {
    let feed = this.feeds.get(meetingId);
    if (!feed) {
      const lastId = await repo.findLastEventId(this.db, meetingId);
      // Another viewer of the same meeting may have created the feed while we read.
      feed = this.feeds.get(meetingId) ?? {
        viewers: new Set<Viewer>(),
        lastId,
        recent: [],
        pulling: false,
        again: false,
        timer: null,
      };
      this.feeds.set(meetingId, feed);
    }
    const v: Viewer = { ...viewer, cursor: lastEventId ?? feed.lastId, ready: false };
    feed.viewers.add(v);
    if (lastEventId !== null) {
      for (;;) {
        const rows = await repo.findEventsAfter(this.db, meetingId, v.cursor);
        this.send(v, rows);
        if (rows.length < 1000) break;
      }
    }
    // Synchronously: what the feed has read meanwhile, then live.
    this.send(v, feed.recent);
    v.ready = true;
    const current = feed;
    return () => {
      current.viewers.delete(v);
      if (current.viewers.size === 0 && this.feeds.get(meetingId) === current) {
        if (current.timer) clearTimeout(current.timer);
        this.feeds.delete(meetingId);
      }
    };
  }

  private send(viewer: Viewer, rows: readonly repo.EventRow[]): void {
    let chunk = '';
    for (const row of rows) {
      if (row.id <= viewer.cursor) continue;
      viewer.cursor = row.id;
      if (row.audience === 'public' || viewer.internal) chunk += formatEvent(row);
    }
    if (chunk) viewer.write(chunk);
  }

  /** A notification: read at once, or, for a running count, after a short gathering of the burst. */
  private notified(payload: string): void {
    const [meetingId = '', kind] = payload.split(':');
    const feed = this.feeds.get(meetingId);
    if (!feed) return;
    if (kind !== 'batch') {
      this.pull(meetingId);
      return;
    }
    feed.timer ??= setTimeout(() => {
      feed.timer = null;
      this.pull(meetingId);
    }, BATCH_MS);
  }

  /** Reads the meeting's new events once and sends them to all its viewers here; coalesces bursts. */
  private pull(meetingId: string): void {
    const feed = this.feeds.get(meetingId);
    if (!feed) return;
    if (feed.timer) {
      clearTimeout(feed.timer);
      feed.timer = null;
    }
    if (feed.pulling) {
      feed.again = true;
      return;
    }
    feed.pulling = true;
    void (async () => {
      try {
        do {
          feed.again = false;
          const rows = await repo.findEventsAfter(this.db, meetingId, feed.lastId);
          if (rows.length === 0) continue;
          feed.lastId = rows[rows.length - 1]?.id ?? feed.lastId;
          feed.recent = [...feed.recent, ...rows].slice(-RECENT);
          this.broadcast(feed, rows);
          if (rows.length === 1000) feed.again = true;
        } while (feed.again);
      } catch {
        // A failed read is retried on the next notification; viewers keep their cursors.
      } finally {
        feed.pulling = false;
      }
    })();
  }

  private broadcast(feed: MeetingFeed, rows: repo.EventRow[]): void {
    // Two renderings, made once for all viewers: the public one and the full one.
    let all = '';
    let open = '';
    // The public needs only the latest running count of a round in a batch; the entitled get each
    // vote (a roll-call's names).
    const superseded = new Set<number>();
    const latest = new Map<string, number>();
    for (const row of rows) {
      if (row.audience !== 'public' || !BATCHED.has(row.type as LiveEventType)) continue;
      const key = `${row.type}:${String(row.data['votingId'] ?? row.data['itemId'] ?? '')}`;
      const earlier = latest.get(key);
      if (earlier !== undefined) superseded.add(earlier);
      latest.set(key, row.id);
    }
    for (const row of rows) {
      const text = formatEvent(row);
      all += text;
      if (row.audience === 'public' && !superseded.has(row.id)) open += text;
    }
    const first = rows[0]?.id ?? 0;
    const last = rows[rows.length - 1]?.id ?? 0;
    for (const viewer of feed.viewers) {
      if (!viewer.ready) continue;
      if (viewer.cursor < first) {
        const chunk = viewer.internal ? all : open;
        viewer.cursor = last;
        if (chunk) viewer.write(chunk);
      } else {
        this.send(viewer, rows);
      }
    }
  }
}

/** Starts a server-sent event stream on a raw response. */
export function openStream(
  raw: ServerResponse,
  headers: Record<string, string> = {},
): (chunk: string) => void {
  raw.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-cache, no-transform',
    connection: 'keep-alive',
    'x-accel-buffering': 'no',
    ...headers,
  });
  raw.write('retry: 2000\n\n');
  return (chunk) => {
    if (!raw.writableEnded) raw.write(chunk);
  };
}
