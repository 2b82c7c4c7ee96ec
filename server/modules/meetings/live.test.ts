import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestApp, type TestContext } from '../../../test/app.ts';
import { must } from '../../../test/matters.ts';
import { makeMeetingsWorld, movableClock, type MeetingJson } from '../../../test/meetings.ts';

// Each test holds whole meetings through the API: seconds each, more on a busy machine.
vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 });

const time = movableClock('2026-02-02T08:00:00Z');
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
let day = 0;

/**
 * A committee meeting with one matter, notified, opened, with the given members present and the
 * matter's item started; each call takes its own day so the meetings never meet.
 */
async function meetingWithItem(w: World, present: string[], itemFields: Record<string, unknown> = {}) {
  day += 1;
  const start = new Date(Date.UTC(2026, 2, 1 + day, 16));
  time.set(new Date(start.getTime() - 14 * 86_400_000).toISOString());
  const matter = await w.readyMatter({ title: `Ärende ${day}` });
  let meeting = await w.plan(start.toISOString());
  meeting = await w.call(
    w.secretary.client,
    'post',
    w.meetingUrl(meeting, '/items'),
    { kind: 'matter', matterId: matter.id, ...itemFields },
    201,
  );
  meeting = await w.call(w.secretary.client, 'post', w.meetingUrl(meeting, '/notice'), {
    version: meeting.version,
  });
  time.set(new Date(start.getTime() + 60_000).toISOString());
  meeting = await w.openWithAll(meeting, present);
  const item = must(
    meeting.items.find((i) => i.matter?.id === matter.id),
    'item',
  );
  meeting = await w.call(w.secretary.client, 'post', w.meetingUrl(meeting, `/items/${item.id}/start`), {});
  const started = must(
    meeting.items.find((i) => i.id === item.id),
    'item',
  );
  return { meeting, item: started, matter };
}

const itemOf = (meeting: MeetingJson, id: string) =>
  must(
    meeting.items.find((i) => i.id === id),
    'item',
  );

async function decide(w: World, meeting: MeetingJson, itemId: string, body: Record<string, unknown> = {}) {
  const item = itemOf(await w.get(meeting), itemId);
  return w.secretary.client.post(w.meetingUrl(meeting, `/items/${itemId}/decide`), {
    method: 'acclamation',
    version: item.version,
    ...body,
  });
}

async function counter(w: World, meeting: MeetingJson, itemId: string, key: string, text = 'Avslag') {
  const m = await w.call(w.person(key).client, 'post', w.meetingUrl(meeting, `/items/${itemId}/proposals`), {
    kind: 'counter',
    text,
  });
  return must(
    itemOf(m, itemId).proposals.find((p) => p.text === text),
    'counter-proposal',
  );
}

