import { Alert, Button, Heading, Link, Paragraph, Table } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { Link as RouterLink, useParams, useSearchParams } from 'react-router';
import { Loading } from '../../../components/loading.tsx';
import { Page } from '../../../components/page.tsx';
import { QueryError } from '../../../components/query-error.tsx';
import { errorMessage } from '../../../lib/api.ts';
import type { AuditEntry, VerifyResult } from '../../../lib/api-types.ts';
import { isMessageKey, useFormat, useT, type Translate } from '../../../lib/i18n.ts';
import { useMembership } from '../../../lib/session.ts';
import { AUDIT_PAGE_SIZE, auditQuery, useVerifyChain } from '../api/audit.queries.ts';

function actionLabel(action: string, t: Translate): string {
  const key = `web.audit.action.${action}`;
  return isMessageKey(key) ? t(key) : action;
}

/** The server names a broken link in English; the three reasons it knows are translated here. */
function brokenReason(reason: string, t: Translate): string {
  const missing = /^entry (\d+) is missing$/.exec(reason);
  if (missing) return t('web.audit.reason_missing', { seq: Number(missing[1]) });
  if (reason === 'does not link to the previous entry') return t('web.audit.reason_link');
  if (reason === 'content does not match its hash') return t('web.audit.reason_hash');
  return reason;
}

function VerifyOutcome({ result }: { result: VerifyResult }) {
  const t = useT();
  if (result.ok) {
    return (
      <Alert data-color="success">
        <Paragraph>
          <strong>{t('web.audit.verify_ok_title')}</strong>{' '}
          {t('web.audit.verify_ok', { count: result.checked })}
        </Paragraph>
      </Alert>
    );
  }
  return (
    <Alert data-color="danger">
      <Paragraph>
        <strong>{t('web.audit.verify_broken_title')}</strong>{' '}
        {t('web.audit.verify_broken', {
          seq: result.brokenAt?.seq ?? 0,
          reason: brokenReason(result.brokenAt?.reason ?? '', t),
          count: result.checked,
        })}
      </Paragraph>
    </Alert>
  );
}

function VerifyChain({ slug }: { slug: string }) {
  const t = useT();
  const verify = useVerifyChain(slug);
  return (
    <section className="section">
      <Heading level={2} data-size="md" id="audit-verify-heading">
        {t('web.audit.verify_heading')}
      </Heading>
      <Paragraph>{t('web.audit.verify_description')}</Paragraph>
      <div className="button-row">
        <Button variant="secondary" onClick={() => verify.mutate()} loading={verify.isPending}>
          {t('web.audit.verify_button')}
        </Button>
      </div>
      <div role="status" aria-live="polite" className="verify-result">
        {verify.isSuccess && <VerifyOutcome result={verify.data} />}
        {verify.isError && (
          <Alert data-color="danger">
            <Paragraph>
              <strong>{t('web.notification.error')}</strong> {errorMessage(verify.error, t)}
            </Paragraph>
          </Alert>
        )}
      </div>
    </section>
  );
}

function AuditTable({ entries, municipalityName }: { entries: AuditEntry[]; municipalityName: string }) {
  const t = useT();
  const format = useFormat();
  return (
    <div className="table-scroll">
      <Table zebra border>
        <caption className="ds-sr-only">{t('web.audit.caption', { name: municipalityName })}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{t('web.audit.seq')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('web.audit.at')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('web.audit.actor')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('web.audit.action')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('web.audit.entity')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('web.audit.hash')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {entries.map((entry) => (
            <Table.Row key={entry.seq}>
              <Table.HeaderCell scope="row">{entry.seq}</Table.HeaderCell>
              <Table.Cell>
                <time dateTime={entry.at}>{format.dateTime(entry.at)}</time>
              </Table.Cell>
              <Table.Cell>{entry.actor}</Table.Cell>
              <Table.Cell>
                {actionLabel(entry.action, t)}
                <br />
                <code className="muted">{entry.action}</code>
              </Table.Cell>
              <Table.Cell>
                {entry.entityType}
                <br />
                <code className="muted break">{entry.entityId}</code>
              </Table.Cell>
              <Table.Cell>
                <code className="break">{entry.hash.slice(0, 12)}…</code>
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  );
}

/** Administrators: the municipality's tamper-evident audit trail, paged, and a chain check. */
export function AuditPage() {
  const t = useT();
  const slug = useParams().slug ?? '';
  const municipalityName = useMembership(slug)?.name ?? slug;
  const [searchParams] = useSearchParams();
  const before = Number(searchParams.get('beforeSeq'));
  const beforeSeq = Number.isInteger(before) && before > 0 ? before : undefined;
  const entries = useQuery(auditQuery(slug, beforeSeq));
  const oldest = entries.data?.at(-1)?.seq;
  const hasOlder = entries.data?.length === AUDIT_PAGE_SIZE && oldest !== undefined && oldest > 1;

  return (
    <Page
      title={[t('web.nav.audit'), municipalityName]}
      heading={t('web.audit.heading', { name: municipalityName })}
    >
      <Paragraph>{t('web.audit.lead')}</Paragraph>
      <VerifyChain slug={slug} />
      <section className="section">
        <Heading level={2} data-size="md" id="audit-entries-heading">
          {beforeSeq ? t('web.audit.entries_before', { seq: beforeSeq }) : t('web.audit.entries_latest')}
        </Heading>
        {entries.isPending ? (
          <Loading />
        ) : entries.isError ? (
          <QueryError error={entries.error} />
        ) : entries.data.length === 0 ? (
          <Paragraph>{t('web.audit.empty')}</Paragraph>
        ) : (
          <AuditTable entries={entries.data} municipalityName={municipalityName} />
        )}
        {(beforeSeq || hasOlder) && (
          <nav aria-label={t('web.audit.paging')} className="button-row">
            {beforeSeq && (
              <Link asChild>
                <RouterLink to={`/m/${slug}/admin/audit`}>{t('web.audit.newest')}</RouterLink>
              </Link>
            )}
            {hasOlder && (
              <Link asChild>
                <RouterLink to={`/m/${slug}/admin/audit?beforeSeq=${oldest}`}>
                  {t('web.audit.older')}
                </RouterLink>
              </Link>
            )}
          </nav>
        )}
      </section>
    </Page>
  );
}
