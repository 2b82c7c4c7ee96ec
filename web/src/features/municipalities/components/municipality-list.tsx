import { Link, List, Paragraph } from '@digdir/designsystemet-react';
import { useSuspenseQuery } from '@tanstack/react-query';
import { Link as RouterLink } from 'react-router';
import { useT } from '../../../lib/i18n.ts';
import { municipalitiesQuery } from '../api/municipalities.queries.ts';

/** Every municipality of this installation, each linking to its public page. */
export function MunicipalityList() {
  const t = useT();
  const { data: municipalities } = useSuspenseQuery(municipalitiesQuery);
  if (municipalities.length === 0) return <Paragraph>{t('web.front.no_municipalities')}</Paragraph>;
  return (
    <List.Unordered>
      {municipalities.map((municipality) => (
        <List.Item key={municipality.id}>
          <Link asChild>
            <RouterLink to={`/m/${municipality.slug}`}>{municipality.name}</RouterLink>
          </Link>{' '}
          ({t(`jurisdiction.${municipality.jurisdiction}`)})
        </List.Item>
      ))}
    </List.Unordered>
  );
}
