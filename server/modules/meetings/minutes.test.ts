import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestApp, type TestContext } from '../../../test/app.ts';
import { anonymous } from '../../../test/factories.ts';
import { must } from '../../../test/matters.ts';
import { makeMeetingsWorld, movableClock, type MeetingJson } from '../../../test/meetings.ts';

// Each test holds whole meetings through the API: seconds each, more on a busy machine.
vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 });

const time = movableClock('2026-01-05T08:00:00Z');
let ctx: TestContext;
let se: Awaited<ReturnType<typeof makeMeetingsWorld>>;
let no: Awaited<ReturnType<typeof makeMeetingsWorld>>;

beforeAll(async () => {
  ctx = await createTestApp({}, { clock: time.clock });
  se = await makeMeetingsWorld(ctx, 'se');
  no = await makeMeetingsWorld(ctx, 'no');
});
afterAll(async () => ctx?.close());

type World = typeof se;
type Minutes = {
  state: string;
  approval: string;
  approvedAt: { meetingId: string } | null;
  version: number;
  text: string;
  preamble: string;
  sections: Array<{ itemId: string; text: string }>;
  revisions: Array<{ version: number; editedBy: string }>;
  signers: Array<{ person: { id: string }; role: string; signedAt: string | null }>;
  mySignature: string | null;
  signedOn: string | null;
  overdue: boolean;
  dueOn: string;
};

/**
 * Holds a committee meeting on the given day: a matter decided with an assignment (by acclamation,
 * or as the caller decides), a reservation or note, adjusters named, and the meeting closed.
 */
async function heldMeeting(
  w: World,
  startsAt: string,
  options: { publicItems?: boolean; before?: (m: MeetingJson, itemId: string) => Promise<void> } = {},
) {
  const start = new Date(startsAt);
  time.set(new Date(start.getTime() - 14 * 86_400_000).toISOString());
  if (options.publicItems) {
    const s = await w.call<{ version: number }>(
      w.admin.client,
      'get',
      w.url(`/bodies/${w.committee.id}/meeting-settings`),
      undefined,
    );
    await w.call(w.admin.client, 'patch', w.url(`/bodies/${w.committee.id}/meeting-settings`), {
      publicMeetings: true,
      version: s.version,
    });
  }
  const matter = await w.readyMatter({ title: `Detaljplan ${startsAt.slice(0, 10)}`, nature: 'strategic' });
  let meeting = await w.plan(startsAt);
  meeting = await w.call(
    w.secretary.client,
    'post',
    w.meetingUrl(meeting, '/items'),
    { kind: 'matter', matterId: matter.id },
    201,
  );
  meeting = await w.call(w.secretary.client, 'post', w.meetingUrl(meeting, '/notice'), {
    version: meeting.version,
  });
  time.set(start.toISOString());
  meeting = await w.openWithAll(meeting);
  meeting = await w.call(w.secretary.client, 'put', w.meetingUrl(meeting, '/adjusters'), {
    personIds: [w.person('b').personId, w.person('d').personId],
  });
  const item = must(
    meeting.items.find((i) => i.matter?.id === matter.id),
    'item',
  );
  meeting = await w.call(w.secretary.client, 'post', w.meetingUrl(meeting, `/items/${item.id}/start`), {});
  time.set(new Date(start.getTime() + 40 * 60_000).toISOString());
  await options.before?.(meeting, item.id);
  const current = must(
    (await w.get(meeting)).items.find((i) => i.id === item.id),
    'item',
  );
  meeting = await w.call(w.secretary.client, 'post', w.meetingUrl(meeting, `/items/${item.id}/decide`), {
    method: 'acclamation',
    version: current.version,
    assignments: [
      {
        title: 'Ta fram planhandlingar',
        commissionedBy: 'body',
        assigneePersonId: w.persons.official.id,
        dueOn: '2026-12-31',
      },
    ],
  });
  const protocolNote = await w.call(
    w.person('e').client,
    'post',
    w.meetingUrl(meeting, `/items/${item.id}/statements`),
    {
      kind: w.m.jurisdiction === 'se' ? 'reservation' : 'protocol_note',
    },
  );
  time.set(new Date(start.getTime() + 60 * 60_000).toISOString());
  meeting = await w.call(w.secretary.client, 'post', w.meetingUrl(meeting, '/close'), {
    version: protocolNote.version,
  });
  return { meeting, item, matter };
}

