import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestApp, type TestContext } from '../../../test/app.ts';
import { anonymous } from '../../../test/factories.ts';
import { must } from '../../../test/matters.ts';
import { makeMeetingsWorld, movableClock, type MeetingJson } from '../../../test/meetings.ts';

// Each test holds whole meetings through the API: seconds each, more on a busy machine.
vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 });

const time = movableClock('2026-03-02T08:00:00Z');
let ctx: TestContext;
let se: Awaited<ReturnType<typeof makeMeetingsWorld>>;
let no: Awaited<ReturnType<typeof makeMeetingsWorld>>;

beforeAll(async () => {
  ctx = await createTestApp({}, { clock: time.clock });
  se = await makeMeetingsWorld(ctx, 'se');
  no = await makeMeetingsWorld(ctx, 'no');
});
afterAll(async () => ctx?.close());

describe('a meeting from plan to posted minutes', () => {
  it('runs a Swedish committee meeting end to end and updates the matter', async () => {
    time.set('2026-03-02T08:00:00Z');
    const w = se;
    const matter = await w.readyMatter();
    let meeting = await w.plan('2026-03-16T17:00:00Z');
    expect(meeting.items.map((i) => i.kind)).toEqual([
      'opening',
      'roll_call',
      'adjusters',
      'agenda_approval',
      'delegated_decisions',
      'information',
    ]);
    // A Swedish committee meets behind closed doors unless the council allows otherwise.
    expect(meeting.items.every((i) => !i.public && i.closingGround === 'committee_default')).toBe(true);
    const candidates = await w.call<{ items: Array<{ id: string }> }>(
      w.secretary.client,
      'get',
      w.meetingUrl(meeting, '/candidates'),
      undefined,
    );
    expect(candidates.items.map((c) => c.id)).toContain(matter.id);
    meeting = await w.call(
      w.secretary.client,
      'post',
      w.meetingUrl(meeting, '/items'),
      { kind: 'matter', matterId: matter.id },
      201,
    );
    const item = must(
      meeting.items.find((i) => i.matter?.id === matter.id),
      'matter item',
    );
    expect(item.title).toBe(matter.title);

    meeting = await w.call(w.secretary.client, 'post', w.meetingUrl(meeting, '/notice'), {
      version: meeting.version,
    });
    expect(meeting.state).toBe('notified');
    expect(meeting.participants).toHaveLength(8);
    expect(
      must(
        meeting.items.find((i) => i.id === item.id),
        'item',
      ).matter?.state,
    ).toBe('scheduled');

    time.set('2026-03-16T17:05:00Z');
    meeting = await w.openWithAll(meeting);
    expect(meeting.state).toBe('in_progress');
    expect(meeting.chair?.id).toBe(w.person('chair').personId);
    expect(meeting.quorum).toMatchObject({ seats: 5, present: 5, needed: 3, met: true });
    meeting = await w.call(w.secretary.client, 'put', w.meetingUrl(meeting, '/adjusters'), {
      personIds: [w.person('b').personId, w.person('d').personId],
    });

    meeting = await w.call(
      w.person('chair').client,
      'post',
      w.meetingUrl(meeting, `/items/${item.id}/start`),
      {},
    );
    const main = must(
      must(
        meeting.items.find((i) => i.id === item.id),
        'item',
      ).proposals[0],
      'main proposal',
    );
    expect(main).toMatchObject({ kind: 'main', text: 'Motionen bifalls.' });
    time.set('2026-03-16T17:25:00Z');
    const current = must(
      meeting.items.find((i) => i.id === item.id),
      'item',
    );
    meeting = await w.call(
      w.person('chair').client,
      'post',
      w.meetingUrl(meeting, `/items/${item.id}/decide`),
      {
        method: 'acclamation',
        version: current.version,
        assignments: [
          {
            title: 'Projektera förskolan',
            commissionedBy: 'body',
            assigneePersonId: w.persons.official.id,
            dueOn: '2026-09-30',
          },
        ],
      },
    );
    const decided = must(
      meeting.items.find((i) => i.id === item.id),
      'item',
    );
    expect(decided).toMatchObject({ state: 'decided', decisionText: 'Motionen bifalls.' });
    expect(decided.matter?.state).toBe('decided');
    meeting = await w.call(w.secretary.client, 'post', w.meetingUrl(meeting, '/close'), {
      version: meeting.version,
    });
    expect(meeting.state).toBe('closed');

    type Minutes = {
      state: string;
      version: number;
      text: string;
      sections: Array<{ itemId: string; text: string }>;
      mySignature: string | null;
      signedOn: string | null;
    };
    let minutes = await w.call<Minutes>(
      w.secretary.client,
      'get',
      w.meetingUrl(meeting, '/minutes'),
      undefined,
    );
    expect(minutes.state).toBe('draft');
    expect(minutes.text).toContain('Anna Ordförande');
    minutes = await w.call<Minutes>(
      w.secretary.client,
      'post',
      w.meetingUrl(meeting, '/minutes/send-for-signing'),
      { version: minutes.version },
    );
    time.set('2026-03-18T09:00:00Z');
    for (const key of ['chair', 'b', 'd']) {
      minutes = await w.call<Minutes>(
        w.person(key).client,
        'post',
        w.meetingUrl(meeting, '/minutes/sign'),
        {},
      );
    }
    expect(minutes).toMatchObject({ state: 'signed', signedOn: '2026-03-18' });
    const after = await w.call<{ state: string; assignments: Array<{ title: string }> }>(
      w.official.client,
      'get',
      w.url(`/matters/${matter.id}`),
      undefined,
    );
    expect(after.state).toBe('in_implementation');
    expect(after.assignments.map((a) => a.title)).toEqual(['Projektera förskolan']);

    const notice = await w.call<{ deadlineOn: string; late: boolean }>(
      w.secretary.client,
      'post',
      w.meetingUrl(meeting, '/minutes/post'),
      {},
      201,
    );
    // Posted Wednesday 18 March; three weeks on is Wednesday 8 April.
    expect(notice).toMatchObject({ deadlineOn: '2026-04-08', late: false });
    const board = await anonymous(ctx).get(`/api/m/${w.m.slug}/public/notice-board`);
    expect(board.statusCode).toBe(200);
    expect((board.json() as { items: Array<{ kind: string }> }).items.map((n) => n.kind)).toEqual([
      'minutes',
    ]);
    // The meeting's notice stayed up until the meeting day, and is now in the archive.
    const archive = await anonymous(ctx).get(`/api/m/${w.m.slug}/public/notice-board?archive=true`);
    expect(
      (archive.json() as { items: Array<{ kind: string; meetingId: string }> }).items
        .filter((n) => n.meetingId === meeting.id)
        .map((n) => n.kind),
    ).toEqual(['meeting_notice']);
    const pdf = await anonymous(ctx).get(`/api/m/${w.m.slug}/public/meetings/${meeting.id}/minutes.pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.rawPayload.subarray(0, 8).toString()).toBe('%PDF-1.7');
    const html = await anonymous(ctx).get(`/api/m/${w.m.slug}/public/meetings/${meeting.id}/minutes.html`);
    expect(html.statusCode).toBe(200);
    // The committee's items were closed: the public sees the ground, not the decision.
    expect(html.body).not.toContain('Motionen bifalls.');
    expect(html.body).toContain('KL 6 kap. 25 §');
  });
});

describe('notice lead time', () => {
  const publish = async (w: typeof se, meeting: MeetingJson, body: Record<string, unknown> = {}) =>
    w.secretary.client.post(w.meetingUrl(meeting, '/notice'), { version: meeting.version, ...body });

  it('a Swedish council notice is refused six days before and accepted seven days before (KL 5 kap. 11 §)', async () => {
    time.set('2026-04-01T08:00:00Z');
    const council = await se.call<MeetingJson>(
      se.secretary.client,
      'post',
      se.url('/meetings'),
      {
        bodyId: se.bodies.council.id,
        kind: 'decision',
        name: 'Kommunfullmäktige',
        startsAt: '2026-04-08T16:00:00Z',
        endsAt: '2026-04-08T20:00:00Z',
        location: 'Stadshuset',
      },
      201,
    );
    expect(council.noticeLastDay).toBe('2026-04-01');
    time.set('2026-04-02T06:00:00Z');
    const late = await publish(se, council);
    expect(late.statusCode).toBe(422);
    expect(late.json().error.message).toContain('KL 5 kap. 11 §');
    expect((await se.get(council)).state).toBe('planned');
    time.set('2026-04-01T21:59:00Z');
    expect((await publish(se, council)).statusCode).toBe(200);
  });

  it('an urgent meeting may be called late, but only with a reason', async () => {
    time.set('2026-05-04T08:00:00Z');
    const meeting = await se.plan('2026-05-06T16:00:00Z');
    expect((await publish(se, meeting)).statusCode).toBe(422);
    expect((await publish(se, meeting, { urgent: true })).statusCode).toBe(400);
    const ok = await publish(se, meeting, { urgent: true, urgentReason: 'Beslut krävs före 10 maj.' });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().urgent).toBe(true);
  });

  it('a Norwegian committee needs seven days by default, and a budget item fourteen which urgency does not override (kommuneloven § 14-3)', async () => {
    time.set('2026-05-01T08:00:00Z');
    const meeting = await no.plan('2026-05-12T16:00:00Z');
    expect(meeting.noticeLastDay).toBe('2026-05-05');
    const budget = await no.readyMatter({ title: 'Budsjett 2027', type: 'budget_plan' });
    const withBudget = await no.call<MeetingJson>(
      no.secretary.client,
      'post',
      no.meetingUrl(meeting, '/items'),
      { kind: 'matter', matterId: budget.id },
      201,
    );
    const refused = await publish(no, withBudget, { urgent: true, urgentReason: 'Haster' });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error.message).toContain('kommuneloven § 14-3');
    const early = await no.plan('2026-05-29T16:00:00Z');
    const budget2 = await no.readyMatter({ title: 'Økonomiplan 2027–2030', type: 'budget_plan' });
    const withPlan = await no.call<MeetingJson>(
      no.secretary.client,
      'post',
      no.meetingUrl(early, '/items'),
      { kind: 'matter', matterId: budget2.id },
      201,
    );
    time.set('2026-05-15T08:00:00Z');
    expect((await publish(no, withPlan)).statusCode).toBe(200);
  });

  it('a local lead time may lengthen the law’s week, never shorten it', async () => {
    const settings = await se.call<{ version: number; noticeLeadDays: number }>(
      se.admin.client,
      'get',
      se.url(`/bodies/${se.bodies.council.id}/meeting-settings`),
      undefined,
    );
    expect(settings.noticeLeadDays).toBe(7);
    const shorter = await se.admin.client.patch(se.url(`/bodies/${se.bodies.council.id}/meeting-settings`), {
      noticeLeadDays: 6,
      version: settings.version,
    });
    expect(shorter.statusCode).toBe(422);
    expect(shorter.json().error.message).toContain('KL 5 kap. 11 §');
    const longer = await se.admin.client.patch(se.url(`/bodies/${se.bodies.council.id}/meeting-settings`), {
      noticeLeadDays: 10,
      version: settings.version,
    });
    expect(longer.statusCode, longer.body).toBe(200);
    expect(longer.json().noticeLeadDays).toBe(10);
    const stale = await se.admin.client.patch(se.url(`/bodies/${se.bodies.council.id}/meeting-settings`), {
      noticeLeadDays: 8,
      version: settings.version,
    });
    expect(stale.statusCode).toBe(409);
  });
});

describe('publicity of items', () => {
  it('closing a Norwegian item needs a ground of kommuneloven § 11-5', async () => {
    time.set('2026-06-01T08:00:00Z');
    const meeting = await no.plan('2026-06-20T16:00:00Z');
    expect(meeting.items.every((i) => i.public)).toBe(true);
    const item = must(meeting.items[5], 'information item');
    const noGround = await no.secretary.client.patch(no.meetingUrl(meeting, `/items/${item.id}`), {
      public: false,
      version: item.version,
    });
    expect(noGround.statusCode).toBe(422);
    expect(noGround.json().error.message).toContain('kommuneloven § 11-5');
    const swedishGround = await no.secretary.client.patch(no.meetingUrl(meeting, `/items/${item.id}`), {
      public: false,
      closingGround: 'committee_default',
      version: item.version,
    });
    expect(swedishGround.statusCode).toBe(422);
    const closed = await no.call<MeetingJson>(
      no.secretary.client,
      'patch',
      no.meetingUrl(meeting, `/items/${item.id}`),
      { public: false, closingGround: 'personnel', version: item.version },
    );
    expect(must(closed.items[5], 'item')).toMatchObject({ public: false, closingGround: 'personnel' });
  });

  it('an item of public authority over an individual is always closed in Sweden (KL 6 kap. 25 §)', async () => {
    const settings = await se.call<{ version: number }>(
      se.admin.client,
      'get',
      se.url(`/bodies/${se.committee.id}/meeting-settings`),
      undefined,
    );
    await se.call(se.admin.client, 'patch', se.url(`/bodies/${se.committee.id}/meeting-settings`), {
      publicMeetings: true,
      version: settings.version,
    });
    const meeting = await se.plan('2026-06-22T16:00:00Z');
    expect(meeting.items.every((i) => i.public)).toBe(true);
    const refused = await se.secretary.client.post(se.meetingUrl(meeting, '/items'), {
      kind: 'other',
      title: 'Bygglov Norrby 1:2',
      exerciseOfAuthority: true,
      public: true,
    });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error.message).toContain('KL 6 kap. 25 §');
    const added = await se.call<MeetingJson>(
      se.secretary.client,
      'post',
      se.meetingUrl(meeting, '/items'),
      { kind: 'other', title: 'Bygglov Norrby 1:2', exerciseOfAuthority: true },
      201,
    );
    expect(added.items.find((i) => i.title === 'Bygglov Norrby 1:2')).toMatchObject({
      public: false,
      closingGround: 'exercise_of_authority',
    });
    const back = await se.call<{ version: number }>(
      se.admin.client,
      'get',
      se.url(`/bodies/${se.committee.id}/meeting-settings`),
      undefined,
    );
    await se.call(se.admin.client, 'patch', se.url(`/bodies/${se.committee.id}/meeting-settings`), {
      publicMeetings: false,
      version: back.version,
    });
  });
});

describe('absence and substitutes', () => {
  it('a member reporting absence calls the next substitute of the same list, who is told', async () => {
    time.set('2026-08-03T08:00:00Z');
    let meeting = await se.plan('2026-08-24T16:00:00Z');
    meeting = await se.call(se.secretary.client, 'post', se.meetingUrl(meeting, '/notice'), {
      version: meeting.version,
    });
    meeting = await se.call(se.person('b').client, 'post', se.meetingUrl(meeting, '/absence'), {
      reason: 'Sjuk',
    });
    const sara = must(
      meeting.participants.find((p) => p.person.id === se.person('s1').personId),
      'Sara',
    );
    expect(sara).toMatchObject({ status: 'called_in', replaces: { id: se.person('b').personId } });
    const notifications = await se.call<{ items: Array<{ kind: string; meetingId: string | null }> }>(
      se.person('s1').client,
      'get',
      se.url('/notifications'),
      undefined,
    );
    expect(notifications.items.find((n) => n.kind === 'substitute_called')?.meetingId).toBe(meeting.id);
    // Sara cannot come either: the next substitute of S is called in for Bo.
    meeting = await se.call(se.person('s1').client, 'post', se.meetingUrl(meeting, '/absence'), {});
    const stig = must(
      meeting.participants.find((p) => p.person.id === se.person('s2').personId),
      'Stig',
    );
    expect(stig).toMatchObject({ status: 'called_in', replaces: { id: se.person('b').personId } });
    // A member may not report someone else's absence; the secretary may.
    expect(
      (
        await se
          .person('c')
          .client.post(se.meetingUrl(meeting, '/absence'), { personId: se.person('d').personId })
      ).statusCode,
    ).toBe(403);
    meeting = await se.call(se.secretary.client, 'post', se.meetingUrl(meeting, '/absence'), {
      personId: se.person('d').personId,
    });
    expect(meeting.participants.find((p) => p.person.id === se.person('m1').personId)?.status).toBe(
      'called_in',
    );
    const twice = await se.person('b').client.post(se.meetingUrl(meeting, '/absence'), {});
    expect(twice.statusCode).toBe(409);
  });
});

describe('calendars', () => {
  it('a body’s iCalendar feed carries its meetings, and a change raises the sequence', async () => {
    time.set('2026-09-01T08:00:00Z');
    let meeting = await se.plan('2026-09-21T16:00:00Z', { name: 'Septembersammanträdet' });
    const feed = async () =>
      (await anonymous(ctx).get(`/api/m/${se.m.slug}/public/bodies/${se.committee.id}/calendar.ics`)).body;
    const before = await feed();
    expect(before).toContain('BEGIN:VCALENDAR');
    expect(before).toContain('SUMMARY:Septembersammanträdet');
    meeting = await se.call(se.secretary.client, 'patch', se.meetingUrl(meeting), {
      location: 'Lilla salen',
      version: meeting.version,
    });
    const block = (text: string) =>
      text.split('BEGIN:VEVENT').find((e) => e.includes(`UID:${meeting.id}@samspel`)) ?? '';
    expect(block(await feed())).toContain('SEQUENCE:1');
    meeting = await se.call(se.secretary.client, 'post', se.meetingUrl(meeting, '/cancel'), {
      reason: 'Inga ärenden',
      version: meeting.version,
    });
    expect(block(await feed())).toContain('STATUS:CANCELLED');
    const personal = await anonymous(ctx).get(
      `/api/m/${se.m.slug}/public/persons/${se.person('c').personId}/calendar.ics`,
    );
    expect(personal.body).toContain(`UID:${meeting.id}@samspel`);
  });
});
