import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../../../test/app.ts';
import { anonymous, makeMunicipality, signedInWithRole, type Client } from '../../../test/factories.ts';
import type { MunicipalityDto } from '../municipalities/municipalities.contract.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(async () => ctx.close());

type Setup = { m: MunicipalityDto; admin: Client; termId: string; url: (path: string) => string };

async function setup(
  jurisdiction: 'se' | 'no',
  role: 'administrator' | 'secretary' = 'secretary',
): Promise<Setup> {
  const m = await makeMunicipality(ctx, { jurisdiction });
  const { client } = await signedInWithRole(ctx, [role], m);
  const url = (path: string) => `/api/m/${m.slug}${path}?lang=en`;
  const term = await client.post(url('/terms'), {
    name: '2023–2027',
    startsOn: '2023-10-01',
    endsOn: '2027-09-30',
  });
  expect(term.statusCode).toBe(201);
  return { m, admin: client, termId: term.json().id, url };
}

async function persons(s: Setup, spec: { women?: number; men?: number; unknown?: number; party?: string }) {
  const ids: string[] = [];
  const make = async (gender: 'woman' | 'man' | null, i: number) => {
    const response = await s.admin.post(s.url('/persons'), {
      name: `${gender ?? 'x'}-${i}-${Math.random()}`,
      gender,
      party: spec.party ?? null,
    });
    expect(response.statusCode).toBe(201);
    ids.push(response.json().id);
  };
  for (let i = 0; i < (spec.women ?? 0); i++) await make('woman', i);
  for (let i = 0; i < (spec.men ?? 0); i++) await make('man', i);
  for (let i = 0; i < (spec.unknown ?? 0); i++) await make(null, i);
  return ids;
}

async function committee(s: Setup, fields: Record<string, unknown> = {}) {
  const response = await s.admin.post(s.url('/bodies'), {
    kind: 'committee',
    name: `Utvalg ${Math.random()}`,
    electionMethod: s.m.jurisdiction === 'no' ? 'agreed' : undefined,
    ...fields,
  });
  expect(response.statusCode).toBe(201);
  return response.json() as { id: string; version: number };
}

const compose = (s: Setup, bodyId: string, members: Array<Record<string, unknown>>) =>
  s.admin.put(s.url(`/bodies/${bodyId}/composition`), { termId: s.termId, startsOn: '2023-10-15', members });

const seats = (ids: string[], extra: Record<string, unknown> = {}) =>
  ids.map((personId) => ({ personId, role: 'member', ...extra }));

