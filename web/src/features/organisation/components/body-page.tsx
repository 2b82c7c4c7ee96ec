import { Field, Heading, Label, Link, List, Paragraph, Select, Table } from '@digdir/designsystemet-react';
import { keepPreviousData, useQuery, useSuspenseQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link as RouterLink, useParams } from 'react-router';
import type { Jurisdiction } from '../../../../../common/roles.ts';
import { Page } from '../../../components/page.tsx';
import { QueryError } from '../../../components/query-error.tsx';
import { TableScroll } from '../../../components/table-scroll.tsx';
import type { BodyDetail, Member } from '../../../lib/api-types.ts';
import { useFormat, useT } from '../../../lib/i18n.ts';
import { useMunicipality } from '../../../lib/municipality.ts';
import { bodyDetailQuery, termsQuery } from '../api/organisation.queries.ts';
import { GenderBalanceDetails } from './gender-balance.tsx';
import {
  bodyName,
  byName,
  isPolitical,
  kindLabel,
  methodLabel,
  powersLabel,
  roleLabel,
  termLabel,
} from './labels.ts';

function Facts({ detail, slug }: { detail: BodyDetail; slug: string }) {
  const t = useT();
  const format = useFormat();
  const { body, parent } = detail;
  return (
    <dl className="facts facts--small">
      {body.shortName && (
        <div>
          <dt>{t('web.org.short_name')}</dt>
          <dd>{body.shortName}</dd>
        </div>
      )}
      {parent && (
        <div>
          <dt>{t('web.org.parent')}</dt>
          <dd>
            <Link asChild>
              <RouterLink to={`/m/${slug}/bodies/${parent.id}`}>{bodyName(parent)}</RouterLink>
            </Link>
          </dd>
        </div>
      )}
      {isPolitical(body.kind) && (
        <div>
          <dt>{t('web.org.can_decide')}</dt>
          <dd>{body.canDecide ? t('web.org.yes') : t('web.org.no')}</dd>
        </div>
      )}
      {body.electionMethod && (
        <div>
          <dt>{t('web.org.election_method')}</dt>
          <dd>{methodLabel(t, body.electionMethod)}</dd>
        </div>
      )}
      {body.powers && (
        <div>
          <dt>{t('web.org.powers')}</dt>
          <dd>{powersLabel(t, body.powers)}</dd>
        </div>
      )}
      {body.startsOn && (
        <div>
          <dt>{t('web.org.starts_on')}</dt>
          <dd>{format.day(body.startsOn)}</dd>
        </div>
      )}
      {body.endsOn && (
        <div>
          <dt>{body.isActive ? t('web.org.ends_on') : t('web.org.ended')}</dt>
          <dd>{format.day(body.endsOn)}</dd>
        </div>
      )}
    </dl>
  );
}

function MembersTable({
  members,
  caption,
  slug,
  jurisdiction,
}: {
  members: Member[];
  caption: string;
  slug: string;
  jurisdiction: Jurisdiction;
}) {
  const t = useT();
  return (
    <TableScroll label={caption}>
      <Table zebra border>
        <caption className="ds-sr-only">{caption}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{t('web.org.role')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('web.field.name')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('web.org.party')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('web.org.list')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('web.org.substitute_order')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {members.map((member) => (
            <Table.Row key={member.membershipId}>
              <Table.Cell>{roleLabel(t, member.role, jurisdiction)}</Table.Cell>
              <Table.HeaderCell scope="row">
                <Link asChild>
                  <RouterLink to={`/m/${slug}/persons/${member.personId}`}>{member.name}</RouterLink>
                </Link>
              </Table.HeaderCell>
              <Table.Cell>{member.party ?? '–'}</Table.Cell>
              <Table.Cell>{member.listName ?? '–'}</Table.Cell>
              <Table.Cell>{member.substituteOrder ?? '–'}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </TableScroll>
  );
}

/**
 * Public: one body — what it is, where it sits, its members in a chosen term and, for Norwegian
 * elected bodies, whether they meet the gender rule.
 */
export function BodyPage() {
  const t = useT();
  const { slug = '', bodyId = '' } = useParams();
  const municipality = useMunicipality(slug);
  const { jurisdiction } = municipality;
  const current = useSuspenseQuery(bodyDetailQuery(slug, bodyId)).data;
  const terms = useQuery(termsQuery(slug));
  const [termId, setTermId] = useState(current.term?.id ?? '');
  const chosen = useQuery({
    ...bodyDetailQuery(slug, bodyId, termId || undefined),
    placeholderData: keepPreviousData,
  });
  const detail = chosen.data ?? current;
  const { body } = detail;
  const term = detail.term;
  const showsBalance = jurisdiction === 'no' && isPolitical(body.kind);
  const membersHeading = term ? t('web.org.body.members_in', { term: term.name }) : t('web.org.body.members');

  return (
    <Page
      title={[body.name, municipality.name]}
      heading={body.name}
      lead={<Paragraph data-size="lg">{kindLabel(t, body.kind, jurisdiction)}</Paragraph>}
    >
      <Facts detail={current} slug={slug} />
      {body.mandate && (
        <section className="section" aria-labelledby="body-mandate">
          <Heading level={2} data-size="sm" id="body-mandate">
            {t('web.org.mandate')}
          </Heading>
          <Paragraph>{body.mandate}</Paragraph>
        </section>
      )}
      {current.children.length > 0 && (
        <section className="section" aria-labelledby="body-children">
          <Heading level={2} data-size="sm" id="body-children">
            {t('web.org.body.children')}
          </Heading>
          <List.Unordered aria-labelledby="body-children">
            {[...current.children].sort(byName).map((child) => (
              <List.Item key={child.id}>
                <Link asChild>
                  <RouterLink to={`/m/${slug}/bodies/${child.id}`}>{bodyName(child)}</RouterLink>
                </Link>{' '}
                ({kindLabel(t, child.kind, jurisdiction)})
              </List.Item>
            ))}
          </List.Unordered>
        </section>
      )}
      <section className="section" aria-labelledby="body-members">
        <Heading level={2} data-size="md" id="body-members">
          {membersHeading}
        </Heading>
        {terms.data && terms.data.length > 0 && (
          <Field className="narrow">
            <Label>{termLabel(t, jurisdiction)}</Label>
            <Select id="body-term" value={termId} onChange={(event) => setTermId(event.target.value)}>
              {terms.data.map((option) => (
                <Select.Option key={option.id} value={option.id}>
                  {option.isCurrent ? t('web.org.term_current', { name: option.name }) : option.name}
                </Select.Option>
              ))}
            </Select>
          </Field>
        )}
        {chosen.isError && <QueryError error={chosen.error} />}
        <div role="status" aria-live="polite" className="muted">
          {chosen.isFetching
            ? t('web.loading')
            : t('web.org.body.members_count', { count: detail.members.length })}
        </div>
        {detail.members.length > 0 && (
          <MembersTable
            members={detail.members}
            caption={t('web.org.body.members_caption', { body: body.name, term: term?.name ?? '–' })}
            slug={slug}
            jurisdiction={jurisdiction}
          />
        )}
      </section>
      {showsBalance && (
        <section className="section" aria-labelledby="body-balance">
          <Heading level={2} data-size="md" id="body-balance">
            {t('web.org.balance.heading')}
          </Heading>
          <GenderBalanceDetails
            balance={detail.genderBalance}
            caption={t('web.org.balance.caption', { body: body.name })}
          />
        </section>
      )}
    </Page>
  );
}
