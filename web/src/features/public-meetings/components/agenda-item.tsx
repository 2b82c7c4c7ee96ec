import { Details, Heading, Link, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { Link as RouterLink } from 'react-router';
import type { Jurisdiction } from '../../../../../common/roles.ts';
import { TableScroll } from '../../../components/table-scroll.tsx';
import { useFormat, useT } from '../../../lib/i18n.ts';
import type { PublicAgendaItem, PublicVoting } from '../api/public-meetings.types.ts';
import { closingGroundName, itemStateLabel } from './labels.ts';
import { itemHeading, proposalLabel, proposalName } from './voting-labels.ts';

function Proposals({ item }: { item: PublicAgendaItem }) {
  const t = useT();
  return (
    <div className="subsection">
      <Heading level={4} data-size="2xs">
        {t('web.public_meetings.proposal.heading')}
      </Heading>
      <ol className="pm-proposals">
        {item.proposals.map((proposal, index) => (
          <li key={proposal.id}>
            <strong>{proposalName(t, index, proposal.person)}</strong>
            {proposal.withdrawn && <> – {t('web.public_meetings.proposal.withdrawn')}</>}
            {!proposal.withdrawn && proposal.eliminated && (
              <> – {t('web.public_meetings.proposal.eliminated')}</>
            )}
            <div className="pre-line">{proposal.text}</div>
          </li>
        ))}
      </ol>
    </div>
  );
}

function VotingRound({ item, voting }: { item: PublicAgendaItem; voting: PublicVoting }) {
  const t = useT();
  const format = useFormat();
  const headingId = `voting-${voting.id}`;
  const progressId = `voting-progress-${voting.id}`;
  const method = t(`web.public_meetings.vote.method.${voting.method}`);
  const result = voting.result;
  return (
    <section className="pm-voting" aria-labelledby={headingId}>
      <Heading level={4} data-size="2xs" id={headingId}>
        {t('web.public_meetings.vote.round', { round: voting.round, method })}
      </Heading>
      <div className="pm-progress">
        <label htmlFor={progressId}>
          {voting.open
            ? t('web.public_meetings.vote.progress_open', {
                voted: voting.votedCount,
                eligible: voting.eligibleCount,
              })
            : t('web.public_meetings.vote.progress_closed', {
                voted: voting.votedCount,
                eligible: voting.eligibleCount,
              })}
        </label>
        <progress id={progressId} value={voting.votedCount} max={Math.max(1, voting.eligibleCount)}>
          {format.percent(voting.eligibleCount ? voting.votedCount / voting.eligibleCount : 0)}
        </progress>
      </div>
      {result && (
        <>
          <TableScroll label={t('web.public_meetings.vote.result_caption', { round: voting.round })}>
            <Table border data-size="sm">
              <caption>{t('web.public_meetings.vote.result_caption', { round: voting.round })}</caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell scope="col">{t('web.public_meetings.vote.option')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t('web.public_meetings.vote.votes')}</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {voting.optionIds.map((optionId) => (
                  <Table.Row key={optionId}>
                    <Table.HeaderCell scope="row">
                      {proposalLabel(t, item, optionId)}
                      {optionId === result.winner && (
                        <>
                          {' '}
                          <Tag data-color="success" data-size="sm">
                            {t('web.public_meetings.vote.winner')}
                          </Tag>
                        </>
                      )}
                    </Table.HeaderCell>
                    <Table.Cell>{format.number(result.counts[optionId] ?? 0)}</Table.Cell>
                  </Table.Row>
                ))}
                <Table.Row>
                  <Table.HeaderCell scope="row">{t('web.public_meetings.vote.abstain')}</Table.HeaderCell>
                  <Table.Cell>{format.number(result.abstentions)}</Table.Cell>
                </Table.Row>
              </Table.Body>
            </Table>
          </TableScroll>
          {result.tie && (
            <Paragraph>
              {t('web.public_meetings.vote.tie', {
                by: result.tieBreak ?? 'chair',
                source: result.tieBreakSource ?? '',
              })}
            </Paragraph>
          )}
          {voting.method === 'roll_call' && voting.votes.length > 0 && (
            <Details>
              <Details.Summary>{t('web.public_meetings.vote.by_name')}</Details.Summary>
              <Details.Content>
                <Table border data-size="sm">
                  <caption className="ds-sr-only">
                    {t('web.public_meetings.vote.by_name_caption', { round: voting.round })}
                  </caption>
                  <Table.Head>
                    <Table.Row>
                      <Table.HeaderCell scope="col">{t('web.public_meetings.vote.member')}</Table.HeaderCell>
                      <Table.HeaderCell scope="col">{t('web.public_meetings.vote.list')}</Table.HeaderCell>
                      <Table.HeaderCell scope="col">{t('web.public_meetings.vote.choice')}</Table.HeaderCell>
                    </Table.Row>
                  </Table.Head>
                  <Table.Body>
                    {voting.votes.map((vote) => (
                      <Table.Row key={vote.person.id}>
                        <Table.HeaderCell scope="row">{vote.person.name}</Table.HeaderCell>
                        <Table.Cell>{vote.listName ?? '–'}</Table.Cell>
                        <Table.Cell>{vote.choice ? proposalLabel(t, item, vote.choice) : '–'}</Table.Cell>
                      </Table.Row>
                    ))}
                  </Table.Body>
                </Table>
              </Details.Content>
            </Details>
          )}
        </>
      )}
    </section>
  );
}

/**
 * One item of the agenda as the public sees it. A closed item shows only its public face and the
 * legal ground for closing it: the server sends nothing more.
 */
export function AgendaItem({
  slug,
  item,
  jurisdiction,
}: {
  slug: string;
  item: PublicAgendaItem;
  jurisdiction: Jurisdiction;
}) {
  const t = useT();
  const headingId = `item-${item.id}`;
  const current = item.state === 'in_progress';
  return (
    <li
      className={current ? 'pm-item pm-item--current' : 'pm-item'}
      aria-current={current ? 'step' : undefined}
    >
      <article aria-labelledby={headingId} className="subsection">
        <Heading level={3} data-size="xs" id={headingId}>
          {itemHeading(t, item)}
        </Heading>
        <div className="pm-tags">
          {current ? (
            <Tag data-color="success" data-size="sm">
              {t('web.public_meetings.item.now')}
            </Tag>
          ) : (
            item.state !== 'pending' && (
              <Tag data-color="neutral" data-size="sm">
                {itemStateLabel(t, item.state, item.kind)}
              </Tag>
            )
          )}
          {!item.public && (
            <Tag data-color="warning" data-size="sm">
              {t('web.public_meetings.item.closed_tag')}
            </Tag>
          )}
        </div>
        {item.matter && (
          <Paragraph>
            <Link asChild>
              <RouterLink to={`/m/${slug}/public/matters/${item.matter.id}`}>
                {t('web.public_meetings.item.matter', {
                  number: item.matter.registryNumber,
                  jurisdiction,
                })}
              </RouterLink>
            </Link>
          </Paragraph>
        )}
        {!item.public ? (
          <Paragraph>
            {t('web.public_meetings.item.closed', {
              ground: item.closingGround ? closingGroundName(t, item.closingGround) : '',
              hasGround: item.closingGround ? 'yes' : 'no',
              source: item.closingSource ?? '',
            })}
          </Paragraph>
        ) : (
          <>
            {item.proposals.length > 0 && (item.state === 'in_progress' || item.votings.length > 0) && (
              <Proposals item={item} />
            )}
            {item.votings.map((voting) => (
              <VotingRound key={voting.id} item={item} voting={voting} />
            ))}
            {item.decisionText && (
              <div className="subsection pm-decision">
                <Heading level={4} data-size="2xs">
                  {t('web.public_meetings.item.decision', { jurisdiction })}
                </Heading>
                <Paragraph className="pre-line">{item.decisionText}</Paragraph>
                {item.decidedBy && (
                  <Paragraph data-size="sm" className="muted">
                    {t(`web.public_meetings.item.decided_by.${item.decidedBy}`)}
                  </Paragraph>
                )}
              </div>
            )}
          </>
        )}
      </article>
    </li>
  );
}
