import { Button, Dialog, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useId, type ReactNode } from 'react';
import { useT } from '../lib/i18n.ts';

/** A modal question with a confirming and a cancelling button; Escape cancels. */
export function ConfirmDialog({
  open,
  heading,
  children,
  confirmLabel,
  onConfirm,
  onCancel,
  busy = false,
}: {
  open: boolean;
  heading: string;
  children: ReactNode;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
  busy?: boolean;
}) {
  const t = useT();
  const headingId = useId();
  return (
    <Dialog open={open} onClose={onCancel} closeButton={t('web.dialog.close')} aria-labelledby={headingId}>
      <Dialog.Block>
        <Heading level={2} data-size="sm" id={headingId}>
          {heading}
        </Heading>
      </Dialog.Block>
      <Dialog.Block>
        {typeof children === 'string' ? <Paragraph>{children}</Paragraph> : children}
        <div className="button-row">
          <Button data-color="danger" onClick={onConfirm} loading={busy}>
            {confirmLabel}
          </Button>
          <Button variant="secondary" onClick={onCancel}>
            {t('web.dialog.cancel')}
          </Button>
        </div>
      </Dialog.Block>
    </Dialog>
  );
}