const minutesOf = (w: World, meeting: { id: string }, client = w.secretary.client) =>
  w.call<Minutes>(client, 'get', w.meetingUrl(meeting, '/minutes'), undefined);

describe('editing the minutes', () => {
  it('two secretaries editing at once: the second is refused with the current version and nothing is lost', async () => {
    const { meeting, item } = await heldMeeting(se, '2026-01-19T16:00:00Z');
    const first = await minutesOf(se, meeting);
    expect(first.state).toBe('draft');
    expect(first.dueOn).toBe('2026-02-02');
    const a = await se.call<Minutes>(se.secretary.client, 'put', se.meetingUrl(meeting, '/minutes'), {
      sections: { [item.id]: 'Nämnden beslutade enligt förslaget. Texten justerad av sekreterare A.' },
      version: first.version,
    });
    const b = await se.secretary.client.put(se.meetingUrl(meeting, '/minutes'), {
      preamble: 'Sekreterare B:s ingress',
      version: first.version,
    });
    expect(b.statusCode).toBe(409);
    expect(b.json().error.details).toMatchObject({ currentVersion: a.version });
    const now = await minutesOf(se, meeting);
    expect(now.sections.find((s) => s.itemId === item.id)?.text).toContain('sekreterare A');
    expect(now.preamble).not.toContain('Sekreterare B');
    // Every edit is kept: the generated draft and A's edit.
    expect(now.revisions.map((r) => r.version)).toEqual([first.version, a.version]);
    const audit = await se.call<{ items: Array<{ action: string }> }>(
      se.admin.client,
      'get',
      se.url('/audit'),
      undefined,
    );
    expect(audit.items.some((e) => e.action === 'minutes.edit')).toBe(true);
    // Only the secretary edits; the text is fixed once sent for signing.
    expect(
      (
        await se
          .person('chair')
          .client.put(se.meetingUrl(meeting, '/minutes'), { preamble: 'x', version: a.version })
      ).statusCode,
    ).toBe(403);
    const sent = await se.call<Minutes>(
      se.secretary.client,
      'post',
      se.meetingUrl(meeting, '/minutes/send-for-signing'),
      { version: a.version },
    );
    expect(sent.state).toBe('signing');
    expect(
      (
        await se.secretary.client.put(se.meetingUrl(meeting, '/minutes'), {
          preamble: 'late',
          version: sent.version,
        })
      ).statusCode,
    ).toBe(409);
  });

  it('the minutes record attendance, the decision, the assignment and the reservation', async () => {
    const { meeting, item } = await heldMeeting(se, '2026-01-26T16:00:00Z');
    const minutes = await minutesOf(se, meeting);
    expect(minutes.preamble).toContain('Beslutande ledamöter');
    expect(minutes.preamble).toContain('Justerare: Bo Ledamot, David Ledamot');
    const section = must(
      minutes.sections.find((s) => s.itemId === item.id),
      'section',
    ).text;
    expect(section).toContain('Motionen bifalls.');
    expect(section).toContain('Uppdrag: Ta fram planhandlingar, att redovisa senast 2026-12-31');
    expect(section).toContain('Eva Ledamot reserverade sig');
  });
});

