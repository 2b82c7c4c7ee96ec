import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { transitions } from '../../../common/matters.ts';
import { createTestApp, type TestContext } from '../../../test/app.ts';
import { makeMattersWorld, must, type MatterJson, type MattersWorld } from '../../../test/matters.ts';

let ctx: TestContext;
const now = new Date('2026-11-10T10:00:00Z');
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

const get = async (w: MattersWorld, id: string) =>
  (await w.official.client.get(w.url(`/matters/${id}`))).json() as MatterJson;

describe('the registry', () => {
  it('numbers matters per municipality and year in each country’s format, without gaps under concurrency', async () => {
    const first = await se.register();
    expect(first.registryNumber).toMatch(/^KS 2026\/\d+$/);
    const numbers = await Promise.all([1, 2, 3, 4, 5].map(() => se.register().then((x) => x.registryNumber)));
    const sequence = (n: string) => Number(n.split('/')[1]);
    const all = [first.registryNumber, ...numbers].map(sequence).sort((a, b) => a - b);
    expect(new Set(all).size).toBe(6);
    expect(must(all.at(-1), 'last') - must(all[0], 'first')).toBe(5);
    const norwegian = await no.register({ type: 'administration' });
    expect(norwegian.registryNumber).toMatch(/^26\/000\d\d$/);
  });

  it('uses the format an administrator sets, and refuses a change on a stale version', async () => {
    const settings = (await se.admin.client.get(se.url('/matter-settings'))).json();
    const changed = await se.admin.client.patch(se.url('/matter-settings'), {
      numberFormat: '{prefix}-{yyyy}-{n5}',
      numberPrefix: 'SBN',
      version: settings.version,
    });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json().example).toMatch(/^SBN-2026-\d{5}$/);
    const stale = await se.admin.client.patch(se.url('/matter-settings'), {
      numberPrefix: 'X',
      version: settings.version,
    });
    expect(stale.statusCode).toBe(409);
    expect((await se.register()).registryNumber).toMatch(/^SBN-2026-\d{5}$/);
    const bad = await se.admin.client.patch(se.url('/matter-settings'), {
      numberFormat: 'no-number',
      version: settings.version + 1,
    });
    expect(bad.statusCode).toBe(400);
    const byOfficial = await se.official.client.patch(se.url('/matter-settings'), {
      numberPrefix: 'Y',
      version: settings.version + 1,
    });
    expect(byOfficial.statusCode).toBe(403);
    await se.admin.client.patch(se.url('/matter-settings'), {
      numberFormat: '{prefix} {yyyy}/{n}',
      numberPrefix: 'KS',
      version: settings.version + 1,
    });
  });

  it('refuses bad input with a clear message and registers nothing', async () => {
    const before = (await se.secretary.client.get(se.url('/matters'))).json().total;
    const cases = [
      { title: '', type: 'motion', nature: 'strategic' },
      { title: 'X', type: 'petition', nature: 'strategic' },
      {
        title: 'X',
        type: 'motion',
        nature: 'strategic',
        responsibleBodyId: '00000000-0000-4000-8000-000000000000',
      },
      { title: 'X', type: 'motion', nature: 'strategic', confidential: true },
    ];
    for (const body of cases) {
      const response = await se.secretary.client.post(se.url('/matters'), body);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
      expect(response.json().error.message.length).toBeGreaterThan(5);
    }
    expect((await se.secretary.client.get(se.url('/matters'))).json().total).toBe(before);
  });

  it('lets only the registry’s roles register, and the public read nothing of the internal registry', async () => {
    const byPolitician = await se.politician.client.post(se.url('/matters'), {
      title: 'X',
      type: 'motion',
      nature: 'strategic',
    });
    expect(byPolitician.statusCode).toBe(403);
    expect((await se.citizen.client.get(se.url('/matters'))).statusCode).toBe(403);
    expect((await ctx.app.inject({ method: 'GET', url: se.url('/matters') })).statusCode).toBe(401);
  });

  it('filters the registry by body, type, state and year', async () => {
    const question = await se.register({
      type: 'question',
      responsibleBodyId: se.bodies.committee.id,
      title: 'Fråga om snöröjning',
    });
    const list = (
      await se.official.client.get(se.url('/matters', `bodyId=${se.bodies.committee.id}&type=question`))
    ).json();
    expect(list.items.map((i: { id: string }) => i.id)).toContain(question.id);
    expect(list.items.every((i: { type: string }) => i.type === 'question')).toBe(true);
    const none = (await se.official.client.get(se.url('/matters', 'year=2019'))).json();
    expect(none.total).toBe(0);
    const registered = (await se.official.client.get(se.url('/matters', 'state=decided'))).json();
    expect(registered.items.every((i: { state: string }) => i.state === 'decided')).toBe(true);
  });
});

