import { Link, Table, Tag } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { Link as RouterLink } from 'react-router';
import { TableScroll } from '../../../components/table-scroll.tsx';
import type { Assignment } from '../../../lib/api-types.ts';
import { useFormat, useT } from '../../../lib/i18n.ts';
import { assignmentStateLabel, commissionerLabel } from './labels.ts';

/** Assignments with who gave them, who carries them out and by when; `actions` adds a last column. */
export function AssignmentsTable({
  slug,
  items,
  caption,
  showMatter,
  actions,
}: {
  slug: string;
  items: Assignment[];
  caption: string;
  showMatter: boolean;
  actions?: { heading: string; render: (assignment: Assignment) => ReactNode };
}) {
  const t = useT();
  const format = useFormat();
  return (
    <TableScroll label={caption}>
      <Table zebra border>
        <caption className="ds-sr-only">{caption}</caption>
        <Table.Head>
          <Table.Row>
            {showMatter && <Table.HeaderCell scope="col">{t('web.matters.matter')}</Table.HeaderCell>}
            <Table.HeaderCell scope="col">{t('web.matters.assignment')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('web.matters.commissioned_by')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('web.matters.assignee')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('web.matters.due_on')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('web.matters.assignment_status')}</Table.HeaderCell>
            {actions && <Table.HeaderCell scope="col">{actions.heading}</Table.HeaderCell>}
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {items.map((assignment) => (
            <Table.Row key={assignment.id}>
              {showMatter && (
                <Table.Cell>
                  <Link asChild>
                    <RouterLink to={`/m/${slug}/matters/${assignment.matter.id}`}>
                      {assignment.matter.registryNumber}
                    </RouterLink>
                  </Link>{' '}
                  {assignment.matter.title}
                </Table.Cell>
              )}
              <Table.HeaderCell scope="row">
                {assignment.title}
                {assignment.description && (
                  <>
                    <br />
                    <span className="muted">{assignment.description}</span>
                  </>
                )}
              </Table.HeaderCell>
              <Table.Cell>
                {commissionerLabel(t, assignment.commissionedBy)}, {assignment.commissioningBody.name}
              </Table.Cell>
              <Table.Cell>
                {assignment.assigneePerson?.name ?? assignment.assigneeUnit?.name ?? '–'}
              </Table.Cell>
              <Table.Cell>
                {format.day(assignment.dueOn)}{' '}
                {assignment.overdue && (
                  <Tag data-color="danger" data-size="sm">
                    {t('web.matters.overdue')}
                  </Tag>
                )}
              </Table.Cell>
              <Table.Cell>
                {assignmentStateLabel(t, assignment.state)}
                {assignment.reportedOn && ` (${format.day(assignment.reportedOn)})`}
                {assignment.reportMatterId && (
                  <>
                    <br />
                    <Link asChild>
                      <RouterLink to={`/m/${slug}/matters/${assignment.reportMatterId}`}>
                        {t('web.matters.report_matter')}
                      </RouterLink>
                    </Link>
                  </>
                )}
              </Table.Cell>
              {actions && <Table.Cell>{actions.render(assignment)}</Table.Cell>}
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </TableScroll>
  );
}
