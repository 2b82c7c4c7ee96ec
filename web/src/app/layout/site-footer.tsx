import { Link, Paragraph } from '@digdir/designsystemet-react';
import { useT } from '../../lib/i18n.ts';

export function SiteFooter() {
  const t = useT();
  return (
    <footer className="site-footer">
      <div className="site-footer__inner">
        <Paragraph data-size="sm">{t('web.footer.about')}</Paragraph>
        <ul className="site-footer__links">
          <li>
            <Link href="/api/docs/">{t('web.footer.api_docs')}</Link>
          </li>
          <li>
            <Link href="/api/openapi.json">{t('web.footer.openapi')}</Link>
          </li>
        </ul>
      </div>
    </footer>
  );
}