describe('quorum per item', () => {
  it('Sweden: three of five members may decide; two may not, and the refusal cites KL 6 kap. 27 §', async () => {
    const two = await meetingWithItem(se, ['chair', 'b']);
    const refused = await decide(se, two.meeting, two.item.id);
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error.message).toContain('KL 6 kap. 27 §');
    expect(itemOf(await se.get(two.meeting), two.item.id).state).toBe('in_progress');
    await se.call(se.secretary.client, 'put', se.meetingUrl(two.meeting, '/attendance'), {
      personId: se.person('c').personId,
      present: true,
    });
    const decided = await decide(se, two.meeting, two.item.id);
    expect(decided.statusCode, decided.body).toBe(200);
    expect(itemOf(decided.json(), two.item.id).quorum).toMatchObject({ counted: 3, needed: 3, met: true });
  });

  it('Sweden: a member with a conflict is left out, so three present with one conflicted is no quorum', async () => {
    const { meeting, item } = await meetingWithItem(se, ['chair', 'b', 'c']);
    await se.call(se.person('c').client, 'post', se.meetingUrl(meeting, `/items/${item.id}/conflicts`), {
      reason: 'Min make är sökande.',
    });
    const refused = await decide(se, meeting, item.id);
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error.details).toMatchObject({ counted: 2, needed: 3 });
    await se.call(se.secretary.client, 'put', se.meetingUrl(meeting, '/attendance'), {
      personId: se.person('d').personId,
      present: true,
    });
    expect((await decide(se, meeting, item.id)).statusCode).toBe(200);
  });

  it('Norway: at least half present and voting: three of five with one conflicted is not enough, four is (kommuneloven § 11-9)', async () => {
    const { meeting, item } = await meetingWithItem(no, ['chair', 'b', 'c']);
    expect(item.quorum).toMatchObject({ counted: 3, needed: 3, met: true });
    await no.call(no.person('b').client, 'post', no.meetingUrl(meeting, `/items/${item.id}/conflicts`), {
      reason: 'Styremedlem i søkerselskapet.',
    });
    const refused = await decide(no, meeting, item.id);
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error.message).toContain('kommuneloven § 11-9');
    await no.call(no.secretary.client, 'put', no.meetingUrl(meeting, '/attendance'), {
      personId: no.person('e').personId,
      present: true,
    });
    expect((await decide(no, meeting, item.id)).statusCode).toBe(200);
  });

  it('a substitute called in for an absent member counts towards the quorum', async () => {
    day += 1;
    const start = new Date(Date.UTC(2026, 2, 1 + day, 16));
    time.set(new Date(start.getTime() - 14 * 86_400_000).toISOString());
    let meeting = await se.plan(start.toISOString());
    meeting = await se.call(se.secretary.client, 'post', se.meetingUrl(meeting, '/notice'), {
      version: meeting.version,
    });
    meeting = await se.call(se.person('b').client, 'post', se.meetingUrl(meeting, '/absence'), {});
    time.set(start.toISOString());
    meeting = await se.openWithAll(meeting, ['chair', 's1']);
    expect(meeting.quorum).toMatchObject({ present: 2, met: false });
    meeting = await se.call(se.secretary.client, 'put', se.meetingUrl(meeting, '/attendance'), {
      personId: se.person('c').personId,
      present: true,
    });
    expect(meeting.quorum).toMatchObject({ present: 3, met: true });
    // A substitute who is present but not called in does not vote.
    meeting = await se.call(se.secretary.client, 'put', se.meetingUrl(meeting, '/attendance'), {
      personId: se.person('m1').personId,
      present: true,
    });
    expect(meeting.quorum?.present).toBe(3);
  });
});

