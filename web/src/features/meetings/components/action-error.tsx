import { Alert, Paragraph } from '@digdir/designsystemet-react';
import { errorMessage, isApiError } from '../../../lib/api.ts';
import { useT } from '../../../lib/i18n.ts';

/** Someone else changed what was sent in the meantime: the server names the version it holds. */
export function isStale(error: unknown): boolean {
  return (
    isApiError(error, 409) &&
    typeof error.details === 'object' &&
    error.details !== null &&
    'currentVersion' in error.details
  );
}

/**
 * Why an action was refused (409, 422, 400 …), in the server's words: a refusal by law cites its
 * source. On a stale version the meeting has been read anew already (see the mutations), so the
 * person is told to check it and try again.
 */
export function ActionError({ error }: { error: unknown }) {
  const t = useT();
  return (
    <Alert data-color="danger" role="alert">
      <Paragraph>
        <strong>{t('web.notification.error')}</strong> {errorMessage(error, t)}
      </Paragraph>
      {isStale(error) && <Paragraph>{t('web.meetings.reloaded')}</Paragraph>}
    </Alert>
  );
}