describe('signing', () => {
  it('the chair and both adjusters sign; the extract then creates the assignment and moves the matter into implementation', async () => {
    const { meeting, matter } = await heldMeeting(se, '2026-02-09T16:00:00Z');
    let minutes = await minutesOf(se, meeting);
    // Signing waits for the secretary to send the minutes.
    expect(
      (await se.person('chair').client.post(se.meetingUrl(meeting, '/minutes/sign'), {})).statusCode,
    ).toBe(409);
    minutes = await se.call<Minutes>(
      se.secretary.client,
      'post',
      se.meetingUrl(meeting, '/minutes/send-for-signing'),
      { version: minutes.version },
    );
    expect(minutes.signers.map((s) => s.role)).toEqual(['chair', 'adjuster', 'adjuster']);
    // Someone who is not a signer cannot sign.
    expect((await se.person('c').client.post(se.meetingUrl(meeting, '/minutes/sign'), {})).statusCode).toBe(
      403,
    );
    time.set('2026-02-11T09:00:00Z');
    const signed = await se.call<Minutes>(
      se.person('chair').client,
      'post',
      se.meetingUrl(meeting, '/minutes/sign'),
      {},
    );
    expect(signed.signers.find((s) => s.role === 'chair')?.signedAt).not.toBeNull();
    expect(
      (await se.person('chair').client.post(se.meetingUrl(meeting, '/minutes/sign'), {})).statusCode,
    ).toBe(409);
    minutes = await se.call<Minutes>(
      se.person('b').client,
      'post',
      se.meetingUrl(meeting, '/minutes/sign'),
      {},
    );
    expect(minutes.state).toBe('signing');
    const before = await se.call<{ state: string }>(
      se.official.client,
      'get',
      se.url(`/matters/${matter.id}`),
      undefined,
    );
    expect(before.state).toBe('decided');
    minutes = await se.call<Minutes>(
      se.person('d').client,
      'post',
      se.meetingUrl(meeting, '/minutes/sign'),
      {},
    );
    expect(minutes).toMatchObject({ state: 'signed', signedOn: '2026-02-11' });
    const after = await se.call<{ state: string; assignments: Array<{ title: string }> }>(
      se.official.client,
      'get',
      se.url(`/matters/${matter.id}`),
      undefined,
    );
    expect(after.state).toBe('in_implementation');
    expect(after.assignments.map((a) => a.title)).toEqual(['Ta fram planhandlingar']);
    const told = await se.call<{ items: Array<{ kind: string; meetingId: string | null }> }>(
      se.official.client,
      'get',
      se.url('/notifications'),
      undefined,
    );
    expect(told.items.find((n) => n.kind === 'minutes_extract')?.meetingId).toBe(meeting.id);
  });

  it('a single item can be signed at once, and its extract goes out before the whole minutes', async () => {
    const { meeting, item, matter } = await heldMeeting(se, '2026-02-16T16:00:00Z');
    for (const key of ['chair', 'b', 'd']) {
      await se.call<Minutes>(se.person(key).client, 'post', se.meetingUrl(meeting, '/minutes/sign'), {
        itemId: item.id,
      });
    }
    const after = await se.call<{ state: string }>(
      se.official.client,
      'get',
      se.url(`/matters/${matter.id}`),
      undefined,
    );
    expect(after.state).toBe('in_implementation');
    const minutes = await minutesOf(se, meeting);
    expect(minutes.state).toBe('draft');
    const extract = await se.secretary.client.get(se.meetingUrl(meeting, `/items/${item.id}/extract.html`));
    expect(extract.statusCode).toBe(200);
    expect(extract.body).toContain('Protokollsutdrag');
    expect(extract.body).toContain('Anna Ordförande, ordförande: justerat');
  });

  it('minutes not signed within 14 days are flagged overdue (KL 5 kap. 69 §)', async () => {
    const { meeting } = await heldMeeting(se, '2026-02-23T16:00:00Z');
    time.set('2026-03-09T10:00:00Z');
    expect((await minutesOf(se, meeting)).overdue).toBe(false);
    time.set('2026-03-10T10:00:00Z');
    expect((await minutesOf(se, meeting)).overdue).toBe(true);
  });

  it('a reservation’s reasons can be written until the minutes are signed, and are part of them', async () => {
    const { meeting, item } = await heldMeeting(se, '2026-03-02T16:00:00Z');
    const statement = must(
      must(
        (await se.get(meeting)).items.find((i) => i.id === item.id),
        'item',
      ).statements[0],
      'reservation',
    );
    const written = await se.call<MeetingJson>(
      se.person('e').client,
      'patch',
      se.meetingUrl(meeting, `/statements/${statement.id}`),
      { text: 'Planen tar jordbruksmark i anspråk.', version: statement.version },
    );
    const updated = must(
      must(
        written.items.find((i) => i.id === item.id),
        'item',
      ).statements[0],
      'reservation',
    );
    expect(
      (
        await se.person('d').client.patch(se.meetingUrl(meeting, `/statements/${statement.id}`), {
          text: 'x',
          version: updated.version,
        })
      ).statusCode,
    ).toBe(403);
    // Out for signing, the reasons may still be written (before justering).
    const sent = await se.call<MeetingJson>(
      se.person('e').client,
      'patch',
      se.meetingUrl(meeting, `/statements/${statement.id}`),
      { text: 'Planen tar jordbruksmark i anspråk.', version: updated.version },
    );
    expect(sent.items.length).toBeGreaterThan(0);
    const minutes = await minutesOf(se, meeting);
    await se.call(se.secretary.client, 'post', se.meetingUrl(meeting, '/minutes/send-for-signing'), {
      version: minutes.version,
    });
    const current = must(
      must(
        (await se.get(meeting)).items.find((i) => i.id === item.id),
        'item',
      ).statements[0],
      'reservation',
    );
    const inTime = await se.call<MeetingJson>(
      se.person('e').client,
      'patch',
      se.meetingUrl(meeting, `/statements/${statement.id}`),
      { text: 'Planen tar värdefull jordbruksmark i anspråk.', version: current.version },
    );
    const latest = must(
      must(
        inTime.items.find((i) => i.id === item.id),
        'item',
      ).statements[0],
      'reservation',
    );
    // The minutes carry the reasons as their last section, in the municipality's language.
    const number = must(
      (await se.get(meeting)).items.find((i) => i.id === item.id),
      'item',
    ).number;
    expect((await minutesOf(se, meeting)).text).toContain(
      `Skriftliga reservationer och anteckningar\n${number} ${se.person('e').name} reserverade sig: Planen tar värdefull jordbruksmark i anspråk.`,
    );
    time.set('2026-03-05T09:00:00Z');
    for (const key of ['chair', 'b', 'd'])
      await se.call(se.person(key).client, 'post', se.meetingUrl(meeting, '/minutes/sign'), {});
    expect((await minutesOf(se, meeting)).state).toBe('signed');
    const late = await se.person('e').client.patch(se.meetingUrl(meeting, `/statements/${statement.id}`), {
      text: 'Senare',
      version: latest.version,
    });
    expect(late.statusCode).toBe(422);
    expect(late.json().error.message).toContain('KL 4 kap. 27 §');
    // A reservation cannot be announced after the meeting has closed.
    const after = await se
      .person('e')
      .client.post(se.meetingUrl(meeting, `/items/${item.id}/statements`), { kind: 'reservation' });
    expect(after.statusCode).toBe(422);
  });
});