describe('conflicts of interest', () => {
  const present = async (w: World, meeting: MeetingJson, key: string) =>
    w.call(w.secretary.client, 'put', w.meetingUrl(meeting, '/attendance'), {
      personId: w.person(key).personId,
      present: true,
    });
  const declare = (w: World, meeting: MeetingJson, itemId: string, key: string) =>
    w.call(w.person(key).client, 'post', w.meetingUrl(meeting, `/items/${itemId}/conflicts`), {
      reason: 'Närstående är part.',
    });

  it('Sweden: a present substitute of the member’s list sits in the conflicted member’s seat for the item, votes, and is named in the minutes', async () => {
    const { meeting, item } = await meetingWithItem(se, ['chair', 'b', 'c']);
    let m = await declare(se, meeting, item.id, 'c');
    expect(itemOf(m, item.id).quorum).toMatchObject({ counted: 2, needed: 3, met: false });
    expect(itemOf(m, item.id).standIns).toEqual([]);
    // Sara (S, first in order) arrives; Cecilia is of S.
    m = await present(se, meeting, 's1');
    expect(itemOf(m, item.id).quorum).toMatchObject({ counted: 3, met: true });
    expect(itemOf(m, item.id).standIns).toEqual([
      {
        person: { id: se.person('s1').personId, name: se.person('s1').name },
        replaces: { id: se.person('c').personId, name: se.person('c').name },
      },
    ]);
    // Only for this item: the meeting's own quorum does not count her.
    expect(m.quorum).toMatchObject({ present: 3 });
    // Cecilia leaves the room, as the conflict requires: Sara keeps the seat.
    m = await se.call(se.secretary.client, 'put', se.meetingUrl(meeting, '/attendance'), {
      personId: se.person('c').personId,
      present: false,
    });
    expect(itemOf(m, item.id).standIns.map((s) => s.person.id)).toEqual([se.person('s1').personId]);
    expect(itemOf(m, item.id).quorum).toMatchObject({ counted: 3, met: true });
    const main = must(item.proposals[0], 'main');
    const other = await counter(se, meeting, item.id, 'b');
    m = await se.call(se.secretary.client, 'post', se.meetingUrl(meeting, `/items/${item.id}/votings`), {
      method: 'roll_call',
      optionIds: [main.id, other.id],
    });
    const voting = must(itemOf(m, item.id).votings[0], 'voting');
    expect(voting.eligible.map((p) => p.id).sort()).toEqual(
      ['chair', 'b', 's1'].map((key) => se.person(key).personId).sort(),
    );
    expect(
      (
        await se.person('c').client.post(se.meetingUrl(meeting, `/votings/${voting.id}/votes`), {
          choice: main.id,
        })
      ).statusCode,
    ).toBe(422);
    for (const [key, choice] of [
      ['s1', main.id],
      ['chair', main.id],
      ['b', other.id],
    ] as const) {
      await se.call(se.person(key).client, 'post', se.meetingUrl(meeting, `/votings/${voting.id}/votes`), {
        choice,
      });
    }
    await se.call(se.secretary.client, 'post', se.meetingUrl(meeting, `/votings/${voting.id}/close`), {});
    const decided = await decide(se, meeting, item.id, { method: 'vote' });
    expect(decided.statusCode, decided.body).toBe(200);
    // Kept with the decision, whoever comes and goes afterwards.
    await se.call(se.secretary.client, 'put', se.meetingUrl(meeting, '/attendance'), {
      personId: se.person('s1').personId,
      present: false,
    });
    m = await se.get(meeting);
    expect(itemOf(m, item.id).standIns.map((s) => s.person.name)).toEqual([se.person('s1').name]);
    await se.call(se.secretary.client, 'post', se.meetingUrl(meeting, '/close'), { version: m.version });
    // The minutes are written in the municipality's language.
    const minutes = await se.call<{ sections: Array<{ itemId: string; text: string }> }>(
      se.secretary.client,
      'get',
      se.meetingUrl(meeting, '/minutes'),
      undefined,
    );
    expect(
      must(
        minutes.sections.find((x) => x.itemId === item.id),
        'section',
      ).text,
    ).toContain(
      `${se.person('s1').name} tjänstgjorde i stället för ${se.person('c').name} under paragrafen.`,
    );
  });

  it('a stand-in who has voted on the item keeps the seat when a substitute earlier in order arrives', async () => {
    const { meeting, item } = await meetingWithItem(se, ['chair', 'b', 'c']);
    await declare(se, meeting, item.id, 'c');
    let m = await present(se, meeting, 's2');
    expect(itemOf(m, item.id).standIns.map((s) => s.person.id)).toEqual([se.person('s2').personId]);
    const main = must(item.proposals[0], 'main');
    const other = await counter(se, meeting, item.id, 'b');
    await se.call(se.secretary.client, 'post', se.meetingUrl(meeting, `/items/${item.id}/votings`), {
      method: 'roll_call',
      optionIds: [main.id, other.id],
    });
    m = await present(se, meeting, 's1');
    expect(itemOf(m, item.id).standIns.map((s) => s.person.id)).toEqual([se.person('s2').personId]);
  });

  it('Sweden: with no one of the list present, the next present substitute of another list sits in; Norway: only the member’s own list', async () => {
    const sweden = await meetingWithItem(se, ['chair', 'b', 'c']);
    await declare(se, sweden.meeting, sweden.item.id, 'c');
    let m = await present(se, sweden.meeting, 'm1');
    expect(itemOf(m, sweden.item.id).standIns.map((s) => s.person.id)).toEqual([se.person('m1').personId]);
    expect(itemOf(m, sweden.item.id).quorum).toMatchObject({ counted: 3, met: true });

    const norway = await meetingWithItem(no, ['chair', 'b', 'd', 'e']);
    await no.call(
      no.person('b').client,
      'post',
      no.meetingUrl(norway.meeting, `/items/${norway.item.id}/conflicts`),
      {
        reason: 'Styremedlem i søkerselskapet.',
      },
    );
    // Maja is of M; Bo is of S: she may not sit in for him.
    m = await present(no, norway.meeting, 'm1');
    expect(itemOf(m, norway.item.id).standIns).toEqual([]);
    expect(itemOf(m, norway.item.id).quorum).toMatchObject({ counted: 3, needed: 3 });
    m = await present(no, norway.meeting, 's2');
    expect(itemOf(m, norway.item.id).standIns).toEqual([
      {
        person: { id: no.person('s2').personId, name: no.person('s2').name },
        replaces: { id: no.person('b').personId, name: no.person('b').name },
      },
    ]);
    expect(itemOf(m, norway.item.id).quorum).toMatchObject({ counted: 4 });
  });

  it('a questioned conflict is ruled by the body without the member, and blocks the decision until then', async () => {
    const { meeting, item } = await meetingWithItem(no, ['chair', 'b', 'c', 'd']);
    let m = await no.call(
      no.secretary.client,
      'post',
      no.meetingUrl(meeting, `/items/${item.id}/conflicts`),
      { personId: no.person('d').personId, reason: 'Nabo til tiltaket.' },
    );
    const conflict = must(itemOf(m, item.id).conflicts[0], 'conflict');
    expect(conflict.status).toBe('questioned');
    const blocked = await decide(no, meeting, item.id);
    expect(blocked.statusCode).toBe(422);
    expect(blocked.json().error.message).toContain('forvaltningsloven § 8');
    // The chair is the one in question here: she may not rule on her own conflict.
    const own = await no.call(
      no.secretary.client,
      'post',
      no.meetingUrl(meeting, `/items/${item.id}/conflicts`),
      { personId: no.person('chair').personId, reason: 'Søster av søker.' },
    );
    const chairConflict = must(
      itemOf(own, item.id).conflicts.find((c) => c.person.id === no.person('chair').personId),
      'chair conflict',
    );
    const selfRuling = await no
      .person('chair')
      .client.post(no.meetingUrl(meeting, `/conflicts/${chairConflict.id}/ruling`), { upheld: false });
    expect(selfRuling.statusCode).toBe(422);
    await no.call(
      no.secretary.client,
      'post',
      no.meetingUrl(meeting, `/conflicts/${chairConflict.id}/ruling`),
      { upheld: false },
    );
    m = await no.call(
      no.person('chair').client,
      'post',
      no.meetingUrl(meeting, `/conflicts/${conflict.id}/ruling`),
      { upheld: true },
    );
    expect(itemOf(m, item.id).conflicts.find((c) => c.id === conflict.id)?.status).toBe('upheld');
    expect(itemOf(m, item.id).quorum).toMatchObject({ counted: 3, conflicted: 1 });
    expect((await decide(no, meeting, item.id)).statusCode).toBe(200);
  });
});

