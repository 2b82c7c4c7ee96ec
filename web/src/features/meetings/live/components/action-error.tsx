import { Alert, Button, Paragraph } from '@digdir/designsystemet-react';
import { errorMessage, isApiError } from '../../../../lib/api.ts';
import { useT } from '../../../../lib/i18n.ts';

/**
 * Why the server refused an action, in its own words, right beside the action: a 422 cites the law
 * it applies ("KL 6 kap. 27 §"), a 409 means someone acted first, and reloading shows what they did.
 */
export function ActionError({ error, onReload }: { error: unknown; onReload?: () => void }) {
  const t = useT();
  if (!error) return null;
  return (
    <Alert data-color="danger" role="alert" data-size="sm">
      <Paragraph>
        <strong>{t('web.notification.error')}</strong> {errorMessage(error, t)}
      </Paragraph>
      {onReload && isApiError(error, 409) && (
        <div className="button-row">
          <Button variant="secondary" data-size="sm" onClick={onReload}>
            {t('web.meeting_live.reload')}
          </Button>
        </div>
      )}
    </Alert>
  );
}
