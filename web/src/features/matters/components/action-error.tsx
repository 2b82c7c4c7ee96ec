import { Alert, Button, Paragraph } from '@digdir/designsystemet-react';
import { errorMessage, isApiError } from '../../../lib/api.ts';
import { useT } from '../../../lib/i18n.ts';

/**
 * Why an action on a matter was refused (409, 422, 400 …), in the server's words. A 409 means
 * someone else changed the matter meanwhile: reloading gives the current version to act on.
 */
export function ActionError({ error, onReload }: { error: unknown; onReload?: () => void }) {
  const t = useT();
  return (
    <Alert data-color="danger" role="alert">
      <Paragraph>
        <strong>{t('web.notification.error')}</strong> {errorMessage(error, t)}
      </Paragraph>
      {onReload && isApiError(error, 409) && (
        <div className="button-row">
          <Button variant="secondary" data-size="sm" onClick={onReload}>
            {t('web.matters.reload')}
          </Button>
        </div>
      )}
    </Alert>
  );
}
