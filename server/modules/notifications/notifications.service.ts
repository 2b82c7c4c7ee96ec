import { isMessageKey, translate, type Locale, type MessageKey } from '../../../common/i18n/index.ts';
import type { Db, DbOrTx } from '../../db/client.ts';
import type { Actor } from '../../http/context.ts';
import { notFound, unauthenticated } from '../../http/errors.ts';
import type { Mailer } from '../../mail/mailer.ts';
import type { NotificationDto } from './notifications.contract.ts';
import * as repo from './notifications.repository.ts';

/** A notification's text in a language; values that are message keys (a deadline's name) are translated too. */
function render(locale: Locale, kind: string, values: Record<string, string | number>): string {
  const shown = Object.fromEntries(
    Object.entries(values).map(([k, v]) => [
      k,
      typeof v === 'string' && isMessageKey(v) ? translate(locale, v) : v,
    ]),
  );
  return translate(locale, `notification.${kind}` as MessageKey, shown);
}

/**
 * Notifies a person in the app and, when SMTP is configured, by e-mail. The same dedupe key is
 * never notified twice, so a reminder job can run as often as it likes.
 * @returns whether the notification was new
 */
export async function notify(
  db: DbOrTx,
  input: {
    municipalityId: string;
    userId: string;
    kind: string;
    dedupeKey: string;
    matterId: string | null;
    values: Record<string, string | number>;
    fallbackLocale: Locale;
    link: string;
    mailer: Mailer | null;
    /** The e-mail's subject and link text; a matter reminder's by default. */
    mail?: { subject: MessageKey; footer: MessageKey };
  },
): Promise<boolean> {
  const row = await repo.insertNotification(db, {
    municipalityId: input.municipalityId,
    userId: input.userId,
    kind: input.kind,
    dedupeKey: input.dedupeKey,
    matterId: input.matterId,
    values: input.values,
  });
  if (!row) return false;
  if (input.mailer) {
    const user = await repo.findRecipient(db, input.userId);
    if (user && !user.disabled) {
      const locale = user.locale ?? input.fallbackLocale;
      const mail = input.mail ?? { subject: 'mail.reminder_subject', footer: 'mail.reminder_footer' };
      await input.mailer.send({
        to: user.email,
        subject: translate(locale, mail.subject, {
          ...input.values,
          number: String(input.values['number'] ?? ''),
        }),
        text: `${render(locale, input.kind, input.values)}\n\n${translate(locale, mail.footer, { url: input.link })}\n`,
      });
      await repo.markEmailed(db, row.id);
    }
  }
  return true;
}

/** The signed-in person's notifications in this municipality, newest first. */
export async function listNotifications(
  db: Db,
  input: { actor: Actor; municipalityId: string },
): Promise<NotificationDto[]> {
  if (!input.actor.userId) throw unauthenticated();
  const rows = await repo.findNotifications(db, input.actor.userId, input.municipalityId);
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    message: render(input.actor.locale, r.kind, r.values),
    matterId: r.matterId,
    meetingId: typeof r.values['meetingId'] === 'string' ? r.values['meetingId'] : null,
    createdAt: r.createdAt.toISOString(),
    read: r.readAt !== null,
  }));
}

/** Marks one of the signed-in person's notifications as read. @throws NOT_FOUND for anyone else's */
export async function markNotificationRead(
  db: Db,
  input: { actor: Actor; municipalityId: string; notificationId: string },
): Promise<void> {
  if (!input.actor.userId) throw unauthenticated();
  const row = await repo.markRead(db, input.notificationId, input.actor.userId, input.municipalityId);
  if (!row) throw notFound();
}

/** How many unread notifications the person has. */
export async function countUnread(db: Db, input: { actor: Actor; municipalityId: string }): Promise<number> {
  if (!input.actor.userId) return 0;
  return repo.countUnread(db, input.actor.userId, input.municipalityId);
}