async function signAll(w: World, meeting: { id: string }, signedAt: string) {
  let minutes = await minutesOf(w, meeting);
  minutes = await w.call<Minutes>(
    w.secretary.client,
    'post',
    w.meetingUrl(meeting, '/minutes/send-for-signing'),
    { version: minutes.version },
  );
  time.set(signedAt);
  for (const key of ['chair', 'b', 'd'])
    minutes = await w.call<Minutes>(w.person(key).client, 'post', w.meetingUrl(meeting, '/minutes/sign'), {});
  return minutes;
}

describe('the notice board', () => {
  it('minutes cannot be posted before they are signed, citing KL 8 kap. 12 §', async () => {
    const { meeting } = await heldMeeting(se, '2026-03-09T16:00:00Z');
    const early = await se.secretary.client.post(se.meetingUrl(meeting, '/minutes/post'), {});
    expect(early.statusCode).toBe(422);
    expect(early.json().error.message).toContain('KL 8 kap. 12 §');
    expect(
      (await anonymous(ctx).get(`/api/m/${se.m.slug}/public/meetings/${meeting.id}/minutes.pdf`)).statusCode,
    ).toBe(404);
  });

  it('Sweden: posted on the second day after signing is on time, on the third late; the deadline rolls over midsummer', async () => {
    const { meeting } = await heldMeeting(se, '2026-05-25T16:00:00Z');
    await signAll(se, meeting, '2026-05-27T09:00:00Z');
    time.set('2026-05-30T09:00:00Z');
    expect(
      (await se.secretary.client.post(se.meetingUrl(meeting, '/minutes/post'), { postedOn: '2026-05-26' }))
        .statusCode,
    ).toBe(400);
    expect(
      (await se.secretary.client.post(se.meetingUrl(meeting, '/minutes/post'), { postedOn: '2026-05-31' }))
        .statusCode,
    ).toBe(400);
    const notice = await se.call<{ late: boolean; deadlineOn: string; deadlineSource: string }>(
      se.secretary.client,
      'post',
      se.meetingUrl(meeting, '/minutes/post'),
      { postedOn: '2026-05-30' },
      201,
    );
    // Posted Saturday 30 May, the third day after signing: late. Three weeks on is Saturday
    // 20 June, midsommardagen, so the last day is Monday 22 June.
    expect(notice).toMatchObject({ late: true, deadlineOn: '2026-06-22' });
    expect(notice.deadlineSource).toContain('KL 13 kap. 5 §');
    expect((await se.secretary.client.post(se.meetingUrl(meeting, '/minutes/post'), {})).statusCode).toBe(
      409,
    );

    const onTime = await heldMeeting(se, '2026-05-26T16:00:00Z');
    await signAll(se, onTime.meeting, '2026-05-27T09:00:00Z');
    time.set('2026-05-29T09:00:00Z');
    // Friday 29 May + 21 days = Friday 19 June, midsommarafton: moved to Monday 22 June.
    const second = await se.call<{ late: boolean; deadlineOn: string }>(
      se.secretary.client,
      'post',
      se.meetingUrl(onTime.meeting, '/minutes/post'),
      {},
      201,
    );
    expect(second).toMatchObject({ late: false, deadlineOn: '2026-06-22' });
  });

  it('a notice stays until its deadline has passed, then goes to the archive; it cannot be taken down earlier', async () => {
    const { meeting } = await heldMeeting(se, '2026-09-07T16:00:00Z');
    await signAll(se, meeting, '2026-09-08T09:00:00Z');
    const notice = await se.call<{ id: string; deadlineOn: string }>(
      se.secretary.client,
      'post',
      se.meetingUrl(meeting, '/minutes/post'),
      {},
      201,
    );
    expect(notice.deadlineOn).toBe('2026-09-29');
    time.set('2026-09-29T20:00:00Z');
    const current = await anonymous(ctx).get(`/api/m/${se.m.slug}/public/notice-board`);
    expect((current.json() as { items: Array<{ id: string }> }).items.map((n) => n.id)).toContain(notice.id);
    const refused = await se.secretary.client.delete(se.url(`/notices/${notice.id}`));
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error.message).toContain('2026-09-29');
    time.set('2026-09-30T06:00:00Z');
    const board = await anonymous(ctx).get(`/api/m/${se.m.slug}/public/notice-board`);
    expect((board.json() as { items: Array<{ id: string }> }).items.map((n) => n.id)).not.toContain(
      notice.id,
    );
    const archive = await anonymous(ctx).get(`/api/m/${se.m.slug}/public/notice-board?archive=true`);
    expect(
      (archive.json() as { items: Array<{ id: string; archived: boolean }> }).items.find(
        (n) => n.id === notice.id,
      )?.archived,
    ).toBe(true);
  });

  it('Norway: the deadline for a legality review is three weeks from the decision (kommuneloven § 27-1)', async () => {
    const { meeting } = await heldMeeting(no, '2026-04-28T16:00:00Z');
    await signAll(no, meeting, '2026-05-05T09:00:00Z');
    time.set('2026-05-06T09:00:00Z');
    const notice = await no.call<{ late: boolean; deadlineOn: string; deadlineSource: string }>(
      no.secretary.client,
      'post',
      no.meetingUrl(meeting, '/minutes/post'),
      {},
      201,
    );
    // Decided 28 April; 21 days on is Tuesday 19 May.
    expect(notice).toMatchObject({ late: false, deadlineOn: '2026-05-19' });
    expect(notice.deadlineSource).toContain('kommuneloven § 27-1');
  });

  it('the notice board is an Atom and an RSS feed', async () => {
    time.set('2026-09-10T09:00:00Z');
    const atom = await anonymous(ctx).get(`/api/m/${se.m.slug}/public/notice-board.atom`);
    expect(atom.statusCode).toBe(200);
    expect(atom.headers['content-type']).toContain('application/atom+xml');
    expect(atom.body).toContain('<feed xmlns="http://www.w3.org/2005/Atom"');
    expect(atom.body).toContain('<entry>');
    expect(atom.body).toContain('2026-09-29');
    const rss = await anonymous(ctx).get(`/api/m/${se.m.slug}/public/notice-board.rss`);
    expect(rss.body).toContain('<rss version="2.0">');
    expect(rss.body).toContain('<item>');
  });
});

