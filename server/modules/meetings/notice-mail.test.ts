import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestApp, type TestContext } from '../../../test/app.ts';
import { must } from '../../../test/matters.ts';
import { makeMeetingsWorld, movableClock } from '../../../test/meetings.ts';
import { createMailer, type Mailer } from '../../mail/mailer.ts';

// Each test holds whole meetings through the API: seconds each, more on a busy machine.
vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 });

/** A real SMTP server on a free local port that keeps every message it receives. */
type Received = { to: string[]; raw: string };
let smtp: SMTPServer;
let mailer: Mailer;
const inbox: Received[] = [];
const time = movableClock('2026-04-01T08:00:00Z');
let ctx: TestContext;
let w: Awaited<ReturnType<typeof makeMeetingsWorld>>;

beforeAll(async () => {
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        inbox.push({
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString('utf8'),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  const { port } = smtp.server.address() as AddressInfo;
  mailer = must(createMailer(`smtp://127.0.0.1:${port}`, 'Samspel <noreply@samspel.test>'), 'mailer');
  ctx = await createTestApp({}, { clock: time.clock, mailer });
  w = await makeMeetingsWorld(ctx, 'se');
});
afterAll(async () => {
  mailer.close();
  await ctx?.close();
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
});

/** Decodes the quoted-printable body of a plain message well enough to read its text. */
const text = (raw: string) =>
  raw
    .replace(/=\r?\n/g, '')
    .replace(/((?:=[0-9A-F]{2})+)/g, (m) => Buffer.from(m.replaceAll('=', ''), 'hex').toString('utf8'));

const emailOf = async (key: string) => {
  const response = await w.person(key).client.get('/api/session');
  return (response.json() as { user: { email: string } }).user.email;
};

describe('the notice by e-mail', () => {
  it('calls every member and substitute with an account, in Swedish, once; a called-in substitute and a cancellation are mailed too', async () => {
    let meeting = await w.plan('2026-04-20T16:00:00Z', { name: 'Aprilsammanträdet' });
    meeting = await w.call(w.secretary.client, 'post', w.meetingUrl(meeting, '/notice'), {
      version: meeting.version,
    });
    const called = inbox.filter((m) => text(m.raw).includes('Aprilsammanträdet'));
    expect(called).toHaveLength(8);
    const chair = await emailOf('chair');
    const toChair = must(
      called.find((m) => m.to.includes(chair)),
      'mail to the chair',
    );
    expect(text(toChair.raw)).toContain('Du är kallad till Aprilsammanträdet 2026-04-20 18:00');
    expect(text(toChair.raw)).toContain(`/meetings/${meeting.id}`);

    await w.call(w.person('b').client, 'post', w.meetingUrl(meeting, '/absence'), { reason: 'Resa' });
    const sara = await emailOf('s1');
    const calledIn = inbox.filter(
      (m) => m.to.includes(sara) && text(m.raw).includes('i stället för Bo Ledamot'),
    );
    expect(calledIn).toHaveLength(1);

    const before = inbox.length;
    const cancelledMeeting = await w.call(w.secretary.client, 'post', w.meetingUrl(meeting, '/cancel'), {
      reason: 'Inga ärenden',
      version: (await w.get(meeting)).version,
    });
    expect(cancelledMeeting.state).toBe('cancelled');
    const cancelled = inbox.slice(before);
    expect(cancelled).toHaveLength(8);
    expect(text(must(cancelled[0], 'mail').raw)).toContain('är inställt: Inga ärenden');
  });
});
