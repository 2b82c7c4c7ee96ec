import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../../../test/app.ts';
import { makeMattersWorld, type MattersWorld } from '../../../test/matters.ts';
import { inProcessRunner } from '../../jobs/runner.ts';
import { createMailer, type Mailer } from '../../mail/mailer.ts';
import { sendDueReminders } from './reminders.service.ts';

/** A real SMTP server on a free local port that keeps every message it receives. */
type Received = { to: string[]; raw: string };
let smtp: SMTPServer;
let mailer: Mailer;
const inbox: Received[] = [];

let ctx: TestContext;
let w: MattersWorld;
const now = new Date('2026-11-10T10:00:00Z');

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
  const created = createMailer(`smtp://127.0.0.1:${port}`, 'Samspel <noreply@samspel.test>');
  if (!created) throw new Error('no mailer');
  mailer = created;
  ctx = await createTestApp({}, { clock: () => now });
  w = await makeMattersWorld(ctx, 'se');
});
afterAll(async () => {
  mailer.close();
  await ctx.close();
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
});

/** Decodes the quoted-printable body of a plain message well enough to read its text. */
const text = (raw: string) =>
  raw
    .replace(/=\r?\n/g, '')
    .replace(/((?:=[0-9A-F]{2})+)/g, (m) => Buffer.from(m.replaceAll('=', ''), 'hex').toString('utf8'));

describe('reminders of deadlines and assignments', () => {
  it('reaches the responsible official in the app and by e-mail once per stage, in their language', async () => {
    const overdue = await w.register({
      type: 'motion',
      receivedOn: '2025-11-07',
      title: 'Motion om belysning i parken',
    });
    const dueSoon = await w.register({ type: 'question', title: 'Fråga om bibliotekets öppettider' });
    await w.official.client.post(w.url(`/matters/${dueSoon.id}/deadlines`), {
      label: 'Svar till fullmäktige',
      dueOn: '2026-11-20',
    });
    const later = await w.register({ type: 'question', title: 'Fråga om badhuset' });
    await w.official.client.post(w.url(`/matters/${later.id}/deadlines`), {
      label: 'Svar',
      dueOn: '2027-03-01',
    });
    const secret = await w.register({
      type: 'motion',
      receivedOn: '2025-11-01',
      title: 'Hemligt namn Zorro',
      publicTitle: 'Personalärende',
      confidential: true,
      confidentialityGround: 'OSL 39 kap. 3 §',
    });

    const first = await sendDueReminders(ctx.database.db, { mailer, publicUrl: 'https://samspel.test', now });
    expect(first.notified).toBe(3);
    const mine = inbox.filter((m) => m.to.includes(w.official.user.email));
    expect(mine).toHaveLength(3);
    const bodies = mine.map((m) => text(m.raw));
    const aboutOverdue = bodies.find((b) => b.includes('Motion om belysning i parken'));
    expect(aboutOverdue).toContain('Försenat sedan 2026-11-09');
    expect(aboutOverdue).toContain('Beslut om motionen inom ett år');
    expect(aboutOverdue).toContain(`https://samspel.test/m/${w.m.slug}/matters/${overdue.id}`);
    expect(bodies.find((b) => b.includes('bibliotekets'))).toContain('Tidsfrist 2026-11-20');
    expect(bodies.some((b) => b.includes('Zorro'))).toBe(false);
    expect(bodies.some((b) => b.includes('Personalärende'))).toBe(true);
    expect(bodies.some((b) => b.includes('badhuset'))).toBe(false);

    const again = await sendDueReminders(ctx.database.db, { mailer, publicUrl: 'https://samspel.test', now });
    expect(again.notified).toBe(0);
    expect(inbox.filter((m) => m.to.includes(w.official.user.email))).toHaveLength(3);

    const listed = await w.official.client.get(w.url('/notifications'));
    expect(listed.statusCode).toBe(200);
    expect(listed.json().unread).toBe(3);
    const items = listed.json().items as Array<{
      id: string;
      message: string;
      matterId: string;
      read: boolean;
    }>;
    expect(items.find((i) => i.matterId === overdue.id)?.message).toBe(
      `Overdue since 2026-11-09: ${overdue.registryNumber} Motion om belysning i parken: Decision on the motion within one year.`,
    );
    expect(items.find((i) => i.matterId === secret.id)?.message).not.toContain('Zorro');
    const read = await w.official.client.post(w.url(`/notifications/${items[0]?.id}/read`));
    expect(read.statusCode).toBe(204);
    expect((await w.official.client.get(w.url('/notifications'))).json().unread).toBe(2);
    const othersRead = await w.secretary.client.post(w.url(`/notifications/${items[1]?.id}/read`));
    expect(othersRead.statusCode).toBe(404);
    expect((await w.secretary.client.get(w.url('/notifications'))).json().items).toEqual([]);
    expect((await ctx.app.inject({ method: 'GET', url: w.url('/notifications') })).statusCode).toBe(401);
  });

  it('reminds the head of the unit that carries out an assignment when it falls due', async () => {
    const m = await w.prepareToReady(await w.register({ responsibleBodyId: w.bodies.committee.id }));
    const decided = await w.secretary.client.post(w.url(`/matters/${m.id}/decisions`), {
      bodyId: w.bodies.committee.id,
      decidedOn: '2026-10-01',
      text: 'Uppdrag till förvaltningen.',
      assignments: [
        {
          title: 'Utred belysningen',
          commissionedBy: 'body',
          assigneeUnitId: w.bodies.department.id,
          dueOn: '2026-11-30',
        },
      ],
      version: m.version,
    });
    expect(decided.statusCode, decided.body).toBe(200);
    await sendDueReminders(ctx.database.db, { mailer, publicUrl: 'https://samspel.test', now });
    const toHead = inbox.filter((x) => x.to.includes(w.departmentHead.user.email)).map((x) => text(x.raw));
    expect(toHead.some((b) => b.includes('Uppdrag att redovisa 2026-11-30: Utred belysningen'))).toBe(true);
  });

  it('reaches people in the app only when no SMTP server is configured', async () => {
    expect(createMailer(undefined, 'x')).toBeNull();
    const w2 = await makeMattersWorld(ctx, 'no');
    await w2.register({ type: 'citizen_proposal', receivedOn: '2026-05-01' });
    const before = inbox.length;
    const result = await sendDueReminders(ctx.database.db, {
      mailer: null,
      publicUrl: 'https://samspel.test',
      now,
    });
    expect(result.notified).toBeGreaterThanOrEqual(1);
    expect(inbox.length).toBe(before);
    const listed = (await w2.official.client.get(w2.url('/notifications'))).json();
    expect(listed.items[0].message).toContain('Overdue since 2026-11-02');
  });

  it('runs as a background job in-process on the embedded database, without overlapping turns', async () => {
    let runs = 0;
    const errors: string[] = [];
    const runner = inProcessRunner((job) => errors.push(job));
    await runner.start([
      {
        name: 'count',
        everyMinutes: 60,
        run: async () => {
          runs++;
          throw new Error('fails once, and is reported');
        },
      },
    ]);
    await new Promise((resolve) => setTimeout(resolve, 50));
    await runner.stop();
    expect(runs).toBe(1);
    expect(errors).toEqual(['count']);
  });
});
