import { Alert, Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useEffect, useRef, useState } from 'react';
import type { CreatedToken } from '../../../lib/api-types.ts';
import { useT } from '../../../lib/i18n.ts';

/**
 * The new token's secret, shown this one time only. Focus moves here so that the person notices
 * it before going on.
 */
export function NewTokenSecret({ created, onDone }: { created: CreatedToken; onDone: () => void }) {
  const t = useT();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  const copy = () => {
    navigator.clipboard.writeText(created.secret).then(
      () => setCopied('yes'),
      () => setCopied('failed'),
    );
  };

  return (
    <Alert data-color="success" className="section">
      <Heading level={2} data-size="sm" id="new-token-heading" tabIndex={-1} ref={headingRef}>
        {t('web.tokens.secret_heading', { name: created.token.name })}
      </Heading>
      <Paragraph>{t('web.tokens.secret_once')}</Paragraph>
      <Textfield
        id="new-token-secret"
        label={t('web.tokens.secret_label')}
        readOnly
        value={created.secret}
        spellCheck={false}
        autoComplete="off"
        onFocus={(event) => event.target.select()}
      />
      <Paragraph data-size="sm">{t('web.tokens.secret_usage')}</Paragraph>
      <div className="button-row">
        <Button variant="secondary" onClick={copy}>
          {t('web.tokens.copy')}
        </Button>
        <Button variant="tertiary" onClick={onDone}>
          {t('web.tokens.secret_done')}
        </Button>
      </div>
      <p role="status" className="copy-status">
        {copied === 'yes' ? t('web.tokens.copied') : copied === 'failed' ? t('web.tokens.copy_failed') : ''}
      </p>
    </Alert>
  );
}