describe('kommuneloven § 7-6 when a Norwegian committee is elected by agreement', () => {
  it.each([
    [3, 1],
    [5, 2],
    [8, 3],
    [9, 4],
    [10, 4],
    [11, 5],
  ])('%i seats: %i women pass, one fewer is refused citing the rule', async (n, minimum) => {
    const s = await setup('no');
    const body = await committee(s);
    const short = await persons(s, { women: minimum - 1, men: n - minimum + 1 });
    const refused = await compose(s, body.id, seats(short));
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error).toMatchObject({
      code: 'RULE_VIOLATION',
      details: { source: 'kommuneloven § 7-6' },
    });
    expect(refused.json().error.message).toBe(
      `Each gender must have at least ${minimum} of the ${n} members (kommuneloven § 7-6). The composition has ${minimum - 1} women and ${n - minimum + 1} men.`,
    );
    const nobody = (await anonymous(ctx).get(`/api/m/${s.m.slug}/bodies/${body.id}`)).json();
    expect(nobody.members).toEqual([]);

    const enough = await persons(s, { women: minimum, men: n - minimum });
    const elected = await compose(s, body.id, seats(enough));
    expect(elected.statusCode).toBe(200);
    expect(elected.json().genderBalance.status).toBe('ok');
  });

  it('a proportional election is checked per list', async () => {
    const s = await setup('no');
    const body = await committee(s, { electionMethod: 'proportional' });
    const ap = await persons(s, { women: 1, men: 1 });
    const h = await persons(s, { men: 2 });
    const refused = await compose(s, body.id, [
      ...seats(ap, { listName: 'Ap' }),
      ...seats(h, { listName: 'H' }),
    ]);
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error.message).toContain('of the list H');
  });

  it('the executive board (formannskap) is only warned: "as far as possible"', async () => {
    const s = await setup('no');
    const board = (
      await s.admin.post(s.url('/bodies'), {
        kind: 'executive_board',
        name: 'Formannskapet',
        electionMethod: 'agreed',
      })
    ).json();
    const ids = await persons(s, { women: 1, men: 6 });
    const elected = await compose(s, board.id, seats(ids));
    expect(elected.statusCode).toBe(200);
    expect(elected.json().genderBalance.status).toBe('warning');
  });

  it('members without a declared gender make the check "cannot be verified" rather than pass', async () => {
    const s = await setup('no');
    const body = await committee(s);
    const ids = await persons(s, { women: 2, men: 4, unknown: 1 });
    const elected = await compose(s, body.id, seats(ids));
    expect(elected.statusCode).toBe(200);
    expect(elected.json().genderBalance).toMatchObject({ status: 'unverifiable', groups: [{ unknown: 1 }] });
  });

  it('substitutes and non-voting members do not count towards the seats', async () => {
    const s = await setup('no');
    const body = await committee(s);
    const members = await persons(s, { women: 1, men: 2 });
    const substitutes = await persons(s, { men: 3 });
    const elected = await compose(s, body.id, [
      ...seats(members),
      ...substitutes.map((personId, i) => ({ personId, role: 'substitute', substituteOrder: i + 1 })),
    ]);
    expect(elected.statusCode).toBe(200);
    expect(elected.json().genderBalance.groups).toEqual([
      expect.objectContaining({ seats: 3, women: 1, men: 2 }),
    ]);
  });

  it('a composition can be checked without saving it, to show warnings while appointing', async () => {
    const s = await setup('no');
    const body = await committee(s);
    const ids = await persons(s, { women: 2, men: 5 });
    const check = await s.admin.post(s.url(`/bodies/${body.id}/composition/check`), { members: seats(ids) });
    expect(check.statusCode).toBe(200);
    expect(check.json()).toMatchObject({ status: 'violation', groups: [{ required: 3, women: 2, men: 5 }] });
    expect((await anonymous(ctx).get(`/api/m/${s.m.slug}/bodies/${body.id}`)).json().members).toEqual([]);
  });

  it('a Norwegian committee needs its election method, since the rule depends on it', async () => {
    const s = await setup('no');
    const response = await s.admin.post(s.url('/bodies'), { kind: 'committee', name: 'Uten valgmåte' });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.message).toContain('kommuneloven § 7-6');
  });

  it('Swedish bodies have no statutory gender rule', async () => {
    const s = await setup('se');
    const body = await committee(s);
    const ids = await persons(s, { men: 7 });
    const elected = await compose(s, body.id, seats(ids));
    expect(elected.statusCode).toBe(200);
    expect(elected.json().genderBalance.status).toBe('not_applicable');
  });
});

