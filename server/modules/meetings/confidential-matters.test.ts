import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestApp, type TestContext } from '../../../test/app.ts';
import type { Client } from '../../../test/factories.ts';
import { must } from '../../../test/matters.ts';
import { makeMeetingsWorld, movableClock } from '../../../test/meetings.ts';

// Builds a committee and a meeting through the API: seconds, more on a busy machine.
vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 });

/**
 * A confidential matter is read in full by the profession and by those called to decide it: the
 * members and substitutes of a meeting that has it on its agenda. Other politicians see only its
 * public face, and its files are "not found" to them.
 */
const time = movableClock('2026-03-02T08:00:00Z');
let ctx: TestContext;
let w: Awaited<ReturnType<typeof makeMeetingsWorld>>;
let matterId: string;
let fileId: string;
let documentId: string;
const pdf = Buffer.from('%PDF-1.7\n% test\n');

beforeAll(async () => {
  ctx = await createTestApp({}, { clock: time.clock });
  w = await makeMeetingsWorld(ctx, 'se');
  const registered = await w.readyMatter({
    title: 'Placering av barn: Kim Karlsson',
    publicTitle: 'Ärende om placering',
    description: 'Utredning om familjen Karlsson.',
    type: 'administration',
    confidential: true,
    confidentialityGround: 'OSL 26 kap. 1 §',
  });
  matterId = registered.id;
  const document = await w.secretary.client.post(w.url(`/matters/${matterId}/documents`), {
    direction: 'internal',
    documentDate: '2026-03-01',
    description: 'Utredning om Kim Karlsson',
    publicDescription: 'Utredning',
  });
  expect(document.statusCode, document.body).toBe(201);
  const file = await w.secretary.client.request({
    method: 'POST',
    url: `/api/m/${w.m.slug}/matters/${matterId}/documents/${document.json().id}/files?name=utredning.pdf`,
    headers: { 'content-type': 'application/pdf' },
    payload: pdf,
  });
  expect(file.statusCode, file.body).toBe(201);
  fileId = file.json().id;
  documentId = document.json().id;
});
afterAll(async () => ctx?.close());

async function readAs(client: Client) {
  const matter = await client.get(w.url(`/matters/${matterId}`));
  expect(matter.statusCode, matter.body).toBe(200);
  const timeline = await client.get(w.url(`/matters/${matterId}/timeline`));
  expect(timeline.statusCode, timeline.body).toBe(200);
  const file = await client.get(w.url(`/matters/${matterId}/documents/${documentId}/files/${fileId}`));
  return { matter: matter.json(), matterBody: matter.body, timelineBody: timeline.body, file };
}

function expectPublicFace(read: Awaited<ReturnType<typeof readAs>>) {
  expect(read.matter).toMatchObject({
    restricted: true,
    title: 'Ärende om placering',
    description: '',
    documents: [],
  });
  for (const body of [read.matterBody, read.timelineBody]) {
    expect(body).not.toContain('Kim Karlsson');
    expect(body).not.toContain('familjen Karlsson');
  }
  expect(read.file.statusCode).toBe(404);
}

describe('a confidential matter on a meeting’s agenda', () => {
  it('is read in full by the members and substitutes called to the meeting, and by no other politician', async () => {
    // Before it is on an agenda, a member of the committee sees only its public face.
    expectPublicFace(await readAs(w.person('b').client));

    let meeting = await w.plan('2026-03-16T17:00:00Z');
    meeting = await w.call(
      w.secretary.client,
      'post',
      w.meetingUrl(meeting, '/items'),
      { kind: 'matter', matterId },
      201,
    );
    // On the agenda of a planned meeting, no one is called yet: the notice calls them.
    expectPublicFace(await readAs(w.person('b').client));
    meeting = await w.call(w.secretary.client, 'post', w.meetingUrl(meeting, '/notice'), {
      version: meeting.version,
    });
    for (const key of ['b', 's1']) {
      const read = await readAs(w.person(key).client);
      expect(read.matter).toMatchObject({
        restricted: false,
        title: 'Placering av barn: Kim Karlsson',
        description: 'Utredning om familjen Karlsson.',
      });
      expect(read.matter.documents).toHaveLength(1);
      expect(read.file.statusCode, key).toBe(200);
      expect(read.file.rawPayload.equals(pdf)).toBe(true);
    }
    // A politician who is not called to the meeting.
    expectPublicFace(await readAs(w.politician.client));

    // A cancelled meeting calls no one.
    const cancelled = await w.secretary.client.post(w.meetingUrl(meeting, '/cancel'), {
      version: meeting.version,
      reason: 'Inställt',
    });
    expect(cancelled.statusCode, cancelled.body).toBe(200);
    expectPublicFace(await readAs(w.person('b').client));
  });

  it('is read in full until the minutes of the meeting that decided it are signed, and no longer', async () => {
    let meeting = await w.plan('2026-03-23T17:00:00Z');
    meeting = await w.call(
      w.secretary.client,
      'post',
      w.meetingUrl(meeting, '/items'),
      { kind: 'matter', matterId },
      201,
    );
    meeting = await w.call(w.secretary.client, 'post', w.meetingUrl(meeting, '/notice'), {
      version: meeting.version,
    });
    time.set('2026-03-23T17:05:00Z');
    meeting = await w.openWithAll(meeting);
    meeting = await w.call(w.secretary.client, 'put', w.meetingUrl(meeting, '/adjusters'), {
      personIds: [w.person('b').personId, w.person('d').personId],
    });
    const item = must(
      meeting.items.find((i) => i.matter?.id === matterId),
      'item',
    );
    meeting = await w.call(w.secretary.client, 'post', w.meetingUrl(meeting, `/items/${item.id}/start`), {});
    meeting = await w.call(w.secretary.client, 'post', w.meetingUrl(meeting, `/items/${item.id}/decide`), {
      method: 'acclamation',
      version: must(
        meeting.items.find((i) => i.id === item.id),
        'item',
      ).version,
    });
    meeting = await w.call(w.secretary.client, 'post', w.meetingUrl(meeting, '/close'), {
      version: meeting.version,
    });
    // Closed, the minutes still to sign: the members still read it.
    expect((await readAs(w.person('b').client)).matter).toMatchObject({ restricted: false });
    const minutes = await w.call<{ version: number }>(
      w.secretary.client,
      'get',
      w.meetingUrl(meeting, '/minutes'),
      undefined,
    );
    await w.call(w.secretary.client, 'post', w.meetingUrl(meeting, '/minutes/send-for-signing'), {
      version: minutes.version,
    });
    for (const key of ['chair', 'b', 'd']) {
      await w.call(w.person(key).client, 'post', w.meetingUrl(meeting, '/minutes/sign'), {});
    }
    expectPublicFace(await readAs(w.person('b').client));
  });
});
