import {
  Button,
  Checkbox,
  Fieldset,
  Heading,
  Paragraph,
  Radio,
  Textfield,
} from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { standardItemKinds, type AgendaItemKind } from '../../../../../common/meetings.ts';
import { ConfirmDialog } from '../../../components/confirm-dialog.tsx';
import { FormErrorSummary, fieldError, type FieldError } from '../../../components/form-error-summary.tsx';
import { useNotify } from '../../../components/notifications.tsx';
import { QueryError } from '../../../components/query-error.tsx';
import { useFocusLater } from '../../../components/use-focus-later.ts';
import { useT } from '../../../lib/i18n.ts';
import { useMunicipality } from '../../../lib/municipality.ts';
import {
  agendaCandidatesQuery,
  useAddItem,
  useRemoveItem,
  useReorderAgenda,
} from '../api/meetings.queries.ts';
import type { AgendaItem, Meeting } from '../api/meetings.types.ts';
import { ActionError } from './action-error.tsx';
import { AgendaItemView, itemButtonId, itemName } from './agenda-item.tsx';
import { SelectField, serverErrors } from '../../../components/fields.tsx';

const HEADING_ID = 'meeting-agenda';
const ADD_HEADING_ID = 'agenda-add';
type AddKind = 'matter' | 'standard' | 'other';
const addKinds: readonly AddKind[] = ['matter', 'standard', 'other'];

function isStandardKind(value: string): value is (typeof standardItemKinds)[number] {
  return (standardItemKinds as readonly string[]).includes(value);
}