describe('memberships', () => {
  it('a body has one chair at a time', async () => {
    const s = await setup('se');
    const body = await committee(s);
    const [a, b] = await persons(s, { women: 2 });
    const refused = await compose(s, body.id, [
      { personId: a, role: 'chair' },
      { personId: b, role: 'chair' },
    ]);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.message).toMatch(/already chairs this body/);

    expect((await compose(s, body.id, [{ personId: a, role: 'chair' }])).statusCode).toBe(200);
    const second = await s.admin.post(s.url('/memberships'), {
      bodyId: body.id,
      termId: s.termId,
      personId: b,
      role: 'chair',
      startsOn: '2024-01-01',
    });
    expect(second.statusCode).toBe(409);
  });

  it('a person cannot hold overlapping memberships in the same body', async () => {
    const s = await setup('se');
    const body = await committee(s);
    const [a] = await persons(s, { women: 1 });
    expect((await compose(s, body.id, [{ personId: a, role: 'member' }])).statusCode).toBe(200);
    const again = await s.admin.post(s.url('/memberships'), {
      bodyId: body.id,
      termId: s.termId,
      personId: a,
      role: 'substitute',
      substituteOrder: 1,
      startsOn: '2024-02-01',
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.message).toMatch(/already has a membership in this body that overlaps/);
  });

  it('when a member leaves mid-term the secretary is shown the next substitute on the list, who can move up', async () => {
    const s = await setup('se');
    const body = await committee(s);
    const [leaver, stays] = await persons(s, { women: 2, party: 'S' });
    const [first, second, otherList] = await persons(s, { men: 3 });
    const elected = await compose(s, body.id, [
      { personId: leaver, role: 'member', listName: 'S' },
      { personId: stays, role: 'member', listName: 'S' },
      { personId: second, role: 'substitute', listName: 'S', substituteOrder: 2 },
      { personId: first, role: 'substitute', listName: 'S', substituteOrder: 1 },
      { personId: otherList, role: 'substitute', listName: 'M', substituteOrder: 1 },
    ]);
    const leaving = elected.json().members.find((m: { personId: string }) => m.personId === leaver);
    const ended = await s.admin.patch(s.url(`/memberships/${leaving.membershipId}`), {
      endsOn: '2024-03-31',
      endReason: 'Moved away',
      version: leaving.version,
    });
    expect(ended.statusCode).toBe(200);
    expect(ended.json().member.endsOn).toBe('2024-03-31');
    expect(ended.json().nextSubstitute).toMatchObject({ personId: first, substituteOrder: 1, listName: 'S' });

    const moved = await s.admin.post(
      s.url(`/memberships/${ended.json().nextSubstitute.membershipId}/move-up`),
      { startsOn: '2024-04-01' },
    );
    expect(moved.statusCode).toBe(201);
    expect(moved.json().member).toMatchObject({
      personId: first,
      role: 'member',
      listName: 'S',
      startsOn: '2024-04-01',
    });
    const page = (await anonymous(ctx).get(`/api/m/${s.m.slug}/persons/${first}`)).json();
    expect(page.memberships.map((m: { role: string; endsOn: string }) => [m.role, m.endsOn])).toEqual([
      ['member', '2027-09-30'],
      ['substitute', '2024-03-31'],
    ]);
  });

  it('ending a membership on an old version is refused (optimistic locking)', async () => {
    const s = await setup('se');
    const body = await committee(s);
    const [a] = await persons(s, { women: 1 });
    const m = (await compose(s, body.id, [{ personId: a, role: 'member' }])).json().members[0];
    expect(
      (
        await s.admin.patch(s.url(`/memberships/${m.membershipId}`), {
          endsOn: '2024-01-01',
          version: m.version,
        })
      ).statusCode,
    ).toBe(200);
    const stale = await s.admin.patch(s.url(`/memberships/${m.membershipId}`), {
      endsOn: '2024-02-01',
      version: m.version,
    });
    expect(stale.statusCode).toBe(409);
  });

  it('an appointment outside the term is refused', async () => {
    const s = await setup('se');
    const body = await committee(s);
    const [a] = await persons(s, { women: 1 });
    const response = await s.admin.post(s.url('/memberships'), {
      bodyId: body.id,
      termId: s.termId,
      personId: a,
      role: 'member',
      startsOn: '2030-01-01',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.message).toBe('The date 2030-01-01 is outside the term 2023–2027.');
  });
});

describe('task committees', () => {
  it('need a mandate, dates and powers', async () => {
    const s = await setup('no');
    const response = await s.admin.post(s.url('/bodies'), {
      kind: 'task_committee',
      name: 'Oppgaveutvalg',
      electionMethod: 'agreed',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.message).toMatch(/written mandate/);
  });

  it('close by themselves at their end date: no longer listed as active, and no one can be appointed after it', async () => {
    const s = await setup('se');
    const body = (
      await s.admin.post(s.url('/bodies'), {
        kind: 'task_committee',
        name: 'Beredning om fritidsgårdar',
        mandate: 'Föreslå hur fritidsgårdarna ska drivas.',
        startsOn: '2024-01-01',
        endsOn: '2024-06-30',
        powers: 'recommend',
      })
    ).json();
    expect(body).toMatchObject({ isActive: false, canDecide: false });
    const active = (await anonymous(ctx).get(`/api/m/${s.m.slug}/bodies`)).json().items;
    expect(active.map((b: { id: string }) => b.id)).not.toContain(body.id);
    const all = (await anonymous(ctx).get(`/api/m/${s.m.slug}/bodies?includeEnded=true`)).json().items;
    expect(all.map((b: { id: string }) => b.id)).toContain(body.id);

    const [citizen] = await persons(s, { women: 1 });
    const late = await s.admin.post(s.url('/memberships'), {
      bodyId: body.id,
      personId: citizen,
      role: 'adjunct',
      startsOn: '2024-07-01',
    });
    expect(late.statusCode).toBe(422);
    expect(late.json().error.message).toBe(
      `${body.name} closed on 2024-06-30; no one can be appointed to it.`,
    );
    const inTime = await s.admin.post(s.url('/memberships'), {
      bodyId: body.id,
      personId: citizen,
      role: 'adjunct',
      startsOn: '2024-02-01',
    });
    expect(inTime.statusCode).toBe(201);
    expect(inTime.json().member.votingRight).toBe(false);
    const page = (await anonymous(ctx).get(`/api/m/${s.m.slug}/persons/${citizen}`)).json();
    expect(page.memberships[0]).toMatchObject({ isActive: false, endsOn: '2024-06-30' });
  });
});

describe('the director', () => {
  it('is one person at a time, with the instruction the board gave', async () => {
    const s = await setup('se', 'administrator');
    const [first, second] = await persons(s, { women: 1, men: 1 });
    const withoutInstruction = await s.admin.post(s.url('/positions'), {
      personId: first,
      kind: 'director',
      title: 'Kommundirektör',
      startsOn: '2024-01-01',
    });
    expect(withoutInstruction.statusCode).toBe(422);
    expect(withoutInstruction.json().error.message).toContain('KL 7 kap. 2 §');

    const director = await s.admin.post(s.url('/positions'), {
      personId: first,
      kind: 'director',
      title: 'Kommundirektör',
      startsOn: '2024-01-01',
      instructionTitle: 'Instruktion för kommundirektören',
      instructionAdoptedOn: '2023-12-12',
    });
    expect(director.statusCode).toBe(201);
    const rival = await s.admin.post(s.url('/positions'), {
      personId: second,
      kind: 'director',
      title: 'Kommundirektör',
      startsOn: '2025-01-01',
      instructionTitle: 'Instruktion',
    });
    expect(rival.statusCode).toBe(422);
    expect(rival.json().error.message).toMatch(/is already the director.*KL 7 kap\. 1 §/);

    const ended = await s.admin.patch(s.url(`/positions/${director.json().id}`), {
      endsOn: '2024-12-31',
      version: director.json().version,
    });
    expect(ended.statusCode).toBe(200);
    const successor = await s.admin.post(s.url('/positions'), {
      personId: second,
      kind: 'director',
      title: 'Kommundirektör',
      startsOn: '2025-01-01',
      instructionTitle: 'Instruktion',
    });
    expect(successor.statusCode).toBe(201);
  });

  it('in Norway cites kommuneloven § 13-1', async () => {
    const s = await setup('no', 'administrator');
    const [a, b] = await persons(s, { women: 2 });
    const make = (personId: string) =>
      s.admin.post(s.url('/positions'), {
        personId,
        kind: 'director',
        title: 'Kommunedirektør',
        startsOn: '2024-01-01',
        instructionTitle: 'Delegeringsreglement',
      });
    expect((await make(a ?? '')).statusCode).toBe(201);
    expect((await make(b ?? '')).json().error.message).toContain('kommuneloven § 13-1');
  });
});

describe('people and their contact details', () => {
  it('contact details marked internal never appear in public replies', async () => {
    const s = await setup('se');
    const body = await committee(s);
    const person = (
      await s.admin.post(s.url('/persons'), {
        name: 'Karl Kontakt',
        gender: 'man',
        birthYear: 1970,
        email: 'karl.hemlig@solvik.example',
        phone: '070-000 00 00',
        emailVisibility: 'internal',
        phoneVisibility: 'public',
      })
    ).json();
    await compose(s, body.id, [{ personId: person.id, role: 'member' }]);
    const publicReplies = [
      await anonymous(ctx).get(`/api/m/${s.m.slug}/persons/${person.id}`),
      await anonymous(ctx).get(`/api/m/${s.m.slug}/bodies/${body.id}`),
      await anonymous(ctx).get(`/api/m/${s.m.slug}/representation`),
    ];
    for (const reply of publicReplies) {
      expect(reply.statusCode).toBe(200);
      expect(reply.body).not.toContain('karl.hemlig@solvik.example');
      expect(reply.body).not.toContain('1970');
    }
    expect(publicReplies[0]?.json().person).toMatchObject({ email: null, phone: '070-000 00 00' });
    expect(publicReplies[0]?.json().person).not.toHaveProperty('gender');
    const insider = (await s.admin.get(s.url(`/persons/${person.id}`))).json();
    expect(insider.person.email).toBe('karl.hemlig@solvik.example');
  });

  it('only the secretary or administrator sees the list of people with genders', async () => {
    const s = await setup('se');
    const { client } = await signedInWithRole(ctx, ['politician'], s.m);
    expect((await client.get(s.url('/persons'))).statusCode).toBe(403);
    expect((await anonymous(ctx).get(s.url('/persons'))).statusCode).toBe(401);
  });
});

describe('role descriptions', () => {
  it('are versioned, shown in the language asked for when translated, and on the person’s page', async () => {
    const s = await setup('se');
    const adopt = (decides: string) =>
      s.admin.post(s.url('/role-descriptions'), {
        roleType: 'chair',
        adoptedOn: '2024-01-15',
        texts: {
          sv: { decides, leaves: 'Hur förvaltningen arbetar.' },
          en: { decides: `EN ${decides}`, leaves: 'How the administration works.' },
        },
      });
    expect((await adopt('Vad nämnden ska uppnå.')).json().versionNo).toBe(1);
    expect((await adopt('Vad nämnden ska uppnå, och i vilken ordning.')).json().versionNo).toBe(2);
    const current = (await anonymous(ctx).get(`/api/m/${s.m.slug}/role-descriptions?lang=sv`)).json().items;
    expect(current).toEqual([
      expect.objectContaining({
        roleType: 'chair',
        versionNo: 2,
        locale: 'sv',
        decides: 'Vad nämnden ska uppnå, och i vilken ordning.',
      }),
    ]);
    const inNynorsk = (await anonymous(ctx).get(`/api/m/${s.m.slug}/role-descriptions?lang=nn`)).json()
      .items[0];
    expect(inNynorsk.locale).toBe('sv');
    const history = (await anonymous(ctx).get(s.url('/role-descriptions/chair/versions'))).json().items;
    expect(history.map((h: { versionNo: number; locale: string }) => [h.versionNo, h.locale])).toEqual([
      [2, 'en'],
      [1, 'en'],
    ]);

    const body = await committee(s);
    const [chair] = await persons(s, { women: 1 });
    await compose(s, body.id, [{ personId: chair, role: 'chair' }]);
    const page = (await anonymous(ctx).get(`/api/m/${s.m.slug}/persons/${chair}?lang=sv`)).json();
    expect(page.roleDescriptions.map((d: { roleType: string }) => d.roleType)).toEqual(['chair']);
  });

  it('must be written in the municipality’s own language', async () => {
    const s = await setup('no');
    const response = await s.admin.post(s.url('/role-descriptions'), {
      roleType: 'director',
      adoptedOn: '2024-01-15',
      texts: { en: { decides: 'x', leaves: 'y' } },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details.issues[0].path).toBe('body.texts.nb');
  });
});

describe('representation statistics', () => {
  it('break down each body and term by gender and age, suppress groups under five, and show the trend', async () => {
    const s = await setup('no');
    const earlier = (
      await s.admin.post(s.url('/terms'), { name: '2019–2023', startsOn: '2019-10-01', endsOn: '2023-09-30' })
    ).json();
    const council = (await s.admin.post(s.url('/bodies'), { kind: 'council', name: 'Kommunestyret' })).json();
    const small = await committee(s);
    const now = await persons(s, { women: 3, men: 3 });
    const before = await persons(s, { women: 1, men: 5 });
    await compose(s, council.id, seats(now));
    expect((await compose(s, small.id, seats([now[0] ?? '', now[3] ?? '', now[4] ?? '']))).statusCode).toBe(
      200,
    );
    await s.admin.put(s.url(`/bodies/${council.id}/composition`), {
      termId: earlier.id,
      startsOn: '2019-10-15',
      members: seats(before),
    });

    const stats = (await anonymous(ctx).get(`/api/m/${s.m.slug}/representation`)).json();
    expect(stats.minimumGroupSize).toBe(5);
    expect(
      stats.terms.map((t: { name: string; overall: { gender: { women: number } } }) => [
        t.name,
        t.overall.gender.women,
      ]),
    ).toEqual([
      ['2019–2023', 1],
      ['2023–2027', 3],
    ]);
    const latest = stats.terms[1];
    const councilRow = latest.bodies.find((b: { bodyId: string }) => b.bodyId === council.id);
    expect(councilRow).toMatchObject({
      total: 6,
      suppressed: false,
      gender: { women: 3, men: 3, unknown: 0 },
    });
    const smallRow = latest.bodies.find((b: { bodyId: string }) => b.bodyId === small.id);
    expect(smallRow).toMatchObject({ total: 3, suppressed: true, gender: null, age: null });
  });
});

describe('representation of people of another gender', () => {
  it('fewer than five are counted with those who did not say, so no subtraction reveals them', async () => {
    const s = await setup('se');
    const council = (await s.admin.post(s.url('/bodies'), { kind: 'council', name: 'Fullmäktige' })).json();
    const ids = await persons(s, { women: 3, men: 3, unknown: 1 });
    const other = (await s.admin.post(s.url('/persons'), { name: 'Alex Annan', gender: 'other' })).json();
    await compose(s, council.id, seats([...ids, other.id]));
    const overall = (await anonymous(ctx).get(`/api/m/${s.m.slug}/representation`)).json().terms[0].overall;
    expect(overall).toMatchObject({ total: 8, gender: { women: 3, men: 3, other: null, unknown: 2 } });
  });
});

describe('bodies', () => {
  it('a change based on an old version is refused (optimistic locking)', async () => {
    const s = await setup('se');
    const body = await committee(s);
    expect(
      (await s.admin.patch(s.url(`/bodies/${body.id}`), { shortName: 'KFN', version: body.version }))
        .statusCode,
    ).toBe(200);
    expect(
      (await s.admin.patch(s.url(`/bodies/${body.id}`), { shortName: 'X', version: body.version }))
        .statusCode,
    ).toBe(409);
  });

  it('political bodies sit under political bodies, and never under themselves', async () => {
    const s = await setup('se');
    const administration = (
      await s.admin.post(s.url('/bodies'), {
        kind: 'administration',
        name: 'Barn- och utbildningsförvaltningen',
      })
    ).json();
    const wrong = await s.admin.post(s.url('/bodies'), {
      kind: 'sub_committee',
      name: 'Utskott',
      parentId: administration.id,
    });
    expect(wrong.statusCode).toBe(400);
    const parent = await committee(s);
    const child = (
      await s.admin.post(s.url('/bodies'), {
        kind: 'sub_committee',
        name: 'Arbetsutskott',
        parentId: parent.id,
      })
    ).json();
    const loop = await s.admin.patch(s.url(`/bodies/${parent.id}`), {
      parentId: child.id,
      version: parent.version,
    });
    expect(loop.statusCode).toBe(400);
    const detail = (await anonymous(ctx).get(`/api/m/${s.m.slug}/bodies/${parent.id}`)).json();
    expect(detail.children.map((c: { id: string }) => c.id)).toEqual([child.id]);
  });

  it('a name already used is refused with a message that says so', async () => {
    const s = await setup('se');
    await committee(s, { name: 'Kulturnämnden' });
    const again = await s.admin.post(s.url('/bodies'), { kind: 'committee', name: 'kulturnämnden' });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.message).toBe('There is already a body named kulturnämnden.');
  });

  it('terms of office never overlap', async () => {
    const s = await setup('se');
    const response = await s.admin.post(s.url('/terms'), {
      name: 'Överlapp',
      startsOn: '2026-10-15',
      endsOn: '2030-10-14',
    });
    expect(response.statusCode).toBe(409);
  });
});
