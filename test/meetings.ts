import { expect } from 'vitest';
import type { TestContext } from './app.ts';
import { makeUser, signIn, type Client } from './factories.ts';
import { makeMattersWorld, must } from './matters.ts';

/** A clock a test can move: the app reads it on every request. */
export function movableClock(start: string) {
  let now = new Date(start);
  return {
    clock: () => now,
    set: (iso: string) => {
      now = new Date(iso);
    },
  };
}

export type MeetingJson = {
  id: string;
  state: string;
  version: number;
  noticeLastDay: string;
  noticeSource: string;
  chair: { id: string; name: string } | null;
  quorum: {
    seats: number;
    present: number;
    counted: number;
    needed: number;
    met: boolean;
    source: string;
  } | null;
  items: Array<{
    id: string;
    kind: string;
    title: string;
    number: string;
    public: boolean;
    closingGround: string | null;
    restricted: boolean;
    state: string;
    version: number;
    matter: { id: string; state: string } | null;
    decisionText: string | null;
    quorum: { counted: number; needed: number; met: boolean; conflicted: number } | null;
    standIns: Array<{ person: { id: string; name: string }; replaces: { id: string; name: string } }>;
    conflicts: Array<{ id: string; person: { id: string }; status: string; reason: string | null }>;
    proposals: Array<{
      id: string;
      kind: string;
      text: string;
      eliminated: boolean;
      person: { id: string } | null;
    }>;
    votings: Array<{
      id: string;
      round: number;
      open: boolean;
      votedCount: number;
      eligibleCount: number;
      eligible: Array<{ id: string; name: string }>;
      myVote: string | null;
      mayVote: boolean;
      votes: Array<{ person: { id: string; name: string }; choice: string | null; listName: string | null }>;
      result: {
        counts: Record<string, number>;
        abstentions: number;
        winner: string;
        tie: boolean;
        tieBreak: string | null;
        tieBreakSource: string | null;
        lot: { seed: string; order: string[] } | null;
        parties: Record<string, Record<string, number>> | null;
        splitParties: string[];
      } | null;
    }>;
    statements: Array<{ id: string; kind: string; text: string; version: number; person: { id: string } }>;
    speakers: Array<{ id: string; person: { id: string }; startedAt: string | null; endedAt: string | null }>;
    myNote: { text: string; version: number } | null;
  }>;
  participants: Array<{
    id: string;
    person: { id: string; name: string };
    role: string;
    status: string;
    listName: string | null;
    replaces: { id: string } | null;
    present: boolean;
    adjuster: boolean;
    absenceReason: string | null;
  }>;
  you: {
    personId: string | null;
    manage: boolean;
    chair: boolean;
    participant: boolean;
    votingRight: boolean;
    seesClosed: boolean;
  };
  minutesState: string | null;
};

/**
 * A municipality with a body ready to meet: the matters world, a term, and a five-seat committee
 * (chair and four members from two lists, each a person with an account) with three substitutes.
 * Norway's committee is agreed-elected with both genders well represented.
 */
