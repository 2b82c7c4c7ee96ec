import { Button, Paragraph } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { Link as RouterLink } from 'react-router';
import { Page } from '../../../components/page.tsx';
import { useT } from '../../../lib/i18n.ts';
import { useMunicipality } from '../../../lib/municipality.ts';
import { canDoWithMeetings, type MeetingAction } from '../../../lib/roles.ts';
import { useSession } from '../../../lib/session.ts';

/**
 * A meetings page for the roles that may do `action`. Anyone else gets the reason and, when not
 * signed in, a way to sign in, instead of a page the server would refuse.
 */
export function MeetingsGate({
  slug,
  action,
  children,
}: {
  slug: string;
  action: MeetingAction;
  children: ReactNode;
}) {
  const t = useT();
  const session = useSession();
  const municipality = useMunicipality(slug);
  const roles = session.memberships.find((m) => m.slug === slug)?.roles ?? [];
  if (canDoWithMeetings(roles, action)) return children;
  const signedIn = session.user !== null;
  const heading = signedIn ? t('web.error.forbidden_heading') : t('web.error.sign_in_needed');
  return (
    <Page title={[heading, municipality.name]} heading={heading}>
      <Paragraph>{signedIn ? t('error.FORBIDDEN') : t('error.UNAUTHENTICATED')}</Paragraph>
      {!signedIn && (
        <div className="button-row">
          <Button asChild>
            <RouterLink to={`/sign-in?municipality=${encodeURIComponent(slug)}`}>
              {t('web.header.sign_in')}
            </RouterLink>
          </Button>
        </div>
      )}
    </Page>
  );
}

/** Whether the signed-in person may do `action` with this municipality's meetings. */
export function useCanDoWithMeetings(slug: string): (action: MeetingAction) => boolean {
  const session = useSession();
  const roles = session.memberships.find((m) => m.slug === slug)?.roles ?? [];
  return (action) => canDoWithMeetings(roles, action);
}