describe('the lifecycle', () => {
  it('walks from registration through preparation, scheduling, postponement and referral back to a decision, implementation and closing', async () => {
    let m = await se.register();
    m = await se.prepareToReady(m);
    expect(m.state).toBe('recommendation_ready');
    const statement = await se.official.client.patch(se.url(`/matters/${m.id}/preparation`), {
      boardStatement: 'Styrelsen tillstyrker.',
      boardStatementOn: '2026-11-02',
      version: m.version,
    });
    // The board comments on the committee's finished recommendation, so the statement comes now.
    expect(statement.statusCode, statement.body).toBe(200);
    m = await se.move(se.secretary.client, statement.json(), 'scheduled');
    m = await se.move(se.secretary.client, m, 'postponed', 'Tiden räckte inte');
    m = await se.move(se.secretary.client, m, 'scheduled');
    m = await se.move(se.secretary.client, m, 'referred_back', 'Utred kostnaderna');
    m = await se.move(se.official.client, m, 'in_preparation');
    m = await se.move(se.official.client, m, 'recommendation_ready');
    m = await se.move(se.secretary.client, m, 'scheduled');
    const decided = await se.secretary.client.post(se.url(`/matters/${m.id}/decisions`), {
      bodyId: se.bodies.council.id,
      decidedOn: '2026-11-09',
      text: 'Motionen bifalls.',
      version: m.version,
    });
    expect(decided.statusCode, decided.body).toBe(200);
    m = decided.json();
    expect(m.state).toBe('decided');
    expect(m.deadlines.find((d) => d.kind === 'legal')).toMatchObject({ status: 'met' });
    m = await se.move(se.official.client, m, 'in_implementation');
    m = await se.move(se.official.client, m, 'reported_back');
    m = await se.move(se.official.client, m, 'closed');
    expect(m.transitions).toEqual([]);
    const timeline = (await se.official.client.get(se.url(`/matters/${m.id}/timeline`))).json()
      .items as Array<{ kind: string; toState: string | null; reason: string | null; actor: string }>;
    const states = timeline.filter((e) => e.kind === 'state_changed').map((e) => e.toState);
    expect(states).toEqual([
      'in_preparation',
      'recommendation_ready',
      'scheduled',
      'postponed',
      'scheduled',
      'referred_back',
      'in_preparation',
      'recommendation_ready',
      'scheduled',
      'decided',
      'in_implementation',
      'reported_back',
      'closed',
    ]);
    expect(timeline.find((e) => e.toState === 'postponed')?.reason).toBe('Tiden räckte inte');
    expect(timeline[0]).toMatchObject({ kind: 'registered', toState: 'registered' });
    expect(timeline.every((e) => e.actor.length > 0)).toBe(true);
  });

  it('refuses a transition that is not allowed with 409 listing the allowed ones, and changes nothing', async () => {
    const m = await se.register();
    const response = await se.secretary.client.post(se.url(`/matters/${m.id}/transitions`), {
      to: 'closed',
      version: m.version,
    });
    expect(response.statusCode).toBe(409);
    expect(response.json().error.details).toMatchObject({
      from: 'registered',
      to: 'closed',
      allowed: ['in_preparation', 'withdrawn', 'written_off'],
    });
    expect(response.json().error.message).toContain('in preparation');
    expect((await get(se, m.id)).state).toBe('registered');
    const decidedDirectly = await se.secretary.client.post(se.url(`/matters/${m.id}/transitions`), {
      to: 'decided',
      version: m.version,
    });
    expect(decidedDirectly.statusCode).toBe(409);
  });

  it.each(transitions.filter((t) => !t.viaDecision).map((t) => [t.from, t.to, t.roles.join('/')] as const))(
    '%s → %s is allowed for %s only',
    async (from, to, allowed) => {
      const t = must(
        transitions.find((x) => x.from === from && x.to === to),
        'transition',
      );
      const forbiddenRole = (['official', 'director', 'secretary'] as const).find(
        (r) => !t.roles.includes(r),
      );
      const clients = {
        official: se.official.client,
        director: se.director.client,
        secretary: se.secretary.client,
      };
      if (forbiddenRole) {
        const m = await reach(se, from);
        const refused = await clients[forbiddenRole].post(se.url(`/matters/${m.id}/transitions`), {
          to,
          version: m.version,
          reason: 'Skäl',
        });
        expect(refused.statusCode, `${forbiddenRole} ${refused.body}`).toBe(403);
      }
      const politician = await se.politician.client.post(
        se.url(`/matters/${(await se.register()).id}/transitions`),
        { to: 'in_preparation', version: 1 },
      );
      expect(politician.statusCode).toBe(403);
      const m = await reach(se, from);
      if (to === 'recommendation_ready') {
        await se.official.client.put(se.url(`/matters/${m.id}/recommendation`), {
          sections: se.allSections,
          version: 0,
        });
      }
      const role = t.roles[0] as 'official' | 'director' | 'secretary';
      if (t.reasonRequired) {
        const without = await clients[role].post(se.url(`/matters/${m.id}/transitions`), {
          to,
          version: m.version,
        });
        expect(without.statusCode).toBe(400);
        expect(without.json().error.message).toContain('reason');
        expect((await get(se, m.id)).state).toBe(from);
      }
      const done = await clients[role].post(se.url(`/matters/${m.id}/transitions`), {
        to,
        version: m.version,
        reason: 'Skäl',
      });
      expect(done.statusCode, `${allowed}: ${done.body}`).toBe(200);
      expect(done.json().state).toBe(to);
    },
  );

  it('refuses a change based on a stale version (optimistic locking) and keeps the other change', async () => {
    const m = await se.register();
    const [a, b] = await Promise.all([
      se.official.client.patch(se.url(`/matters/${m.id}`), { title: 'Första ändringen', version: m.version }),
      se.secretary.client.patch(se.url(`/matters/${m.id}`), { title: 'Andra ändringen', version: m.version }),
    ]);
    const statuses = [a.statusCode, b.statusCode].sort();
    expect(statuses).toEqual([200, 409]);
    const winner = a.statusCode === 200 ? 'Första ändringen' : 'Andra ändringen';
    expect((await get(se, m.id)).title).toBe(winner);
    const stale = await se.official.client.post(se.url(`/matters/${m.id}/transitions`), {
      to: 'in_preparation',
      version: m.version,
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.details.currentVersion).toBe(m.version + 1);
  });
});

/** A matter of Solvik in the given state, reached by the allowed path. */
async function reach(w: MattersWorld, state: string): Promise<MatterJson> {
  let m = await w.register({ responsibleBodyId: w.bodies.committee.id });
  if (state === 'registered') return m;
  if (state === 'in_preparation') return w.move(w.official.client, m, 'in_preparation');
  m = await w.prepareToReady(m);
  if (state === 'recommendation_ready') return m;
  m = await w.move(w.secretary.client, m, 'scheduled');
  if (state === 'scheduled') return m;
  if (state === 'postponed') return w.move(w.secretary.client, m, 'postponed', 'Tid');
  if (state === 'referred_back') return w.move(w.secretary.client, m, 'referred_back', 'Mer utredning');
  const decided = await w.secretary.client.post(w.url(`/matters/${m.id}/decisions`), {
    bodyId: w.bodies.committee.id,
    decidedOn: '2026-11-10',
    text: 'Beslut.',
    version: m.version,
  });
  m = decided.json();
  if (state === 'decided') return m;
  m = await w.move(w.official.client, m, 'in_implementation');
  if (state === 'in_implementation') return m;
  m = await w.move(w.official.client, m, 'reported_back');
  if (state === 'reported_back') return m;
  throw new Error(`cannot reach ${state}`);
}

describe('the recommendation', () => {
  it('cannot be marked ready while a required section is empty, naming the sections', async () => {
    let m = await se.register();
    m = await se.move(se.official.client, m, 'in_preparation');
    const draft = await se.official.client.put(se.url(`/matters/${m.id}/recommendation`), {
      sections: { ...se.allSections, children_rights: '  ', climate_environment: undefined },
      version: 0,
    });
    expect(draft.statusCode, draft.body).toBe(200);
    expect(draft.json().missing).toEqual(['children_rights', 'climate_environment']);
    const refused = await se.official.client.post(se.url(`/matters/${m.id}/transitions`), {
      to: 'recommendation_ready',
      version: m.version,
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.details.missing).toEqual(['children_rights', 'climate_environment']);
    expect(refused.json().error.message).toContain('Children’s rights, Climate and environment');
    const stale = await se.official.client.put(se.url(`/matters/${m.id}/recommendation`), {
      sections: { children_rights: 'X' },
      version: 0,
    });
    expect(stale.statusCode).toBe(409);
    const filled = await se.official.client.put(se.url(`/matters/${m.id}/recommendation`), {
      sections: { children_rights: 'Barnkonventionen beaktas.', climate_environment: 'Positivt.' },
      version: draft.json().version,
    });
    expect(filled.json()).toMatchObject({
      missing: [],
      sections: { background: 'Bakgrund.', children_rights: 'Barnkonventionen beaktas.' },
    });
    const ready = await se.official.client.post(se.url(`/matters/${m.id}/transitions`), {
      to: 'recommendation_ready',
      version: m.version,
    });
    expect(ready.statusCode, ready.body).toBe(200);
    const locked = await se.official.client.put(se.url(`/matters/${m.id}/recommendation`), {
      sections: { background: 'Ny' },
      version: filled.json().version,
    });
    expect(locked.statusCode).toBe(409);
    expect((await se.official.client.get(se.url(`/matters/${m.id}/recommendation`))).json().editable).toBe(
      false,
    );
  });

  it('follows the municipality’s template: a section it does not require may stay empty', async () => {
    const w = await makeMattersWorld(ctx, 'se');
    const settings = (await w.admin.client.get(w.url('/matter-settings'))).json();
    const template = settings.recommendationTemplate.map((s: { key: string }) => ({
      key: s.key,
      required: s.key === 'proposed_decision',
    }));
    expect(
      (
        await w.admin.client.patch(w.url('/matter-settings'), {
          recommendationTemplate: template,
          version: settings.version,
        })
      ).statusCode,
    ).toBe(200);
    const withoutDecision = template.map((s: { key: string }) => ({ ...s, required: false }));
    expect(
      (
        await w.admin.client.patch(w.url('/matter-settings'), {
          recommendationTemplate: withoutDecision,
          version: settings.version + 1,
        })
      ).statusCode,
    ).toBe(400);
    let m = await w.register();
    m = await w.move(w.official.client, m, 'in_preparation');
    await w.official.client.put(w.url(`/matters/${m.id}/recommendation`), {
      sections: { proposed_decision: 'Bifall.' },
      version: 0,
    });
    expect(
      (
        await w.official.client.post(w.url(`/matters/${m.id}/transitions`), {
          to: 'recommendation_ready',
          version: m.version,
        })
      ).statusCode,
    ).toBe(200);
  });
});

describe('preparation rules of each country', () => {
  it('Sweden: a council matter needs preparation by a committee or the board (KL 5 kap. 26 §) and the board’s statement (KL 5 kap. 28 §)', async () => {
    let m = await se.register({ responsibleBodyId: se.bodies.council.id });
    m = await se.move(se.official.client, m, 'in_preparation');
    await se.official.client.put(se.url(`/matters/${m.id}/recommendation`), {
      sections: se.allSections,
      version: 0,
    });
    m = await se.move(se.official.client, m, 'recommendation_ready');
    const unprepared = await se.secretary.client.post(se.url(`/matters/${m.id}/transitions`), {
      to: 'scheduled',
      version: m.version,
    });
    expect(unprepared.statusCode).toBe(422);
    expect(unprepared.json().error).toMatchObject({
      code: 'RULE_VIOLATION',
      details: { source: 'KL 5 kap. 26 §' },
    });
    expect(unprepared.json().error.message).toContain('KL 5 kap. 26 §');
    m = await se.move(se.official.client, m, 'in_preparation', 'Beredning saknas');
    const prepared = await se.official.client.patch(se.url(`/matters/${m.id}/preparation`), {
      preparingBodyId: se.bodies.committee.id,
      version: m.version,
    });
    m = await se.move(se.official.client, prepared.json(), 'recommendation_ready');
    const noStatement = await se.secretary.client.post(se.url(`/matters/${m.id}/transitions`), {
      to: 'scheduled',
      version: m.version,
    });
    expect(noStatement.statusCode).toBe(422);
    expect(noStatement.json().error.details.source).toBe('KL 5 kap. 28 §');
    const directDecision = await se.secretary.client.post(se.url(`/matters/${m.id}/decisions`), {
      bodyId: se.bodies.council.id,
      decidedOn: '2026-11-10',
      text: 'Bifall',
      version: m.version,
    });
    expect(directDecision.statusCode).toBe(422);
    m = await se.move(se.official.client, m, 'in_preparation', 'Yttrande saknas');
    const statement = await se.official.client.patch(se.url(`/matters/${m.id}/preparation`), {
      boardStatement: 'Kommunstyrelsen tillstyrker motionen.',
      boardStatementOn: '2026-11-03',
      version: m.version,
    });
    m = await se.move(se.official.client, statement.json(), 'recommendation_ready');
    expect(
      (
        await se.secretary.client.post(se.url(`/matters/${m.id}/transitions`), {
          to: 'scheduled',
          version: m.version,
        })
      ).statusCode,
    ).toBe(200);
  });

  it('Sweden: a committee matter needs neither, and a council matter prepared by the board needs no separate statement', async () => {
    const committeeMatter = await se.register({ responsibleBodyId: se.bodies.committee.id });
    let m = await se.move(se.official.client, committeeMatter, 'in_preparation');
    await se.official.client.put(se.url(`/matters/${m.id}/recommendation`), {
      sections: se.allSections,
      version: 0,
    });
    m = await se.move(se.official.client, m, 'recommendation_ready');
    expect(
      (
        await se.secretary.client.post(se.url(`/matters/${m.id}/transitions`), {
          to: 'scheduled',
          version: m.version,
        })
      ).statusCode,
    ).toBe(200);
    const byBoard = await se.prepareToReady(await se.register());
    expect(
      (
        await se.secretary.client.post(se.url(`/matters/${byBoard.id}/transitions`), {
          to: 'scheduled',
          version: byBoard.version,
        })
      ).statusCode,
    ).toBe(200);
  });

  it('Norway: the director must confirm the matter is properly investigated before it is scheduled (kommuneloven § 13-1)', async () => {
    let m = await no.register({ type: 'administration', responsibleBodyId: no.bodies.committee.id });
    m = await no.move(no.official.client, m, 'in_preparation');
    await no.official.client.put(no.url(`/matters/${m.id}/recommendation`), {
      sections: no.allSections,
      version: 0,
    });
    m = await no.move(no.official.client, m, 'recommendation_ready');
    const refused = await no.secretary.client.post(no.url(`/matters/${m.id}/transitions`), {
      to: 'scheduled',
      version: m.version,
    });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error).toMatchObject({
      code: 'RULE_VIOLATION',
      details: { source: 'kommuneloven § 13-1' },
    });
    const byOfficial = await no.official.client.post(no.url(`/matters/${m.id}/investigated`), {
      version: m.version,
    });
    expect(byOfficial.statusCode).toBe(403);
    const confirmed = await no.director.client.post(no.url(`/matters/${m.id}/investigated`), {
      version: m.version,
    });
    expect(confirmed.statusCode).toBe(200);
    expect(confirmed.json().preparation.investigatedOn).toBe('2026-11-10');
    expect(
      (
        await no.secretary.client.post(no.url(`/matters/${m.id}/transitions`), {
          to: 'scheduled',
          version: confirmed.json().version,
        })
      ).statusCode,
    ).toBe(200);
  });
});

describe('decisions, assignments and report back', () => {
  it('a decision gives an assignment to a department head, who reports back; the report-back matter is ready for the body', async () => {
    let m = await se.prepareToReady(await se.register({ responsibleBodyId: se.bodies.committee.id }));
    const decided = await se.secretary.client.post(se.url(`/matters/${m.id}/decisions`), {
      bodyId: se.bodies.committee.id,
      decidedOn: '2026-11-10',
      text: 'Nämnden ger förvaltningen i uppdrag att ta fram en plan.',
      assignments: [
        {
          title: 'Ta fram en plan för trygga skolvägar',
          commissionedBy: 'body',
          assigneePersonId: se.persons.head.id,
          dueOn: '2027-03-31',
          reportBackRequired: true,
        },
        {
          title: 'Informera skolorna',
          commissionedBy: 'chair',
          assigneeUnitId: se.bodies.department.id,
          dueOn: '2026-12-15',
          reportBackRequired: false,
        },
      ],
      version: m.version,
    });
    expect(decided.statusCode, decided.body).toBe(200);
    m = decided.json();
    expect(m.state).toBe('in_implementation');
    expect(m.assignments).toHaveLength(2);

    const mine = (await se.departmentHead.client.get(se.url('/assignments', 'mine=true'))).json()
      .items as Array<{
      id: string;
      title: string;
      canReport: boolean;
      version: number;
      commissionedBy: string;
    }>;
    expect(mine.map((a) => a.title).sort()).toEqual([
      'Informera skolorna',
      'Ta fram en plan för trygga skolvägar',
    ]);
    expect(mine.every((a) => a.canReport)).toBe(true);
    const plan = must(
      mine.find((a) => a.title.startsWith('Ta fram')),
      'plan',
    );
    const inform = must(
      mine.find((a) => a.title.startsWith('Informera')),
      'inform',
    );

    const notAssignee = await se.otherOfficial.client.post(se.url(`/assignments/${plan.id}/report`), {
      report: 'Klart',
      version: plan.version,
    });
    expect(notAssignee.statusCode).toBe(403);
    const reported = await se.departmentHead.client.post(se.url(`/assignments/${plan.id}/report`), {
      report: 'Planen är klar och bifogas.',
      version: plan.version,
    });
    expect(reported.statusCode, reported.body).toBe(200);
    expect(reported.json()).toMatchObject({ state: 'reported', reportedOn: '2026-11-10' });
    const again = await se.departmentHead.client.post(se.url(`/assignments/${plan.id}/report`), {
      report: 'Igen',
      version: reported.json().version,
    });
    expect(again.statusCode).toBe(409);

    const reportMatterId = reported.json().reportMatterId as string;
    const ready = (
      await se.secretary.client.get(se.url(`/bodies/${se.bodies.committee.id}/ready-matters`))
    ).json().items as Array<{ id: string; type: string; title: string }>;
    expect(ready.find((r) => r.id === reportMatterId)).toMatchObject({
      type: 'report_back',
      title: 'Återrapportering: Ta fram en plan för trygga skolvägar',
    });
    const reportMatter = await get(se, reportMatterId);
    expect(reportMatter.state).toBe('recommendation_ready');

    expect((await get(se, m.id)).state).toBe('in_implementation');
    const informed = await se.departmentHead.client.post(se.url(`/assignments/${inform.id}/report`), {
      report: 'Skolorna är informerade.',
      version: inform.version,
    });
    expect(informed.json().reportMatterId).toBeNull();
    expect((await get(se, m.id)).state).toBe('reported_back');

    const timeline = (await se.official.client.get(se.url(`/matters/${m.id}/timeline`))).json()
      .items as Array<{ kind: string }>;
    const kinds = timeline.map((e) => e.kind);
    expect(kinds.indexOf('registered')).toBe(0);
    const pairs: Array<[string, string]> = [
      ['registered', 'recommendation_saved'],
      ['recommendation_saved', 'decision_recorded'],
      ['decision_recorded', 'assignment_created'],
      ['assignment_created', 'assignment_reported'],
    ];
    for (const [before, after] of pairs) {
      expect(kinds.indexOf(before), `${before} before ${after}`).toBeLessThan(kinds.lastIndexOf(after));
    }
    expect(kinds.at(-1)).toBe('state_changed');
  });

  it('lists open and overdue assignments per body and per unit', async () => {
    const m = await se.prepareToReady(await se.register({ responsibleBodyId: se.bodies.committee.id }));
    const decided = await se.secretary.client.post(se.url(`/matters/${m.id}/decisions`), {
      bodyId: se.bodies.committee.id,
      decidedOn: '2026-10-01',
      text: 'Uppdrag.',
      assignments: [
        {
          title: 'Försenat uppdrag',
          commissionedBy: 'director',
          assigneeUnitId: se.bodies.department.id,
          dueOn: '2026-11-09',
        },
      ],
      version: m.version,
    });
    expect(decided.statusCode, decided.body).toBe(200);
    const overdue = (
      await se.politician.client.get(se.url('/assignments', `bodyId=${se.bodies.committee.id}&overdue=true`))
    ).json().items as Array<{ title: string; overdue: boolean; canReport: boolean }>;
    expect(overdue.find((a) => a.title === 'Försenat uppdrag')).toMatchObject({
      overdue: true,
      canReport: false,
    });
    const perUnit = (
      await se.secretary.client.get(se.url('/assignments', `unitId=${se.bodies.department.id}&state=open`))
    ).json().items as Array<{ title: string }>;
    expect(perUnit.map((a) => a.title)).toContain('Försenat uppdrag');
  });

  it('refuses a decision in the future, on a matter not ready, by anyone but the secretary, or with an unknown assignee', async () => {
    const m = await se.prepareToReady(await se.register({ responsibleBodyId: se.bodies.committee.id }));
    const body = {
      bodyId: se.bodies.committee.id,
      decidedOn: '2026-11-10',
      text: 'Beslut',
      version: m.version,
    };
    expect(
      (
        await se.secretary.client.post(se.url(`/matters/${m.id}/decisions`), {
          ...body,
          decidedOn: '2026-11-11',
        })
      ).statusCode,
    ).toBe(400);
    expect((await se.official.client.post(se.url(`/matters/${m.id}/decisions`), body)).statusCode).toBe(403);
    const unknown = await se.secretary.client.post(se.url(`/matters/${m.id}/decisions`), {
      ...body,
      assignments: [
        { title: 'X', commissionedBy: 'body', assigneeUnitId: se.bodies.committee.id, dueOn: '2027-01-01' },
      ],
    });
    expect(unknown.statusCode).toBe(400);
    expect((await get(se, m.id)).state).toBe('recommendation_ready');
    expect((await get(se, m.id)).decisions).toEqual([]);
    const fresh = await se.register();
    expect(
      (
        await se.secretary.client.post(se.url(`/matters/${fresh.id}/decisions`), {
          ...body,
          version: fresh.version,
        })
      ).statusCode,
    ).toBe(409);
  });
});

describe('priorities', () => {
  it('keeps a ranked list per body of its own open matters, with optimistic locking of the list', async () => {
    const w = await makeMattersWorld(ctx, 'se');
    const a = await w.register({ title: 'Äldreomsorgens bemanning', responsibleBodyId: w.bodies.board.id });
    const b = await w.register({ title: 'Ny skola i Solvik', responsibleBodyId: w.bodies.board.id });
    const other = await w.register({ responsibleBodyId: w.bodies.committee.id });
    const path = w.url(`/bodies/${w.bodies.board.id}/priorities`);
    const set = await w.secretary.client.put(path, { matterIds: [b.id, a.id], version: 0 });
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json().items.map((i: { id: string }) => i.id)).toEqual([b.id, a.id]);
    const stale = await w.secretary.client.put(path, { matterIds: [a.id, b.id], version: 0 });
    expect(stale.statusCode).toBe(409);
    const wrongBody = await w.secretary.client.put(path, { matterIds: [other.id], version: 1 });
    expect(wrongBody.statusCode).toBe(400);
    expect((await w.official.client.put(path, { matterIds: [a.id], version: 1 })).statusCode).toBe(403);
    expect((await w.politician.client.get(path)).json()).toMatchObject({
      version: 1,
      items: [{ id: b.id }, { id: a.id }],
    });
    expect((await get(w, b.id)).priority).toBe(1);
  });
});
