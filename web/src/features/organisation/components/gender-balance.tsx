import { Paragraph, Table } from '@digdir/designsystemet-react';
import { TableScroll } from '../../../components/table-scroll.tsx';
import type { GenderBalance } from '../../../lib/api-types.ts';
import { useFormat, useT, type Translate } from '../../../lib/i18n.ts';
import { balanceLabel } from './labels.ts';

type Group = GenderBalance['groups'][number];

/** The group that decides the outcome: the first that breaks the rule, else the first that cannot be verified. */
function decisiveGroup(balance: GenderBalance): Group | undefined {
  return (
    balance.groups.find((g) => g.status === 'violation') ??
    balance.groups.find((g) => g.status === 'unverifiable') ??
    balance.groups[0]
  );
}

/** One sentence for a live region: the outcome and the counts behind it, without the table. */
export function genderBalanceSentence(t: Translate, balance: GenderBalance): string {
  const status = balanceLabel(t, balance.status);
  const group = decisiveGroup(balance);
  if (balance.status === 'not_applicable' || !group) {
    return t('web.org.balance.sentence_short', { status, source: balance.source });
  }
  return t('web.org.balance.sentence', {
    status,
    source: balance.source,
    list: group.list ?? 'none',
    seats: group.seats,
    women: group.women,
    men: group.men,
    required: group.required,
  });
}

/**
 * How a composition meets kommuneloven § 7-6: the outcome with its source, how it is counted
 * (per list after a proportional election, for the whole body after an agreed one) and the
 * counts per group.
 */
export function GenderBalanceDetails({ balance, caption }: { balance: GenderBalance; caption: string }) {
  const t = useT();
  const format = useFormat();
  return (
    <div className="gender-balance">
      <Paragraph className={`balance-status balance-status--${balance.status}`}>
        <strong>{balanceLabel(t, balance.status)}</strong>
      </Paragraph>
      <Paragraph>
        {t('web.org.balance.source', { source: balance.source })}{' '}
        {balance.status !== 'not_applicable' &&
          t('web.org.balance.counted', { method: balance.electionMethod ?? 'agreed' })}
      </Paragraph>
      {balance.groups.length > 0 && (
        <TableScroll label={caption}>
          <Table zebra border data-size="sm">
            <caption>{caption}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell scope="col">{t('web.org.balance.group')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('web.org.balance.seats')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('web.org.balance.required')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('web.org.gender.women')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('web.org.gender.men')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('web.org.gender.others')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('web.org.not_stated')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('web.org.balance.outcome')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {balance.groups.map((group) => (
                <Table.Row key={group.list ?? ''}>
                  <Table.HeaderCell scope="row">
                    {group.list === null
                      ? t('web.org.balance.whole_body')
                      : group.list || t('web.org.balance.no_list')}
                  </Table.HeaderCell>
                  <Table.Cell>{format.number(group.seats)}</Table.Cell>
                  <Table.Cell>{format.number(group.required)}</Table.Cell>
                  <Table.Cell>{format.number(group.women)}</Table.Cell>
                  <Table.Cell>{format.number(group.men)}</Table.Cell>
                  <Table.Cell>{format.number(group.other)}</Table.Cell>
                  <Table.Cell>{format.number(group.unknown)}</Table.Cell>
                  <Table.Cell>{balanceLabel(t, group.status)}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </TableScroll>
      )}
    </div>
  );
}