describe('public minutes and confidentiality', () => {
  it('the public reads public items in full, and a closed item only by its public face', async () => {
    const { meeting, item } = await heldMeeting(no, '2026-06-09T16:00:00Z', {
      publicItems: true,
      before: async (m) => {
        const closed = await no.call<MeetingJson>(
          no.secretary.client,
          'post',
          no.meetingUrl(m, '/items'),
          {
            kind: 'other',
            title: 'Tilsetting av rådgiver Kari Hemmelig',
            public: false,
            closingGround: 'personnel',
          },
          201,
        );
        const personnel = must(
          closed.items.find((i) => i.title.includes('Hemmelig')),
          'personnel item',
        );
        await no.call(no.secretary.client, 'post', no.meetingUrl(m, `/items/${personnel.id}/conclude`), {
          outcome: 'postponed',
          reason: 'Kari Hemmelig trakk søknaden',
          version: personnel.version,
        });
      },
    });
    await signAll(no, meeting, '2026-06-12T09:00:00Z');
    const html = await anonymous(ctx).get(`/api/m/${no.m.slug}/public/meetings/${meeting.id}/minutes.html`);
    expect(html.statusCode).toBe(200);
    expect(html.body).toContain('Motionen bifalls.');
    expect(html.body).not.toContain('Hemmelig');
    expect(html.body).toContain('kommuneloven § 11-5');
    const page = await anonymous(ctx).get(`/api/m/${no.m.slug}/public/meetings/${meeting.id}`);
    expect(page.body).not.toContain('Hemmelig');
    const internal = await no.secretary.client.get(no.meetingUrl(meeting, '/minutes.html'));
    expect(internal.body).toContain('Hemmelig');
    // A politician outside the committee is not entitled to the closed item either.
    const outsider = await no.politician.client.get(no.meetingUrl(meeting));
    expect(outsider.body).not.toContain('Hemmelig');
    expect(
      must(
        (outsider.json() as MeetingJson).items.find((i) => !i.public),
        'closed',
      ).restricted,
    ).toBe(true);
    const pdf = await anonymous(ctx).get(`/api/m/${no.m.slug}/public/meetings/${meeting.id}/minutes.pdf`);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.includes(Buffer.from('pdfaid:part'))).toBe(true);
    expect(pdf.rawPayload.includes(Buffer.from('Hemmelig'))).toBe(false);
    expect(item.id).toBeTruthy();
  });
});