/** The secretary adds a matter that is ready for decision, a standard item or another item. */
function AddItemForm({
  slug,
  meeting,
  onAdded,
}: {
  slug: string;
  meeting: Meeting;
  onAdded: (message: string) => void;
}) {
  const t = useT();
  const { jurisdiction } = useMunicipality(slug);
  const candidates = useQuery(agendaCandidatesQuery(slug, meeting.id));
  const add = useAddItem(slug, meeting.id);
  const [kind, setKind] = useState<AddKind>('matter');
  const [matterId, setMatterId] = useState('');
  const [standard, setStandard] = useState('');
  const [title, setTitle] = useState('');
  const [election, setElection] = useState(false);
  const [authority, setAuthority] = useState(false);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const ids = {
    matter: 'agenda-add-matter',
    standard: 'agenda-add-standard',
    title: 'agenda-add-title',
  } as const;
  const fieldOf: Record<AddKind, string> = { matter: ids.matter, standard: ids.standard, other: ids.title };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found: FieldError[] = [];
    if (kind === 'matter' && !matterId)
      found.push({ fieldId: ids.matter, message: t('web.meetings.add.matter_missing') });
    if (kind === 'standard' && !isStandardKind(standard))
      found.push({ fieldId: ids.standard, message: t('web.meetings.add.standard_missing') });
    if (kind === 'other' && !title.trim())
      found.push({ fieldId: ids.title, message: t('web.meetings.item.title_missing') });
    setErrors(found);
    setAttempt((n) => n + 1);
    if (found.length > 0) return;
    const itemKind: AgendaItemKind =
      kind === 'standard' && isStandardKind(standard) ? standard : kind === 'matter' ? 'matter' : 'other';
    const before = new Set(meeting.items.map((i) => i.id));
    add.mutate(
      {
        kind: itemKind,
        ...(kind === 'matter' ? { matterId } : {}),
        ...(kind === 'other' ? { title: title.trim() } : {}),
        election,
        exerciseOfAuthority: authority,
      },
      {
        onSuccess: (changed) => {
          const added = changed.items.find((i) => !before.has(i.id));
          setMatterId('');
          setStandard('');
          setTitle('');
          setElection(false);
          setAuthority(false);
          setErrors([]);
          if (added) onAdded(t('web.meetings.add.done', { name: itemName(t, added) }));
        },
        onError: (error) => {
          setErrors(serverErrors(error, t, { matterId: ids.matter, title: ids.title }, fieldOf[kind]));
          setAttempt((n) => n + 1);
        },
      },
    );
  };

  return (
    <section className="section" aria-labelledby={ADD_HEADING_ID}>
      <Heading level={3} data-size="sm" id={ADD_HEADING_ID}>
        {t('web.meetings.add.heading')}
      </Heading>
      <form noValidate onSubmit={onSubmit} className="form narrow" aria-labelledby={ADD_HEADING_ID}>
        <FormErrorSummary key={attempt} errors={errors} />
        <Fieldset>
          <Fieldset.Legend>{t('web.meetings.add.what')}</Fieldset.Legend>
          {addKinds.map((option) => (
            <Radio
              key={option}
              id={`agenda-add-kind-${option}`}
              name="agenda-add-kind"
              value={option}
              label={t(`web.meetings.add.kind.${option}`)}
              checked={kind === option}
              onChange={() => {
                setKind(option);
                setErrors([]);
              }}
            />
          ))}
        </Fieldset>
        {kind === 'matter' &&
          (candidates.isError ? (
            <QueryError error={candidates.error} />
          ) : (
            <SelectField
              id={ids.matter}
              label={t('web.meetings.add.matter')}
              description={
                candidates.data?.length === 0
                  ? t('web.meetings.add.matter_none', { body: meeting.body.name })
                  : t('web.meetings.add.matter_description', { body: meeting.body.name })
              }
              value={matterId}
              onChange={setMatterId}
              empty={candidates.isPending ? t('web.loading') : t('web.meetings.choose')}
              options={(candidates.data ?? []).map((m) => ({
                value: m.id,
                label: m.confidential
                  ? t('web.meetings.add.matter_confidential', { number: m.registryNumber, title: m.title })
                  : `${m.registryNumber} ${m.title}`,
              }))}
              error={fieldError(errors, ids.matter)}
            />
          ))}
        {kind === 'standard' && (
          <SelectField
            id={ids.standard}
            label={t('web.meetings.add.standard')}
            value={standard}
            onChange={setStandard}
            empty={t('web.meetings.choose')}
            options={standardItemKinds.map((k) => ({
              value: k,
              label: t(`meeting.item.${k}.${jurisdiction}`),
            }))}
            error={fieldError(errors, ids.standard)}
          />
        )}
        {kind === 'other' && (
          <Textfield
            id={ids.title}
            label={t('web.meetings.item.title')}
            autoComplete="off"
            value={title}
            onChange={(event) => setTitle(event.target.value)}
            error={fieldError(errors, ids.title)}
          />
        )}
        <Checkbox
          id="agenda-add-election"
          label={t('web.meetings.item.election')}
          description={t('web.meetings.item.election_description')}
          checked={election}
          onChange={(event) => setElection(event.target.checked)}
        />
        <Checkbox
          id="agenda-add-authority"
          label={t('web.meetings.item.authority')}
          description={t('web.meetings.item.authority_description', { jurisdiction })}
          checked={authority}
          onChange={(event) => setAuthority(event.target.checked)}
        />
        <Paragraph data-size="sm" className="muted">
          {t('web.meetings.add.publicity_note')}
        </Paragraph>
        <div className="button-row">
          <Button type="submit" loading={add.isPending}>
            {t('web.meetings.add.submit')}
          </Button>
        </div>
      </form>
    </section>
  );
}

/**
 * The agenda, numbered. The secretary builds it: adds and removes items, changes their publicity,
 * and puts them in order with buttons, each move saved with the meeting's version.
 */
