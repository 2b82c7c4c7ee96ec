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
import type { Provider } from '../../../lib/api-types.ts';
import { useT } from '../../../lib/i18n.ts';
import { useMembership } from '../../../lib/session.ts';
import { providersQuery, useRemoveProvider } from '../api/providers.queries.ts';
import { AddProviderForm } from './add-provider-form.tsx';

/** Administrators: the e-ID and other OpenID Connect services people can sign in with here. */
export function SignInServicesPage() {
  const t = useT();
  const notify = useNotify();
  const slug = useParams().slug ?? '';
  const municipalityName = useMembership(slug)?.name ?? slug;
  const providers = useQuery(providersQuery(slug));
  const removeProvider = useRemoveProvider(slug);
  const [removing, setRemoving] = useState<Provider | null>(null);
  const focusLater = useFocusLater();

  const confirmRemove = () => {
    if (!removing) return;
    const provider = removing;
    removeProvider.mutate(provider.id, {
      onSuccess: () => {
        setRemoving(null);
        notify.success(t('web.providers.removed', { name: provider.displayName }));
        // The button that opened the dialog is gone with its row; focus goes to the list instead.
        focusLater('providers-list-heading');
      },
      onError: (error) => {
        setRemoving(null);
        notify.error(errorMessage(error, t));
      },
    });
  };

  return (
    <Page
      title={[t('web.nav.sign_in_services'), municipalityName]}
      heading={t('web.providers.heading', { name: municipalityName })}
    >
      <Paragraph>{t('web.providers.lead')}</Paragraph>
      <section className="section">
        <Heading level={2} data-size="md" id="providers-list-heading" tabIndex={-1}>
          {t('web.providers.list_heading')}
        </Heading>
        {providers.isPending ? (
          <Loading />
        ) : providers.isError ? (
          <QueryError error={providers.error} />
        ) : providers.data.length === 0 ? (
          <Paragraph>{t('web.providers.empty')}</Paragraph>
        ) : (
          <div className="table-scroll">
            <Table zebra border>
              <caption className="ds-sr-only">
                {t('web.providers.caption', { name: municipalityName })}
              </caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell scope="col">{t('web.providers.display_name')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t('web.providers.slug')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t('web.providers.issuer')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t('web.providers.client_id')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t('web.field.actions')}</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {providers.data.map((provider) => (
                  <Table.Row key={provider.id}>
                    <Table.HeaderCell scope="row">{provider.displayName}</Table.HeaderCell>
                    <Table.Cell>
                      <code>{provider.slug}</code>
                    </Table.Cell>
                    <Table.Cell className="break">{provider.issuer}</Table.Cell>
                    <Table.Cell className="break">{provider.clientId}</Table.Cell>
                    <Table.Cell>
                      <Button
                        variant="secondary"
                        data-color="danger"
                        data-size="sm"
                        onClick={() => setRemoving(provider)}
                      >
                        {t('web.providers.remove')}
                        <span className="ds-sr-only"> {provider.displayName}</span>
                      </Button>
                    </Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </div>
        )}
      </section>
      <AddProviderForm slug={slug} />
      <ConfirmDialog
        open={removing !== null}
        heading={t('web.providers.remove_heading', { name: removing?.displayName ?? '' })}
        confirmLabel={t('web.providers.remove_confirm')}
        onConfirm={confirmRemove}
        onCancel={() => setRemoving(null)}
        busy={removeProvider.isPending}
      >
        {t('web.providers.remove_body', { name: removing?.displayName ?? '' })}
      </ConfirmDialog>
    </Page>
  );
}
