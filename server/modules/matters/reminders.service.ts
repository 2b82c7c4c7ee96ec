import type { Db } from '../../db/client.ts';
import { addDays } from '../../rules/calendar.ts';
import type { Mailer } from '../../mail/mailer.ts';
import { listMunicipalities } from '../municipalities/municipalities.service.ts';
import { notify } from '../notifications/notifications.service.ts';
import { isOverdue, loadContext } from './matters.common.ts';
import * as repo from './matters.repository.ts';

export type ReminderResult = { notified: number };

/**
 * Reminds the officials responsible for matters of deadlines that are due soon or overdue, and
 * those who carry out assignments of theirs. Each reminder is sent once per deadline and stage
 * (due soon, overdue), so the job may run as often as it likes. Confidential matters are named by
 * their public title, since e-mail leaves the system.
 */
export async function sendDueReminders(
  db: Db,
  input: { mailer: Mailer | null; publicUrl: string; now?: Date },
): Promise<ReminderResult> {
  let notified = 0;
  for (const municipality of await listMunicipalities(db)) {
    const ctx = await loadContext(db, municipality.id, input.now);
    const horizon = addDays(ctx.today, ctx.settings.dueSoonDays);
    const link = (matterId: string) => `${input.publicUrl}/m/${municipality.slug}/matters/${matterId}`;

    const deadlines = await repo.listDeadlines(db, municipality.id, {
      openOnly: true,
      dueOnOrBefore: horizon,
    });
    const deadlineUsers = await repo.findUsersOfPersons(
      db,
      municipality.id,
      deadlines.flatMap((d) => (d.matter.responsiblePersonId ? [d.matter.responsiblePersonId] : [])),
    );
    for (const { deadline, matter } of deadlines) {
      const userId = matter.responsiblePersonId ? deadlineUsers.get(matter.responsiblePersonId) : undefined;
      if (!userId) continue;
      const stage = isOverdue(deadline.dueOn, ctx.today) ? 'overdue' : 'due_soon';
      const isNew = await notify(db, {
        municipalityId: municipality.id,
        userId,
        kind: `deadline_${stage}`,
        dedupeKey: `deadline:${deadline.id}:${stage}:${deadline.dueOn}`,
        matterId: matter.id,
        values: {
          number: matter.registryNumber,
          title: matter.publicTitle,
          label: deadline.kind === 'legal' ? `matter.deadline.${deadline.label}` : deadline.label,
          dueOn: deadline.dueOn,
        },
        fallbackLocale: municipality.defaultLocale,
        link: link(matter.id),
        mailer: input.mailer,
      });
      if (isNew) notified++;
    }

    const open = (await repo.listAssignments(db, municipality.id, { state: 'open' })).filter(
      (a) => a.assignment.dueOn <= horizon,
    );
    // The heads of the units that carry out assignments, read once for all of them.
    const unitHeads = (
      await repo.findPeopleOfUnits(
        db,
        municipality.id,
        [...new Set(open.flatMap((a) => (a.assignment.assigneeUnitId ? [a.assignment.assigneeUnitId] : [])))],
        ctx.today,
      )
    ).filter((p) => p.kind === 'department_head');
    const assignees = await repo.findUsersOfPersons(db, municipality.id, [
      ...open.flatMap((a) => (a.assignment.assigneePersonId ? [a.assignment.assigneePersonId] : [])),
      ...unitHeads.map((p) => p.personId),
    ]);
    for (const { assignment, registryNumber } of open) {
      const recipients = new Set<string>();
      const people = [
        ...(assignment.assigneePersonId ? [assignment.assigneePersonId] : []),
        ...unitHeads.filter((p) => p.unitId === assignment.assigneeUnitId).map((p) => p.personId),
      ];
      for (const personId of people) {
        const userId = assignees.get(personId);
        if (userId) recipients.add(userId);
      }
      const stage = isOverdue(assignment.dueOn, ctx.today) ? 'overdue' : 'due_soon';
      for (const userId of recipients) {
        const isNew = await notify(db, {
          municipalityId: municipality.id,
          userId,
          kind: `assignment_${stage}`,
          dedupeKey: `assignment:${assignment.id}:${stage}:${assignment.dueOn}`,
          matterId: assignment.matterId,
          values: { number: registryNumber, title: assignment.title, dueOn: assignment.dueOn },
          fallbackLocale: municipality.defaultLocale,
          link: link(assignment.matterId),
          mailer: input.mailer,
        });
        if (isNew) notified++;
      }
    }
  }
  return { notified };
}
