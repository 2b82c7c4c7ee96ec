import { Button, Link, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { Link as RouterLink, useParams } from 'react-router';
import { Loading } from '../../../components/loading.tsx';
import { Page } from '../../../components/page.tsx';
import { QueryError } from '../../../components/query-error.tsx';
import { useFocusLater } from '../../../components/use-focus-later.ts';
import { useFormat, useLocale, useT } from '../../../lib/i18n.ts';
import { useMunicipality } from '../../../lib/municipality.ts';
import { notificationsQuery, useMarkNotificationRead } from '../api/matters.queries.ts';
import { ActionError } from './action-error.tsx';
import { RoleGate } from './role-gate.tsx';

const LIST_ID = 'notifications-list';

function NotificationsContent() {
  const t = useT();
  const format = useFormat();
  const locale = useLocale();
  const slug = useParams().slug ?? '';
  const municipality = useMunicipality(slug);
  const notifications = useQuery(notificationsQuery(slug, locale));
  const markRead = useMarkNotificationRead(slug);
  const focusLater = useFocusLater();
  const heading = t('web.matters.notifications_heading');

  return (
    <Page title={[heading, municipality.name]} heading={heading}>
      <Paragraph>{t('web.matters.notifications_lead')}</Paragraph>
      {markRead.isError && <ActionError error={markRead.error} />}
      {notifications.isPending ? (
        <Loading />
      ) : notifications.isError ? (
        <QueryError error={notifications.error} />
      ) : notifications.data.items.length === 0 ? (
        <Paragraph>{t('web.matters.notifications_none')}</Paragraph>
      ) : (
        <>
          <Paragraph role="status" aria-live="polite" className="muted">
            {t('web.matters.notifications_unread', { count: notifications.data.unread })}
          </Paragraph>
          <ul className="notification-list" id={LIST_ID} tabIndex={-1} aria-label={heading}>
            {notifications.data.items.map((item) => (
              <li key={item.id} className={item.read ? 'is-read' : undefined}>
                <Paragraph>
                  {!item.read && (
                    <>
                      <Tag data-color="info" data-size="sm">
                        {t('web.matters.unread')}
                      </Tag>{' '}
                    </>
                  )}
                  {item.message}
                </Paragraph>
                <Paragraph data-size="sm" className="muted">
                  <time dateTime={item.createdAt}>{format.dateTime(item.createdAt)}</time>
                </Paragraph>
                <div className="button-row">
                  {item.matterId && (
                    <Link asChild>
                      <RouterLink to={`/m/${slug}/matters/${item.matterId}`}>
                        {t('web.matters.open_matter')}
                      </RouterLink>
                    </Link>
                  )}
                  {item.meetingId && (
                    <Link asChild>
                      <RouterLink to={`/m/${slug}/meetings/${item.meetingId}`}>
                        {t('web.meetings.open_meeting')}
                      </RouterLink>
                    </Link>
                  )}
                  {!item.read && (
                    <Button
                      variant="secondary"
                      data-size="sm"
                      loading={markRead.isPending && markRead.variables === item.id}
                      onClick={() => markRead.mutate(item.id, { onSuccess: () => focusLater(LIST_ID) })}
                    >
                      {t('web.matters.mark_read')}
                      <span className="ds-sr-only">: {item.message}</span>
                    </Button>
                  )}
                </div>
              </li>
            ))}
          </ul>
        </>
      )}
    </Page>
  );
}

/** The signed-in person's reminders about deadlines and assignments. */
export function NotificationsPage() {
  const slug = useParams().slug ?? '';
  return (
    <RoleGate slug={slug} action="read">
      <NotificationsContent />
    </RoleGate>
  );
}