describe('votes', () => {
  it('a roll-call vote records each member once; a second vote and a vote without a right are refused with the rule', async () => {
    const { meeting, item } = await meetingWithItem(se, ['chair', 'b', 'c', 'd']);
    const main = must(item.proposals[0], 'main');
    const other = await counter(se, meeting, item.id, 'd');
    let m = await se.call(
      se.person('chair').client,
      'post',
      se.meetingUrl(meeting, `/items/${item.id}/votings`),
      { method: 'roll_call', optionIds: [main.id, other.id] },
    );
    const voting = must(itemOf(m, item.id).votings[0], 'voting');
    expect(voting).toMatchObject({ eligibleCount: 4, open: true });
    const vote = (key: string, choice: string) =>
      se.person(key).client.post(se.meetingUrl(meeting, `/votings/${voting.id}/votes`), { choice });
    expect((await vote('b', main.id)).statusCode).toBe(200);
    const twice = await vote('b', other.id);
    expect(twice.statusCode).toBe(409);
    const absent = await vote('e', main.id);
    expect(absent.statusCode).toBe(422);
    expect(absent.json().error.message).toContain('KL 5 kap. 52–55 §§');
    expect((await vote('c', 'not-a-proposal')).statusCode).toBe(400);
    expect(
      (
        await se.secretary.client.post(se.meetingUrl(meeting, `/votings/${voting.id}/votes`), {
          choice: main.id,
        })
      ).statusCode,
    ).toBe(422);
    // Sweden allows abstaining here.
    expect((await vote('c', 'abstain')).statusCode).toBe(200);
    expect((await vote('d', other.id)).statusCode).toBe(200);
    expect((await vote('chair', main.id)).statusCode).toBe(200);
    m = await se.call(
      se.person('chair').client,
      'post',
      se.meetingUrl(meeting, `/votings/${voting.id}/close`),
      {},
    );
    const result = must(itemOf(m, item.id).votings[0]?.result, 'result');
    expect(result).toMatchObject({
      counts: { [main.id]: 2, [other.id]: 1 },
      abstentions: 1,
      winner: main.id,
      tie: false,
    });
    expect(
      itemOf(m, item.id)
        .votings[0]?.votes.map((v) => v.choice)
        .sort(),
    ).toEqual([main.id, main.id, other.id, 'abstain'].sort());
    const decided = await decide(se, meeting, item.id, { method: 'vote' });
    expect(decided.statusCode, decided.body).toBe(200);
    expect(itemOf(decided.json(), item.id).decisionText).toBe(main.text);
    // A reservation by one who voted for the losing proposal, while the meeting is on.
    const reserved = await se.call(
      se.person('d').client,
      'post',
      se.meetingUrl(meeting, `/items/${item.id}/statements`),
      { kind: 'reservation' },
    );
    expect(itemOf(reserved, item.id).statements).toHaveLength(1);
    const notThere = await se
      .person('e')
      .client.post(se.meetingUrl(meeting, `/items/${item.id}/statements`), { kind: 'reservation' });
    expect(notThere.statusCode).toBe(422);
    expect(notThere.json().error.message).toContain('KL 4 kap. 27 §');
  });

  it('the secretary and the chair record votes given aloud in a roll call; no one else, never in a secret ballot, never twice', async () => {
    const { meeting, item } = await meetingWithItem(se, ['chair', 'b', 'c', 'd']);
    const main = must(item.proposals[0], 'main');
    const other = await counter(se, meeting, item.id, 'd');
    const third = await counter(se, meeting, item.id, 'c', 'Återremiss');
    const open = (method: string, optionIds: string[]) =>
      se.call(se.secretary.client, 'post', se.meetingUrl(meeting, `/items/${item.id}/votings`), {
        method,
        optionIds,
      });
    let m = await open('roll_call', [main.id, other.id]);
    const voting = must(itemOf(m, item.id).votings[0], 'voting');
    expect(voting.eligible.map((p) => p.name).sort()).toEqual(
      ['chair', 'b', 'c', 'd'].map((key) => se.person(key).name).sort(),
    );
    const record = (
      by: { client: typeof se.secretary.client },
      key: string,
      choice: string,
      round = voting.id,
    ) =>
      by.client.post(se.meetingUrl(meeting, `/votings/${round}/votes`), {
        choice,
        personId: se.person(key).personId,
      });
    const bySecretary = await record(se.secretary, 'b', main.id);
    expect(bySecretary.statusCode, bySecretary.body).toBe(200);
    expect(bySecretary.json()).toEqual({ votedCount: 1, eligibleCount: 4 });
    expect((await record(se.person('chair'), 'c', other.id)).statusCode).toBe(200);
    // A member records only their own vote.
    expect((await record(se.person('d'), 'chair', main.id)).statusCode).toBe(403);
    // Recorded once, whoever records it: the member's own vote afterwards is refused too.
    expect((await record(se.secretary, 'b', other.id)).statusCode).toBe(409);
    const own = await se.person('b').client.post(se.meetingUrl(meeting, `/votings/${voting.id}/votes`), {
      choice: other.id,
    });
    expect(own.statusCode).toBe(409);
    // Not present: no right to vote, recorded or not.
    const absent = await record(se.secretary, 'e', main.id);
    expect(absent.statusCode).toBe(422);
    expect(absent.json().error.message).toContain('KL 5 kap. 52–55 §§');
    m = await se.get(meeting);
    expect(must(itemOf(m, item.id).votings[0], 'voting').votes.map((v) => [v.person.name, v.choice])).toEqual(
      expect.arrayContaining([
        [se.person('b').name, main.id],
        [se.person('c').name, other.id],
      ]),
    );
    const audit = (await se.admin.client.get(`/api/m/${se.m.slug}/audit`)).json().items as Array<{
      action: string;
      entityId: string;
    }>;
    expect(
      audit.filter((e) => e.action === 'meeting.vote_recorded' && e.entityId === voting.id),
    ).toHaveLength(2);

    // A secret ballot is the member's own.
    await record(se.secretary, 'd', main.id);
    await record(se.secretary, 'chair', main.id);
    await se.call(se.secretary.client, 'post', se.meetingUrl(meeting, `/votings/${voting.id}/close`), {});
    m = await open('secret', [main.id, third.id]);
    const secret = must(
      itemOf(m, item.id).votings.find((v) => v.open),
      'secret round',
    );
    const refused = await record(se.secretary, 'b', main.id, secret.id);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.message).toBe(
      'A secret ballot is cast by each member; it cannot be recorded for them.',
    );
  });

  it('a tie outside an election needs the chair’s casting vote; the chair’s own vote decides it (KL 6 kap. 33 §)', async () => {
    const { meeting, item } = await meetingWithItem(se, ['chair', 'b', 'c', 'd']);
    const main = must(item.proposals[0], 'main');
    const other = await counter(se, meeting, item.id, 'd');
    const open = async () => {
      const m = await se.call(
        se.secretary.client,
        'post',
        se.meetingUrl(meeting, `/items/${item.id}/votings`),
        { method: 'roll_call', optionIds: [main.id, other.id] },
      );
      return must(
        itemOf(m, item.id).votings.find((v) => v.open),
        'voting',
      );
    };
    const first = await open();
    const vote = (key: string, choice: string) =>
      se.call(se.person(key).client, 'post', se.meetingUrl(meeting, `/votings/${first.id}/votes`), {
        choice,
      });
    await vote('b', main.id);
    await vote('c', main.id);
    await vote('d', other.id);
    await vote('chair', 'abstain');
    // 2–1 with the chair abstaining is no tie; make it one with a second round below.
    let m = await se.call(
      se.secretary.client,
      'post',
      se.meetingUrl(meeting, `/votings/${first.id}/close`),
      {},
    );
    expect(itemOf(m, item.id).votings[0]?.result?.tie).toBe(false);
    // Withdraw nothing; a new counter-proposal against the winner, tied two against two.
    const third = await counter(se, meeting, item.id, 'b', 'Återremiss för utredning');
    m = await se.call(se.secretary.client, 'post', se.meetingUrl(meeting, `/items/${item.id}/votings`), {
      method: 'roll_call',
      optionIds: [main.id, third.id],
    });
    const second = must(
      itemOf(m, item.id).votings.find((v) => v.open),
      'second round',
    );
    const cast = (key: string, choice: string) =>
      se.call(se.person(key).client, 'post', se.meetingUrl(meeting, `/votings/${second.id}/votes`), {
        choice,
      });
    await cast('b', third.id);
    await cast('c', main.id);
    await cast('d', third.id);
    await cast('chair', 'abstain');
    // Tied 1–2? No: main 1, third 2. Make a clean tie in a third case instead.
    m = await se.call(se.secretary.client, 'post', se.meetingUrl(meeting, `/votings/${second.id}/close`), {});
    expect(itemOf(m, item.id).votings[1]?.result?.winner).toBe(third.id);

    const tied = await meetingWithItem(se, ['chair', 'b', 'c', 'd']);
    const tMain = must(tied.item.proposals[0], 'main');
    const tOther = await counter(se, tied.meeting, tied.item.id, 'd');
    m = await se.call(
      se.secretary.client,
      'post',
      se.meetingUrl(tied.meeting, `/items/${tied.item.id}/votings`),
      { method: 'roll_call', optionIds: [tMain.id, tOther.id] },
    );
    const round = must(itemOf(m, tied.item.id).votings[0], 'round');
    const tv = (key: string, choice: string) =>
      se.call(se.person(key).client, 'post', se.meetingUrl(tied.meeting, `/votings/${round.id}/votes`), {
        choice,
      });
    await tv('b', tMain.id);
    await tv('c', tOther.id);
    await tv('d', tOther.id);
    await tv('chair', tMain.id);
    // Two against two: the chair voted for the main proposal, and her vote decides.
    m = await se.call(
      se.secretary.client,
      'post',
      se.meetingUrl(tied.meeting, `/votings/${round.id}/close`),
      {},
    );
    expect(itemOf(m, tied.item.id).votings[0]?.result).toMatchObject({
      tie: true,
      tieBreak: 'chair',
      winner: tMain.id,
      tieBreakSource: 'KL 6 kap. 33 §',
    });
  });

  it('a tie where the chair abstained is refused until the casting vote is given', async () => {
    const { meeting, item } = await meetingWithItem(se, ['chair', 'b', 'c', 'd', 'e']);
    const main = must(item.proposals[0], 'main');
    const other = await counter(se, meeting, item.id, 'd');
    const m = await se.call(
      se.secretary.client,
      'post',
      se.meetingUrl(meeting, `/items/${item.id}/votings`),
      { method: 'roll_call', optionIds: [main.id, other.id] },
    );
    const round = must(itemOf(m, item.id).votings[0], 'round');
    const v = (key: string, choice: string) =>
      se.call(se.person(key).client, 'post', se.meetingUrl(meeting, `/votings/${round.id}/votes`), {
        choice,
      });
    await v('b', main.id);
    await v('c', main.id);
    await v('d', other.id);
    await v('e', other.id);
    await v('chair', 'abstain');
    const refused = await se.secretary.client.post(se.meetingUrl(meeting, `/votings/${round.id}/close`), {});
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error.message).toContain('KL 6 kap. 33 §');
    const closed = await se.call(
      se.person('chair').client,
      'post',
      se.meetingUrl(meeting, `/votings/${round.id}/close`),
      { chairChoice: other.id },
    );
    expect(itemOf(closed, item.id).votings[0]?.result).toMatchObject({
      tie: true,
      tieBreak: 'chair',
      winner: other.id,
    });
  });

  it('a tied election is decided by lot, and the logged seed re-runs the same draw', async () => {
    const { meeting, item } = await meetingWithItem(se, ['chair', 'b', 'c', 'd'], { election: true });
    const candidates = [
      await counter(se, meeting, item.id, 'b', 'Karin Karlsson'),
      await counter(se, meeting, item.id, 'd', 'Lars Larsson'),
    ];
    const [k, l] = candidates.map((c) => c.id) as [string, string];
    const m = await se.call(
      se.secretary.client,
      'post',
      se.meetingUrl(meeting, `/items/${item.id}/votings`),
      { method: 'secret', optionIds: [k, l] },
    );
    const round = must(
      itemOf(m, item.id).votings.find((v) => v.open),
      'round',
    );
    const v = (key: string, choice: string) =>
      se.call(se.person(key).client, 'post', se.meetingUrl(meeting, `/votings/${round.id}/votes`), {
        choice,
      });
    await v('b', k);
    await v('c', l);
    await v('d', l);
    await v('chair', k);
    const closed = await se.call(
      se.secretary.client,
      'post',
      se.meetingUrl(meeting, `/votings/${round.id}/close`),
      {},
    );
    const dto = must(
      itemOf(closed, item.id).votings.find((x) => x.id === round.id),
      'round',
    );
    // Secret: who voted is known, never what.
    expect(dto.votes.every((x) => x.choice === null)).toBe(true);
    const result = must(dto.result, 'result');
    expect(result).toMatchObject({ tie: true, tieBreak: 'lot', tieBreakSource: 'KL 5 kap. 55 §' });
    const lot = must(result.lot, 'lot');
    const { drawLot } = await import('./meetings.rules.ts');
    expect(drawLot(lot.seed, [k, l])).toEqual(lot.order);
    expect(result.winner).toBe(lot.order[0]);
  });

  it('Norway: members present must vote (kommuneloven § 8-1), and the result shows party tallies and split parties (§ 11-4)', async () => {
    const { meeting, item } = await meetingWithItem(no, ['chair', 'b', 'c', 'd', 'e']);
    const main = must(item.proposals[0], 'main');
    const other = await counter(no, meeting, item.id, 'd', 'Saken utsettes');
    const m = await no.call(
      no.secretary.client,
      'post',
      no.meetingUrl(meeting, `/items/${item.id}/votings`),
      { method: 'roll_call', optionIds: [main.id, other.id] },
    );
    const round = must(itemOf(m, item.id).votings[0], 'round');
    const vote = (key: string, choice: string) =>
      no.person(key).client.post(no.meetingUrl(meeting, `/votings/${round.id}/votes`), { choice });
    const blank = await vote('b', 'abstain');
    expect(blank.statusCode).toBe(422);
    expect(blank.json().error.message).toContain('kommuneloven § 8-1');
    expect((await vote('chair', main.id)).statusCode).toBe(200);
    expect((await vote('b', main.id)).statusCode).toBe(200);
    expect((await vote('c', other.id)).statusCode).toBe(200);
    expect((await vote('d', other.id)).statusCode).toBe(200);
    const early = await no.secretary.client.post(no.meetingUrl(meeting, `/votings/${round.id}/close`), {});
    expect(early.statusCode).toBe(422);
    expect(early.json().error.message).toContain('Eva Ledamot');
    expect((await vote('e', main.id)).statusCode).toBe(200);
    const closed = await no.call(
      no.secretary.client,
      'post',
      no.meetingUrl(meeting, `/votings/${round.id}/close`),
      {},
    );
    const result = must(itemOf(closed, item.id).votings[0]?.result, 'result');
    expect(result.parties).toEqual({
      S: { [main.id]: 2, [other.id]: 1 },
      M: { [other.id]: 1, [main.id]: 1 },
    });
    expect(result.splitParties.sort()).toEqual(['M', 'S']);
    await decide(no, meeting, item.id, { method: 'vote' });
    await no.call(no.secretary.client, 'post', no.meetingUrl(meeting, '/close'), {
      version: (await no.get(meeting)).version,
    });
    const minutes = await no.call<{ text: string }>(
      no.secretary.client,
      'get',
      no.meetingUrl(meeting, '/minutes'),
      undefined,
    );
    expect(minutes.text).toContain('S: Forslag 1 2, Forslag 2 1');
    expect(minutes.text).toContain('M: Forslag 1 1, Forslag 2 1');
    expect(minutes.text).toContain('Cecilia Ledamot (S): Forslag 2');
  });

  it('Sweden: no abstaining on public authority over an individual (KL 6 kap. 36 §)', async () => {
    const { meeting, item } = await meetingWithItem(se, ['chair', 'b', 'c'], { exerciseOfAuthority: true });
    const main = must(item.proposals[0], 'main');
    const other = await counter(se, meeting, item.id, 'c');
    const m = await se.call(
      se.secretary.client,
      'post',
      se.meetingUrl(meeting, `/items/${item.id}/votings`),
      { method: 'roll_call', optionIds: [main.id, other.id] },
    );
    const round = must(itemOf(m, item.id).votings[0], 'round');
    const refused = await se
      .person('b')
      .client.post(se.meetingUrl(meeting, `/votings/${round.id}/votes`), { choice: 'abstain' });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error.message).toContain('KL 6 kap. 36 §');
  });

  it('a member with a conflict on the item is not among those who may vote', async () => {
    const { meeting, item } = await meetingWithItem(se, ['chair', 'b', 'c', 'd']);
    await se.call(se.person('c').client, 'post', se.meetingUrl(meeting, `/items/${item.id}/conflicts`), {
      reason: 'Jäv',
    });
    const main = must(item.proposals[0], 'main');
    const other = await counter(se, meeting, item.id, 'd');
    const m = await se.call(
      se.secretary.client,
      'post',
      se.meetingUrl(meeting, `/items/${item.id}/votings`),
      { method: 'roll_call', optionIds: [main.id, other.id] },
    );
    const round = must(itemOf(m, item.id).votings[0], 'round');
    expect(round.eligibleCount).toBe(3);
    const refused = await se
      .person('c')
      .client.post(se.meetingUrl(meeting, `/votings/${round.id}/votes`), { choice: main.id });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error.message).toContain('KL 6 kap. 28 §');
  });

  it('deciding while two proposals stand, or while a round is open, is refused', async () => {
    const { meeting, item } = await meetingWithItem(se, ['chair', 'b', 'c']);
    const other = await counter(se, meeting, item.id, 'b');
    expect((await decide(se, meeting, item.id, { method: 'vote' })).statusCode).toBe(409);
    const main = must(item.proposals[0], 'main');
    await se.call(se.secretary.client, 'post', se.meetingUrl(meeting, `/items/${item.id}/votings`), {
      method: 'roll_call',
      optionIds: [main.id, other.id],
    });
    expect((await decide(se, meeting, item.id)).statusCode).toBe(409);
  });
});