describe('where the time goes', () => {
  it('counts held meetings, hours and the strategic share of item time per body, and attendance per member', async () => {
    time.set('2026-10-01T09:00:00Z');
    const stats = await anonymous(ctx).get(`/api/m/${se.m.slug}/public/meeting-statistics`);
    expect(stats.statusCode).toBe(200);
    const body = stats.json() as {
      bodies: Array<{
        body: { id: string };
        meetings: number;
        hours: number;
        strategicMinutes: number;
        operationalMinutes: number;
        strategicShare: number | null;
      }>;
      members: Array<{ person: { id: string }; attended: number; of: number }>;
    };
    const committee = must(
      body.bodies.find((b) => b.body.id === se.committee.id),
      'committee',
    );
    expect(committee.meetings).toBeGreaterThanOrEqual(8);
    // Every item was a strategic matter, handled for forty minutes.
    expect(committee.strategicShare).toBe(1);
    expect(committee.strategicMinutes).toBe(40 * committee.meetings);
    expect(committee.hours).toBe(committee.meetings);
    const chair = must(
      body.members.find((m) => m.person.id === se.person('chair').personId),
      'chair',
    );
    expect(chair.attended).toBe(chair.of);
  });
});

describe('approval at the next meeting', () => {
  const settingsOf = (w: World) => w.url(`/bodies/${w.committee.id}/meeting-settings`);
  const setApproval = async (w: World, minutesApproval: string) => {
    const current = await w.call<{ version: number }>(w.admin.client, 'get', settingsOf(w), undefined);
    return w.admin.client.patch(settingsOf(w), { minutesApproval, version: current.version });
  };

  it('Sweden refuses it: the chair and the adjusters sign (KL 5 kap. 69 §)', async () => {
    const refused = await setApproval(se, 'next_meeting');
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error.message).toContain('KL 5 kap. 69 §');
  });

  it('Norway, by the body’s rules: no one signs; the approval goes on the next agenda, is decided there, and the extracts go out', async () => {
    expect((await setApproval(no, 'next_meeting')).statusCode).toBe(200);
    try {
      const { meeting: first, matter } = await heldMeeting(no, '2026-09-07T16:00:00Z');
      // The next meeting is planned before the minutes are done; no one is elected to sign.
      time.set('2026-09-08T09:00:00Z');
      let next = await no.plan('2026-09-21T16:00:00Z');
      expect(next.items.map((i) => i.kind)).not.toContain('adjusters');
      expect(next.items.map((i) => i.kind)).not.toContain('minutes_approval');
      let minutes = await minutesOf(no, first);
      minutes = await no.call<Minutes>(
        no.secretary.client,
        'post',
        no.meetingUrl(first, '/minutes/send-for-signing'),
        { version: minutes.version },
      );
      expect(minutes).toMatchObject({
        state: 'signing',
        approval: 'next_meeting',
        signers: [],
        approvedAt: { meetingId: next.id },
      });
      const signing = await no.person('chair').client.post(no.meetingUrl(first, '/minutes/sign'), {});
      expect(signing.statusCode).toBe(409);
      next = await no.get(next);
      const kinds = next.items.map((i) => i.kind);
      expect(kinds.indexOf('minutes_approval')).toBe(kinds.indexOf('agenda_approval') + 1);
      const approval = must(
        next.items.find((i) => i.kind === 'minutes_approval'),
        'approval item',
      );
      expect(approval.title).toBe('Godkjenning av protokoll fra møtet 2026-09-07');
      // Once on one agenda, a later meeting does not take it up again.
      const later = await no.plan('2026-10-05T16:00:00Z');
      expect(later.items.map((i) => i.kind)).not.toContain('minutes_approval');
      // The body's rules put it there: it is handled or postponed at the meeting, not removed.
      const removed = await no.secretary.client.delete(no.meetingUrl(next, `/items/${approval.id}`));
      expect(removed.statusCode).toBe(409);

      next = await no.call(no.secretary.client, 'post', no.meetingUrl(next, '/notice'), {
        version: next.version,
      });
      time.set('2026-09-21T16:01:00Z');
      next = await no.openWithAll(next);
      next = await no.call(
        no.secretary.client,
        'post',
        no.meetingUrl(next, `/items/${approval.id}/start`),
        {},
      );
      next = await no.call(no.secretary.client, 'post', no.meetingUrl(next, `/items/${approval.id}/decide`), {
        method: 'acclamation',
        version: must(
          next.items.find((i) => i.id === approval.id),
          'approval item',
        ).version,
      });
      expect(
        must(
          next.items.find((i) => i.id === approval.id),
          'approval item',
        ).decisionText,
      ).toBe('Protokollen godkjennes.');
      minutes = await minutesOf(no, first);
      expect(minutes).toMatchObject({ state: 'signed', signedOn: '2026-09-21' });
      const after = await no.call<{ state: string }>(
        no.official.client,
        'get',
        no.url(`/matters/${matter.id}`),
        undefined,
      );
      expect(after.state).toBe('in_implementation');
      // A later change of the body's rule does not change approved minutes.
      expect((await setApproval(no, 'signing')).statusCode).toBe(200);
      expect(await minutesOf(no, first)).toMatchObject({ approval: 'next_meeting', signers: [] });
    } finally {
      expect((await setApproval(no, 'signing')).statusCode).toBe(200);
    }
  });

  it('Norway: minutes whose approving meeting is cancelled go to the next one; minutes not approved go back for correction', async () => {
    expect((await setApproval(no, 'next_meeting')).statusCode).toBe(200);
    try {
      const { meeting: first } = await heldMeeting(no, '2026-11-02T16:00:00Z');
      time.set('2026-11-03T09:00:00Z');
      const cancelled = await no.plan('2026-11-16T16:00:00Z');
      let next = await no.plan('2026-11-30T16:00:00Z');
      let minutes = await minutesOf(no, first);
      minutes = await no.call<Minutes>(
        no.secretary.client,
        'post',
        no.meetingUrl(first, '/minutes/send-for-signing'),
        { version: minutes.version },
      );
      expect(minutes.approvedAt?.meetingId).toBe(cancelled.id);
      const current = await no.get(cancelled);
      await no.call(no.secretary.client, 'post', no.meetingUrl(cancelled, '/cancel'), {
        reason: 'Ingen saker',
        version: current.version,
      });
      expect((await minutesOf(no, first)).approvedAt?.meetingId).toBe(next.id);
      next = await no.get(next);
      const approval = must(
        next.items.find((i) => i.kind === 'minutes_approval'),
        'approval item',
      );
      next = await no.call(no.secretary.client, 'post', no.meetingUrl(next, '/notice'), {
        version: next.version,
      });
      time.set('2026-11-30T16:01:00Z');
      next = await no.openWithAll(next);
      next = await no.call(
        no.secretary.client,
        'post',
        no.meetingUrl(next, `/items/${approval.id}/start`),
        {},
      );
      next = await no.call(no.secretary.client, 'post', no.meetingUrl(next, `/items/${approval.id}/decide`), {
        method: 'acclamation',
        minutesApproved: false,
        version: must(
          next.items.find((i) => i.id === approval.id),
          'approval item',
        ).version,
      });
      expect(
        must(
          next.items.find((i) => i.id === approval.id),
          'approval item',
        ).decisionText,
      ).toBe('Protokollen godkjennes ikke slik den foreligger og sendes tilbake for retting.');
      expect(await minutesOf(no, first)).toMatchObject({ state: 'draft', signedOn: null });
    } finally {
      expect((await setApproval(no, 'signing')).statusCode).toBe(200);
    }
  });
});
