import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { localeNames } from '../../../../../common/i18n/locales.ts';
import type { Jurisdiction } from '../../../../../common/roles.ts';
import type { RoleDescription } from '../../../lib/api-types.ts';
import { useFormat, useLocale, useT } from '../../../lib/i18n.ts';
import { roleTypeLabel } from './labels.ts';

/**
 * One role description: what the role decides (the "what") and what it leaves to the other side
 * (the "how"). The texts carry their own language, which may differ from the UI's when they
 * have not been translated.
 */
export function RoleDescriptionText({
  description,
  jurisdiction,
  headingLevel,
  adoptedBy,
}: {
  description: RoleDescription;
  jurisdiction: Jurisdiction;
  headingLevel: 2 | 3;
  adoptedBy?: string;
}) {
  const t = useT();
  const locale = useLocale();
  const format = useFormat();
  const id = `role-description-${description.id}`;
  return (
    <article className="role-description" aria-labelledby={id}>
      <Heading level={headingLevel} data-size="sm" id={id}>
        {roleTypeLabel(t, description.roleType, jurisdiction)}
      </Heading>
      <dl className="role-description__texts">
        <div>
          <dt>{t('web.org.rd.decides')}</dt>
          <dd lang={description.locale}>{description.decides}</dd>
        </div>
        <div>
          <dt>{t('web.org.rd.leaves')}</dt>
          <dd lang={description.locale}>{description.leaves}</dd>
        </div>
      </dl>
      <Paragraph data-size="sm" className="muted">
        {t('web.org.rd.version', {
          version: description.versionNo,
          date: format.day(description.adoptedOn),
          body: adoptedBy ?? 'none',
        })}
        {description.locale !== locale && (
          <> {t('web.org.rd.in_language', { language: localeNames[description.locale] })}</>
        )}
      </Paragraph>
    </article>
  );
}
