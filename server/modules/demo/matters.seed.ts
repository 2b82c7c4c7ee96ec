import type { RecommendationSection } from '../../../common/matters.ts';
import type { Locale } from '../../../common/i18n/index.ts';
import type { Jurisdiction } from '../../../common/roles.ts';
import type { Db } from '../../db/client.ts';
import type { Actor } from '../../http/context.ts';
import { addDays, addMonths, todayIn } from '../../rules/calendar.ts';
import { reportAssignment } from '../matters/assignments.service.ts';
import { addDeadline } from '../matters/deadlines.service.ts';
import { registerDocument } from '../matters/documents.service.ts';
import type { MatterDto } from '../matters/matters.contract.ts';
import {
  confirmInvestigated,
  recordDecision,
  registerMatter,
  saveRecommendation,
  setPriorities,
  transitionMatter,
  updatePreparation,
} from '../matters/matters.service.ts';
import type { DemoPerson } from './demo.data.ts';
import type { DemoDate, DemoMatter, DemoRegistry } from './matters.data.ts';
import type { SeededOrganisation } from './organisation.seed.ts';
import { demoActors, required } from './demo.actors.ts';

type Step = { on: string; run: () => Promise<void> };

/**
 * Loads a demo municipality's registry through the same services as the app: matters in every
 * state, documents, recommendations, decisions with assignments and a report back, legal and
 * custom deadlines, and the executive board's priority list. Each step runs on its own date, in
 * date order, by the demo person whose role allows it, so registry and journal numbers follow the
 * calendar and the timeline names who did what.
 */
