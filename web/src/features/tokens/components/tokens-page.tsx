import { Button, Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useParams } from 'react-router';
import { ConfirmDialog } from '../../../components/confirm-dialog.tsx';
import { Loading } from '../../../components/loading.tsx';
import { useNotify } from '../../../components/notifications.tsx';
import { Page } from '../../../components/page.tsx';
import { useFocusLater } from '../../../components/use-focus-later.ts';
import { QueryError } from '../../../components/query-error.tsx';
import { errorMessage } from '../../../lib/api.ts';
import type { CreatedToken, Token } from '../../../lib/api-types.ts';
import { useFormat, useT, type Translate } from '../../../lib/i18n.ts';
import { rolesOf, useMembership } from '../../../lib/session.ts';
import { tokensQuery, useRevokeToken } from '../api/tokens.queries.ts';
import { CreateTokenForm } from './create-token-form.tsx';
import { NewTokenSecret } from './new-token-secret.tsx';

function statusOf(token: Token, t: Translate): { label: string; active: boolean } {
  if (token.revokedAt) return { label: t('web.tokens.status_revoked'), active: false };
  if (token.expiresAt && new Date(token.expiresAt) <= new Date())
    return { label: t('web.tokens.status_expired'), active: false };
  return { label: t('web.tokens.status_active'), active: true };
}

function TokensTable({
  tokens,
  municipalityName,
  onRevoke,
}: {
  tokens: Token[];
  municipalityName: string;
  onRevoke: (token: Token) => void;
}) {
  const t = useT();
  const format = useFormat();
  return (
    <div className="table-scroll">
      <Table zebra border>
        <caption className="ds-sr-only">{t('web.tokens.caption', { name: municipalityName })}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{t('web.tokens.name')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('web.tokens.role')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('web.tokens.prefix')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('web.tokens.created')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('web.tokens.last_used')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('web.tokens.expires')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('web.tokens.status')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('web.field.actions')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {tokens.map((token) => {
            const status = statusOf(token, t);
            return (
              <Table.Row key={token.id}>
                <Table.HeaderCell scope="row">{token.name}</Table.HeaderCell>
                <Table.Cell>{t(`role.${token.role}`)}</Table.Cell>
                <Table.Cell>
                  <code>{token.prefix}…</code>
                </Table.Cell>
                <Table.Cell>{format.dateTime(token.createdAt)}</Table.Cell>
                <Table.Cell>
                  {token.lastUsedAt ? format.dateTime(token.lastUsedAt) : t('web.tokens.never')}
                </Table.Cell>
                <Table.Cell>
                  {token.expiresAt ? format.date(token.expiresAt) : t('web.tokens.no_expiry')}
                </Table.Cell>
                <Table.Cell>{status.label}</Table.Cell>
                <Table.Cell>
                  {status.active && (
                    <Button
                      variant="secondary"
                      data-color="danger"
                      data-size="sm"
                      onClick={() => onRevoke(token)}
                    >
                      {t('web.tokens.revoke')}
                      <span className="ds-sr-only"> {token.name}</span>
                    </Button>
                  )}
                </Table.Cell>
              </Table.Row>
            );
          })}
        </Table.Body>
      </Table>
    </div>
  );
}

/** Personal API tokens in one municipality: list, create (secret shown once), revoke. */
export function TokensPage() {
  const t = useT();
  const notify = useNotify();
  const slug = useParams().slug ?? '';
  const membership = useMembership(slug);
  const municipalityName = membership?.name ?? slug;
  const tokens = useQuery(tokensQuery(slug));
  const revokeToken = useRevokeToken(slug);
  const [created, setCreated] = useState<CreatedToken | null>(null);
  const [revoking, setRevoking] = useState<Token | null>(null);
  const focusLater = useFocusLater();

  const confirmRevoke = () => {
    if (!revoking) return;
    const token = revoking;
    revokeToken.mutate(token.id, {
      onSuccess: () => {
        setRevoking(null);
        notify.success(t('web.tokens.revoked', { name: token.name }));
        focusLater('tokens-list-heading');
      },
      onError: (error) => {
        setRevoking(null);
        notify.error(errorMessage(error, t));
      },
    });
  };

  const closeSecret = () => {
    setCreated(null);
    focusLater('tokens-list-heading');
  };

  return (
    <Page
      title={[t('web.nav.tokens'), municipalityName]}
      heading={t('web.tokens.heading', { name: municipalityName })}
    >
      <Paragraph>{t('web.tokens.lead')}</Paragraph>
      {created && <NewTokenSecret key={created.token.id} created={created} onDone={closeSecret} />}
      <section className="section">
        <Heading level={2} data-size="md" id="tokens-list-heading" tabIndex={-1}>
          {t('web.tokens.list_heading')}
        </Heading>
        {tokens.isPending ? (
          <Loading />
        ) : tokens.isError ? (
          <QueryError error={tokens.error} />
        ) : tokens.data.length === 0 ? (
          <Paragraph>{t('web.tokens.empty')}</Paragraph>
        ) : (
          <TokensTable tokens={tokens.data} municipalityName={municipalityName} onRevoke={setRevoking} />
        )}
      </section>
      {membership && <CreateTokenForm slug={slug} roles={rolesOf(membership)} onCreated={setCreated} />}
      <ConfirmDialog
        open={revoking !== null}
        heading={t('web.tokens.revoke_heading', { name: revoking?.name ?? '' })}
        confirmLabel={t('web.tokens.revoke_confirm')}
        onConfirm={confirmRevoke}
        onCancel={() => setRevoking(null)}
        busy={revokeToken.isPending}
      >
        {t('web.tokens.revoke_body', { name: revoking?.name ?? '' })}
      </ConfirmDialog>
    </Page>
  );
}
