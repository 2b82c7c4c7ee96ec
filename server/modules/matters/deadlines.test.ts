import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../../../test/app.ts';
import { makeMattersWorld, must, type MatterJson, type MattersWorld } from '../../../test/matters.ts';

let ctx: TestContext;
/** The clock the app reads; each test sets the day it is about. */
let now = new Date('2026-11-10T10:00:00Z');
const setToday = (day: string) => {
  now = new Date(`${day}T10:00:00Z`);
};
beforeAll(async () => {
  ctx = await createTestApp({}, { clock: () => now });
});
afterAll(async () => ctx.close());

let se: MattersWorld;
let no: MattersWorld;
beforeAll(async () => {
  se = await makeMattersWorld(ctx, 'se');
  no = await makeMattersWorld(ctx, 'no');
});

const legal = (m: MatterJson) => m.deadlines.find((d) => d.kind === 'legal');

describe('legal decision deadlines', () => {
  it.each([
    ['2025-03-14', '2026-03-16', 'one year on falls on a Saturday: the next weekday'],
    ['2025-06-19', '2026-06-22', 'on midsommarafton (a Friday): the next weekday'],
    ['2025-12-24', '2026-12-28', 'on julafton, then juldagen, annandag jul and a Sunday'],
    ['2024-02-29', '2025-02-28', 'from a leap day: the last day of February'],
    ['2025-11-10', '2026-11-10', 'an ordinary Tuesday: that day'],
  ])('Sweden, a motion filed %s is to be decided by %s (%s, KL 5 kap. 35 §)', async (filed, due) => {
    const m = await se.register({ type: 'motion', receivedOn: filed });
    expect(legal(m)).toMatchObject({ dueOn: due, source: 'KL 5 kap. 35 §', label: 'motion', status: 'open' });
  });

  it('Sweden: a citizen proposal has the same year; a question has no legal deadline', async () => {
    const proposal = await se.register({ type: 'citizen_proposal', receivedOn: '2026-01-15' });
    expect(legal(proposal)).toMatchObject({ dueOn: '2027-01-15', source: 'KL 5 kap. 35 §' });
    const question = await se.register({ type: 'question' });
    expect(question.deadlines).toEqual([]);
  });

  it.each([
    ['2026-11-17', '2027-05-18', 'six months on is 17 May, Constitution Day: the next working day'],
    ['2026-08-31', '2027-03-01', 'from the 31st to the last day of February, a Sunday: the next working day'],
    ['2026-05-06', '2026-11-06', 'an ordinary Friday'],
  ])(
    'Norway, an innbyggerforslag submitted %s is to be decided by %s (%s, kommuneloven § 12-1)',
    async (filed, due) => {
      const m = await no.register({ type: 'citizen_proposal', receivedOn: filed });
      expect(legal(m)).toMatchObject({ dueOn: due, source: 'kommuneloven § 12-1' });
    },
  );

  it('Norway: a member’s proposal has no statutory deadline', async () => {
    expect((await no.register({ type: 'motion' })).deadlines).toEqual([]);
  });

  it('is not overdue on its last day and overdue the day after, in the lists per body and per official', async () => {
    const w = await makeMattersWorld(ctx, 'se');
    setToday('2026-11-10');
    const m = await w.register({ type: 'motion', receivedOn: '2025-11-10' });
    expect(legal(m)).toMatchObject({ dueOn: '2026-11-10', overdue: false, dueSoon: true });
    const overdueList = async () =>
      (await w.secretary.client.get(w.url('/deadlines', `when=overdue&bodyId=${w.bodies.council.id}`))).json()
        .items as Array<{ matterId: string }>;
    const officialList = async (when: string) =>
      (await w.official.client.get(w.url('/deadlines', `when=${when}&mine=true`))).json().items as Array<{
        matterId: string;
        overdue: boolean;
      }>;
    expect((await overdueList()).map((d) => d.matterId)).not.toContain(m.id);
    expect((await officialList('due_soon')).map((d) => d.matterId)).toContain(m.id);
    setToday('2026-11-11');
    expect((await overdueList()).map((d) => d.matterId)).toContain(m.id);
    expect((await officialList('overdue')).find((d) => d.matterId === m.id)).toMatchObject({ overdue: true });
    expect((await officialList('due_soon')).map((d) => d.matterId)).not.toContain(m.id);
    const byPerson = (
      await w.politician.client.get(w.url('/deadlines', `when=overdue&personId=${w.persons.official.id}`))
    ).json().items;
    expect(byPerson).toHaveLength(1);
    setToday('2026-11-10');
  });

  it('is due soon within the municipality’s window and not before', async () => {
    const w = await makeMattersWorld(ctx, 'se');
    setToday('2026-11-10');
    const m = await w.register({ type: 'question' });
    const add = async (dueOn: string) =>
      (
        await w.official.client.post(w.url(`/matters/${m.id}/deadlines`), {
          label: 'Svar till fullmäktige',
          dueOn,
        })
      ).json();
    expect(await add('2026-12-10')).toMatchObject({ dueSoon: true, overdue: false, kind: 'custom' });
    expect(await add('2026-12-11')).toMatchObject({ dueSoon: false, overdue: false });
  });

  it('is met by the decision, and ends when a matter is withdrawn', async () => {
    setToday('2026-11-10');
    let m = await se.prepareToReady(
      await se.register({
        type: 'motion',
        receivedOn: '2025-10-01',
        responsibleBodyId: se.bodies.committee.id,
      }),
    );
    expect(legal(m)).toMatchObject({ overdue: true });
    m = (
      await se.secretary.client.post(se.url(`/matters/${m.id}/decisions`), {
        bodyId: se.bodies.committee.id,
        decidedOn: '2026-11-10',
        text: 'Bifall.',
        version: m.version,
      })
    ).json();
    expect(legal(m)).toMatchObject({ status: 'met', overdue: false });
    const withdrawn = await se.move(
      se.secretary.client,
      await se.register({ type: 'motion' }),
      'withdrawn',
      'Motionären återtog motionen',
    );
    expect(legal(withdrawn)).toMatchObject({ status: 'void' });
  });

  it('Sweden: a motion not decided within the year may be reported to the council; a legal deadline cannot be set aside', async () => {
    const m = await se.register({ type: 'motion', receivedOn: '2025-09-01' });
    const deadline = must(legal(m), 'legal deadline');
    const setAside = await se.secretary.client.patch(se.url(`/matters/${m.id}/deadlines/${deadline.id}`), {
      status: 'void',
      version: deadline.version,
    });
    expect(setAside.statusCode).toBe(422);
    expect(setAside.json().error.details.source).toBe('KL 5 kap. 35 §');
    const reported = await se.secretary.client.patch(se.url(`/matters/${m.id}/deadlines/${deadline.id}`), {
      status: 'reported',
      version: deadline.version,
    });
    expect(reported.statusCode, reported.body).toBe(200);
    expect(reported.json()).toMatchObject({ status: 'reported', overdue: false });
    const twice = await se.secretary.client.patch(se.url(`/matters/${m.id}/deadlines/${deadline.id}`), {
      status: 'reported',
      version: reported.json().version,
    });
    expect(twice.statusCode).toBe(409);
    const writtenOff = await se.move(
      se.secretary.client,
      await (await se.official.client.get(se.url(`/matters/${m.id}`))).json(),
      'written_off',
      'Fullmäktige avskrev motionen',
    );
    expect(writtenOff.state).toBe('written_off');
  });

  it('Norway: an innbyggerforslag deadline cannot be closed except by the decision', async () => {
    const m = await no.register({ type: 'citizen_proposal', receivedOn: '2026-03-01' });
    const deadline = must(legal(m), 'legal deadline');
    const refused = await no.secretary.client.patch(no.url(`/matters/${m.id}/deadlines/${deadline.id}`), {
      status: 'reported',
      version: deadline.version,
    });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error.details.source).toBe('kommuneloven § 12-1');
  });

  it('a custom deadline can be met, once, with optimistic locking', async () => {
    const m = await se.register({ type: 'question' });
    const created = (
      await se.official.client.post(se.url(`/matters/${m.id}/deadlines`), {
        label: 'Remissvar',
        dueOn: '2026-11-30',
      })
    ).json();
    const stale = await se.official.client.patch(se.url(`/matters/${m.id}/deadlines/${created.id}`), {
      status: 'met',
      version: created.version + 1,
    });
    expect(stale.statusCode).toBe(409);
    const met = await se.official.client.patch(se.url(`/matters/${m.id}/deadlines/${created.id}`), {
      status: 'met',
      version: created.version,
    });
    expect(met.json()).toMatchObject({ status: 'met', closedOn: '2026-11-10' });
    const byPolitician = await se.politician.client.post(se.url(`/matters/${m.id}/deadlines`), {
      label: 'X',
      dueOn: '2026-12-01',
    });
    expect(byPolitician.statusCode).toBe(403);
  });
});