export function AgendaSection({ slug, meeting }: { slug: string; meeting: Meeting }) {
  const t = useT();
  const { jurisdiction } = useMunicipality(slug);
  const focusLater = useFocusLater();
  const notify = useNotify();
  const reorder = useReorderAgenda(slug, meeting.id);
  const remove = useRemoveItem(slug, meeting.id);
  const [status, setStatus] = useState('');
  const [removing, setRemoving] = useState<AgendaItem | null>(null);
  const { items, state } = meeting;
  const manage = meeting.you.manage;
  const open = state === 'planned' || state === 'notified';
  const canReorder = manage && (open || state === 'in_progress') && items.length > 1;
  const canEdit = (item: AgendaItem) =>
    manage && (open || state === 'in_progress') && item.state === 'pending';

  const move = (index: number, by: -1 | 1) => {
    if (reorder.isPending) return;
    const order = items.map((i) => i.id);
    const [id] = order.splice(index, 1);
    if (!id) return;
    order.splice(index + by, 0, id);
    reorder.mutate(
      { itemIds: order, version: meeting.version },
      {
        onSuccess: (changed) => {
          const moved = changed.items.find((i) => i.id === id);
          if (!moved) return;
          setStatus(t('web.meetings.agenda.moved', { name: itemName(t, moved) }));
          const at = changed.items.indexOf(moved);
          const edge = at === 0 ? 'down' : at === changed.items.length - 1 ? 'up' : by === -1 ? 'up' : 'down';
          focusLater(itemButtonId(id, edge));
        },
      },
    );
  };

  const confirmRemove = (item: AgendaItem) => {
    const index = items.indexOf(item);
    const neighbour = items[index + 1] ?? items[index - 1];
    remove.mutate(item.id, {
      onSuccess: () => {
        setRemoving(null);
        notify.success(t('web.meetings.agenda.removed', { name: itemName(t, item) }));
        focusLater(...(neighbour ? [itemButtonId(neighbour.id, 'remove')] : []), HEADING_ID);
      },
      onError: () => setRemoving(null),
    });
  };

  return (
    <section className="section" aria-labelledby={HEADING_ID}>
      <Heading level={2} data-size="md" id={HEADING_ID} tabIndex={-1}>
        {t('web.meetings.agenda.heading')}
      </Heading>
      <div role="status" aria-live="polite" className="ds-sr-only">
        {status}
      </div>
      {reorder.isError && <ActionError error={reorder.error} />}
      {remove.isError && <ActionError error={remove.error} />}
      {items.length === 0 ? (
        <Paragraph>
          {state === 'planned' && !manage && !meeting.you.seesClosed
            ? t('web.meetings.agenda.not_yet')
            : t('web.meetings.agenda.empty')}
        </Paragraph>
      ) : (
        <ol className="plain-list stack" aria-labelledby={HEADING_ID}>
          {items.map((item, index) => (
            <li key={item.id}>
              <AgendaItemView
                slug={slug}
                meeting={meeting}
                item={item}
                jurisdiction={jurisdiction}
                controls={{
                  canReorder,
                  canEdit: canEdit(item),
                  canRemove: manage && open,
                  first: index === 0,
                  last: index === items.length - 1,
                  busy: reorder.isPending,
                  onMove: (by) => move(index, by),
                  onRemove: () => {
                    remove.reset();
                    setRemoving(item);
                  },
                }}
              />
            </li>
          ))}
        </ol>
      )}
      {manage && open && <AddItemForm slug={slug} meeting={meeting} onAdded={notify.success} />}
      {removing && (
        <ConfirmDialog
          open
          heading={t('web.meetings.agenda.remove_heading', { name: itemName(t, removing) })}
          confirmLabel={t('web.meetings.agenda.remove')}
          busy={remove.isPending}
          onCancel={() => setRemoving(null)}
          onConfirm={() => confirmRemove(removing)}
        >
          {removing.matter
            ? t('web.meetings.agenda.remove_matter', { number: removing.matter.registryNumber })
            : t('web.meetings.agenda.remove_lead')}
        </ConfirmDialog>
      )}
    </section>
  );
}