describe('running the meeting', () => {
  it('only the chair and the secretary run it; a member may not start items or open votes', async () => {
    const { meeting, item } = await meetingWithItem(se, ['chair', 'b', 'c']);
    expect(
      (
        await se.person('b').client.post(se.meetingUrl(meeting, `/items/${item.id}/decide`), {
          method: 'acclamation',
          version: item.version,
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (await se.politician.client.post(se.meetingUrl(meeting, '/close'), { version: meeting.version }))
        .statusCode,
    ).toBe(403);
    const other = must(
      meeting.items.find((i) => i.kind === 'information'),
      'information',
    );
    expect(
      (await se.secretary.client.post(se.meetingUrl(meeting, `/items/${other.id}/start`), {})).statusCode,
    ).toBe(409);
  });

  it('item times and the speakers’ list are kept', async () => {
    const { meeting, item } = await meetingWithItem(se, ['chair', 'b', 'c']);
    let m = await se.call(
      se.person('b').client,
      'post',
      se.meetingUrl(meeting, `/items/${item.id}/speakers`),
      {},
    );
    expect(
      (await se.person('b').client.post(se.meetingUrl(meeting, `/items/${item.id}/speakers`), {})).statusCode,
    ).toBe(409);
    const speaker = must(itemOf(m, item.id).speakers[0], 'speaker');
    m = await se.call(
      se.person('chair').client,
      'post',
      se.meetingUrl(meeting, `/items/${item.id}/speakers/${speaker.id}/start`),
      {},
    );
    expect(itemOf(m, item.id).speakers[0]?.startedAt).not.toBeNull();
    m = await se.call(
      se.person('chair').client,
      'post',
      se.meetingUrl(meeting, `/items/${item.id}/speakers/${speaker.id}/end`),
      {},
    );
    expect(itemOf(m, item.id).speakers[0]?.endedAt).not.toBeNull();
    const postponed = await se.secretary.client.post(se.meetingUrl(meeting, `/items/${item.id}/conclude`), {
      outcome: 'postponed',
      version: itemOf(m, item.id).version,
    });
    expect(postponed.statusCode).toBe(400);
    m = await se.call(se.secretary.client, 'post', se.meetingUrl(meeting, `/items/${item.id}/conclude`), {
      outcome: 'postponed',
      reason: 'Mer underlag behövs.',
      version: itemOf(m, item.id).version,
    });
    expect(itemOf(m, item.id)).toMatchObject({ state: 'postponed', matter: { state: 'postponed' } });
  });
});