export async function seedMatters(
  db: Db,
  input: {
    municipalityId: string;
    jurisdiction: Jurisdiction;
    locale: Locale;
    registry: DemoRegistry;
    organisation: SeededOrganisation;
    accounts: DemoPerson[];
  },
): Promise<void> {
  const { municipalityId, registry, organisation } = input;
  const today = todayIn(input.jurisdiction);
  const dateOf = (date: DemoDate): string => {
    const resolved =
      typeof date === 'string' ? date : addDays(addMonths(today, date.months ?? 0), date.days ?? 0);
    if (resolved > today) throw new Error(`demo step dated ${resolved}, after today`);
    return resolved;
  };
  const dueDateOf = (date: DemoDate): string =>
    typeof date === 'string' ? date : addDays(addMonths(today, date.months ?? 0), date.days ?? 0);
  // Midday UTC is the same calendar day in Stockholm and Oslo.
  const at = (date: string) => new Date(`${date}T12:00:00Z`);
  const bodyId = (name: string) => required(organisation.bodyIds.get(name), `body ${name}`);
  const personId = (name: string) => required(organisation.personIds.get(name), `person ${name}`);

  const actorFor = demoActors(db, input);
  const secretary = await actorFor(registry.accounts.secretary);
  const director = await actorFor(registry.accounts.director);

  const initiatorOf = (matter: DemoMatter) => {
    if (!matter.initiator) return { name: null, personId: null };
    if ('name' in matter.initiator) return { name: matter.initiator.name, personId: null };
    const seats = organisation.seated[matter.initiator.term]?.get(organisation.councilName) ?? [];
    const id = required(seats[matter.initiator.councilSeat], `council seat ${matter.initiator.councilSeat}`);
    const person = required(organisation.people.get(id), `person ${id}`);
    return { name: person.party ? `${person.name} (${person.party})` : person.name, personId: id };
  };

  const matterIds = new Map<string, string>();
  const steps: Step[] = [];
  for (const spec of registry.matters) {
    const official = await actorFor(
      registry.accounts.officials[spec.official] ?? registry.accounts.defaultOfficial,
    );
    const initiator = initiatorOf(spec);
    let matter: MatterDto | undefined;
    const current = () => required(matter, spec.title);
    const step = (on: DemoDate, run: () => Promise<void>) => steps.push({ on: dateOf(on), run });

    step(spec.receivedOn, async () => {
      matter = await registerMatter(db, {
        actor: spec.registeredBy === 'secretary' ? secretary : official,
        municipalityId,
        now: at(dateOf(spec.receivedOn)),
        matter: {
          title: spec.title,
          description: spec.description,
          type: spec.type,
          nature: spec.nature,
          responsibleBodyId: bodyId(spec.body),
          responsiblePersonId: personId(spec.official),
          initiatorName: initiator.name,
          initiatorPersonId: initiator.personId,
          receivedOn: dateOf(spec.receivedOn),
          confidential: spec.confidential !== undefined,
          confidentialityGround: spec.confidential?.ground ?? null,
          publicTitle: spec.confidential?.publicTitle ?? null,
        },
      });
      if (spec.key) matterIds.set(spec.key, matter.id);
    });

    for (const document of spec.documents ?? []) {
      step(document.on, async () => {
        const addressed = document.direction === 'incoming' || document.direction === 'outgoing';
        await registerDocument(db, {
          actor: secretary,
          municipalityId,
          matterId: current().id,
          now: at(dateOf(document.on)),
          document: {
            direction: document.direction,
            documentDate: dateOf(document.on),
            correspondent: document.correspondent ?? (addressed ? initiator.name : null),
            description: document.description,
            publicDescription: document.publicDescription ?? null,
          },
        });
      });
    }

    const { preparation, recommendation, boardStatement, decision } = spec;
    if (preparation) {
      step(preparation.on, async () => {
        const now = at(dateOf(preparation.on));
        matter = await transitionMatter(db, {
          actor: official,
          municipalityId,
          matterId: current().id,
          now,
          change: { to: 'in_preparation', version: current().version },
        });
        if (!preparation.body) return;
        matter = await updatePreparation(db, {
          actor: official,
          municipalityId,
          matterId: current().id,
          now,
          preparation: {
            preparingBodyId: bodyId(preparation.body),
            preparingPersonId: personId(spec.official),
            version: current().version,
          },
        });
      });
    }

    if (recommendation) {
      step(recommendation.on, async () => {
        const given: Partial<Record<RecommendationSection, string>> = {
          background: recommendation.background,
          assessment: recommendation.assessment,
          proposed_decision: recommendation.proposedDecision,
          ...recommendation.other,
        };
        await saveRecommendation(db, {
          actor: official,
          municipalityId,
          matterId: current().id,
          version: 0,
          sections: recommendation.complete ? { ...registry.standardSections, ...given } : given,
        });
      });
    }

    const transition = (on: DemoDate, actor: Actor, to: 'recommendation_ready' | 'scheduled' | 'closed') =>
      step(on, async () => {
        matter = await transitionMatter(db, {
          actor,
          municipalityId,
          matterId: current().id,
          now: at(dateOf(on)),
          change: { to, version: current().version },
        });
      });

    if (spec.ready) transition(spec.ready, official, 'recommendation_ready');

    if (boardStatement) {
      step(boardStatement.on, async () => {
        matter = await updatePreparation(db, {
          actor: secretary,
          municipalityId,
          matterId: current().id,
          now: at(dateOf(boardStatement.on)),
          preparation: {
            boardStatement: boardStatement.text,
            boardStatementOn: dateOf(boardStatement.on),
            version: current().version,
          },
        });
      });
    }

    const investigated = spec.investigated;
    if (investigated) {
      step(investigated, async () => {
        matter = await confirmInvestigated(db, {
          actor: director,
          municipalityId,
          matterId: current().id,
          now: at(dateOf(investigated)),
          version: current().version,
        });
      });
    }

    if (spec.scheduled) transition(spec.scheduled, secretary, 'scheduled');

    if (decision) {
      step(decision.on, async () => {
        matter = await recordDecision(db, {
          actor: secretary,
          municipalityId,
          matterId: current().id,
          now: at(dateOf(decision.on)),
          decision: {
            bodyId: bodyId(decision.body),
            decidedOn: dateOf(decision.on),
            text: decision.text,
            version: current().version,
            assignments: (decision.assignments ?? []).map((a) => ({
              title: a.title,
              description: a.description,
              commissionedBy: a.commissionedBy,
              assigneePersonId: a.person ? personId(a.person) : null,
              assigneeUnitId: a.unit ? bodyId(a.unit) : null,
              dueOn: dueDateOf(a.dueOn),
            })),
          },
        });
      });
      for (const assignment of decision.assignments ?? []) {
        const report = assignment.report;
        if (!report) continue;
        const reporter =
          report.by === 'director'
            ? director
            : await actorFor(
                required(registry.accounts.officials[assignment.person ?? ''], assignment.title),
              );
        step(report.on, async () => {
          const given = required(
            current().assignments.find((a) => a.title === assignment.title),
            assignment.title,
          );
          await reportAssignment(db, {
            actor: reporter,
            municipalityId,
            assignmentId: given.id,
            report: report.text,
            version: given.version,
            now: at(dateOf(report.on)),
          });
        });
      }
    }

    if (spec.closed) transition(spec.closed, official, 'closed');

    const withdrawn = spec.withdrawn;
    if (withdrawn) {
      step(withdrawn.on, async () => {
        matter = await transitionMatter(db, {
          actor: secretary,
          municipalityId,
          matterId: current().id,
          now: at(dateOf(withdrawn.on)),
          change: { to: 'withdrawn', reason: withdrawn.reason, version: current().version },
        });
      });
    }

    for (const deadline of spec.deadlines ?? []) {
      step(deadline.on, async () => {
        await addDeadline(db, {
          actor: official,
          municipalityId,
          matterId: current().id,
          now: at(dateOf(deadline.on)),
          label: deadline.label,
          dueOn: dueDateOf(deadline.dueOn),
        });
      });
    }
  }

  // A stable sort keeps each matter's steps of one day in the order they are listed.
  steps.sort((a, b) => a.on.localeCompare(b.on));
  for (const step of steps) await step.run();

  await setPriorities(db, {
    actor: secretary,
    municipalityId,
    bodyId: bodyId(registry.priorities.body),
    matterIds: registry.priorities.keys.map((key) => required(matterIds.get(key), `matter ${key}`)),
    version: 0,
  });
}