export async function makeMeetingsWorld(ctx: TestContext, jurisdiction: 'se' | 'no') {
  const w = await makeMattersWorld(ctx, jurisdiction);
  const { admin, url } = w;
  const term = await admin.client.post(url('/terms'), {
    name: 'Mandatperiod',
    startsOn: '2022-10-15',
    endsOn: '2030-10-14',
  });
  expect(term.statusCode, term.body).toBe(201);
  const termId = (term.json() as { id: string }).id;

  type Member = { key: string; name: string; party: string; gender: 'woman' | 'man' };
  const seatsFor: Member[] = [
    { key: 'chair', name: 'Anna Ordförande', party: 'S', gender: 'woman' },
    { key: 'b', name: 'Bo Ledamot', party: 'S', gender: 'man' },
    { key: 'c', name: 'Cecilia Ledamot', party: 'S', gender: 'woman' },
    { key: 'd', name: 'David Ledamot', party: 'M', gender: 'man' },
    { key: 'e', name: 'Eva Ledamot', party: 'M', gender: 'woman' },
  ];
  const substitutesFor: Member[] = [
    { key: 's1', name: 'Sara Ersättare', party: 'S', gender: 'woman' },
    { key: 's2', name: 'Stig Ersättare', party: 'S', gender: 'man' },
    { key: 'm1', name: 'Maja Ersättare', party: 'M', gender: 'woman' },
  ];
  const people: Record<string, { personId: string; client: Client; name: string; userId: string }> = {};
  for (const p of [...seatsFor, ...substitutesFor]) {
    const user = await makeUser(ctx, w.m.id, ['politician']);
    const created = await admin.client.post(url('/persons'), {
      name: p.name,
      party: p.party,
      gender: p.gender,
      userId: user.id,
    });
    expect(created.statusCode, created.body).toBe(201);
    people[p.key] = {
      personId: (created.json() as { id: string }).id,
      client: await signIn(ctx, user.email),
      name: p.name,
      userId: user.id,
    };
  }
  const person = (key: string) => must(people[key], key);
  const composition = await admin.client.put(url(`/bodies/${w.bodies.committee.id}/composition`), {
    termId,
    startsOn: '2022-10-15',
    members: [
      ...seatsFor.map((p) => ({
        personId: person(p.key).personId,
        role: p.key === 'chair' ? 'chair' : 'member',
        listName: p.party,
      })),
      ...substitutesFor.map((p, i) => ({
        personId: person(p.key).personId,
        role: 'substitute',
        listName: p.party,
        substituteOrder: p.party === 'S' ? i + 1 : 1,
      })),
    ],
  });
  expect(composition.statusCode, composition.body).toBe(200);

  const committee = w.bodies.committee;
  /** Plans a decision meeting of the committee as the secretary. */
  const plan = async (startsAt: string, fields: Record<string, unknown> = {}) => {
    const response = await w.secretary.client.post(url('/meetings'), {
      bodyId: committee.id,
      kind: 'decision',
      name: 'Nämndsammanträde',
      startsAt,
      endsAt: new Date(Date.parse(startsAt) + 3 * 3_600_000).toISOString(),
      location: 'Sessionssalen',
      ...fields,
    });
    expect(response.statusCode, response.body).toBe(201);
    return response.json() as MeetingJson;
  };
  const meetingUrl = (meeting: { id: string }, path = '') => url(`/meetings/${meeting.id}${path}`);
  /** Posts as a client and expects the status; returns the reply's JSON. */
  const call = async <T = MeetingJson>(
    client: Client,
    method: 'post' | 'put' | 'patch' | 'delete' | 'get',
    path: string,
    body: unknown,
    status = 200,
  ): Promise<T> => {
    const response =
      method === 'get'
        ? await client.get(path)
        : method === 'delete'
          ? await client.delete(path)
          : await client[method](path, body);
    expect(response.statusCode, `${method} ${path}: ${response.body}`).toBe(status);
    return (response.body ? response.json() : null) as T;
  };
  const get = (meeting: { id: string }) => call(w.secretary.client, 'get', meetingUrl(meeting), undefined);
  /** A committee matter prepared until ready for decision. */
  const readyMatter = async (fields: Record<string, unknown> = {}) => {
    const matter = await w.register({
      title: 'Ny förskola i Norrby',
      type: 'administration',
      responsibleBodyId: committee.id,
      initiatorPersonId: undefined,
      ...fields,
    });
    return w.prepareToReady(matter);
  };
  /** Everyone of the committee present, the meeting opened by the chair. */
  const openWithAll = async (
    meeting: { id: string; version: number },
    keys = ['chair', 'b', 'c', 'd', 'e'],
  ) => {
    let m = await call(person('chair').client, 'post', meetingUrl(meeting, '/open'), {
      version: meeting.version,
    });
    for (const key of keys) {
      m = await call(w.secretary.client, 'put', meetingUrl(meeting, '/attendance'), {
        personId: person(key).personId,
        present: true,
      });
    }
    return m;
  };
  return { ...w, termId, people, person, committee, plan, meetingUrl, call, get, readyMatter, openWithAll };
}
