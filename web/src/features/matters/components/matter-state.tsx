import { Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useState } from 'react';
import type { MatterState } from '../../../../../common/matters.ts';
import { ConfirmDialog } from '../../../components/confirm-dialog.tsx';
import { useNotify } from '../../../components/notifications.tsx';
import { PAGE_HEADING_ID } from '../../../components/page.tsx';
import { useFocusLater } from '../../../components/use-focus-later.ts';
import type { Matter } from '../../../lib/api-types.ts';
import { useT } from '../../../lib/i18n.ts';
import { useTransitionMatter } from '../api/matters.queries.ts';
import { ActionError } from './action-error.tsx';
import { stateName } from './labels.ts';

const REASON_ID = 'transition-reason';
const HEADING_ID = 'matter-actions';

function nextSteps(matter: Matter) {
  return matter.transitions.filter((x) => x.allowed && !x.viaDecision);
}

/**
 * The changes of state the signed-in person may make now. A decision is recorded, never set, so
 * changes made by a decision are left out; a change the law expects a reason for asks for one.
 */
export function StateActions({
  slug,
  matter,
  onReload,
}: {
  slug: string;
  matter: Matter;
  onReload: () => void;
}) {
  const t = useT();
  const notify = useNotify();
  const transition = useTransitionMatter(slug, matter.id);
  const [asking, setAsking] = useState<MatterState | null>(null);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | undefined>();
  const focusLater = useFocusLater();
  const options = nextSteps(matter);
  if (options.length === 0 && !transition.isError) return null;

  const send = (to: MatterState, withReason?: string) =>
    transition.mutate(
      { to, reason: withReason ?? null, version: matter.version },
      {
        onSuccess: (changed) => {
          setAsking(null);
          setReason('');
          notify.success(t('web.matters.state_changed', { state: stateName(t, changed.state) }));
          // The button pressed has gone with the old state: focus goes to the steps there are now.
          focusLater(nextSteps(changed).length > 0 ? HEADING_ID : PAGE_HEADING_ID);
        },
        onError: () => setAsking(null),
      },
    );

  return (
    <section className="section" aria-labelledby={HEADING_ID}>
      <Heading level={2} data-size="sm" id={HEADING_ID} tabIndex={-1}>
        {t('web.matters.next_steps')}
      </Heading>
      <div aria-live="polite">
        {transition.isError && <ActionError error={transition.error} onReload={onReload} />}
      </div>
      <div className="button-row">
        {options.map((option) => (
          <Button
            key={option.to}
            variant={option.reasonRequired ? 'secondary' : 'primary'}
            loading={transition.isPending && transition.variables.to === option.to}
            onClick={() => {
              transition.reset();
              if (option.reasonRequired) {
                setReasonError(undefined);
                setAsking(option.to);
              } else send(option.to);
            }}
          >
            {t('web.matters.transition', { state: option.to, name: stateName(t, option.to) })}
          </Button>
        ))}
      </div>
      {asking && (
        <ConfirmDialog
          open
          heading={t('web.matters.transition', { state: asking, name: stateName(t, asking) })}
          confirmLabel={t('web.matters.transition', { state: asking, name: stateName(t, asking) })}
          busy={transition.isPending}
          onCancel={() => setAsking(null)}
          onConfirm={() => {
            if (!reason.trim()) {
              setReasonError(t('web.matters.reason_missing'));
              document.getElementById(REASON_ID)?.focus();
              return;
            }
            send(asking, reason.trim());
          }}
        >
          <Paragraph>{t('web.matters.reason_lead', { state: stateName(t, asking) })}</Paragraph>
          <Textfield
            id={REASON_ID}
            multiline
            rows={4}
            label={t('web.matters.reason')}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            error={reasonError}
          />
        </ConfirmDialog>
      )}
    </section>
  );
}
