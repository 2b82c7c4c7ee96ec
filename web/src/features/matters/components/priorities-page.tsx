import { Button, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useQuery, useSuspenseQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link as RouterLink, useNavigate, useParams } from 'react-router';
import { Loading } from '../../../components/loading.tsx';
import { useNotify } from '../../../components/notifications.tsx';
import { Page } from '../../../components/page.tsx';
import { QueryError } from '../../../components/query-error.tsx';
import { useFocusLater } from '../../../components/use-focus-later.ts';
import type { MatterListItem, PriorityList } from '../../../lib/api-types.ts';
import { useT } from '../../../lib/i18n.ts';
import { useMunicipality } from '../../../lib/municipality.ts';
import {
  bodiesQuery,
  openMattersOfBodyQuery,
  prioritiesQuery,
  readyMattersQuery,
  useSetPriorities,
} from '../api/matters.queries.ts';
import { ActionError } from './action-error.tsx';
import { SelectField } from '../../../components/fields.tsx';
import { politicalBodies, stateLabel } from './labels.ts';
import { useCanDo } from './role-gate.tsx';

const LIST_ID = 'priority-list';
const ADD_ID = 'priority-add';
const buttonId = (matterId: string, action: 'up' | 'down' | 'remove') => `priority-${action}-${matterId}`;

function MatterName({ slug, matter }: { slug: string; matter: MatterListItem }) {
  return (
    <>
      <Link asChild>
        <RouterLink to={`/m/${slug}/matters/${matter.id}`}>{matter.registryNumber}</RouterLink>
      </Link>{' '}
      {matter.title}
    </>
  );
}

/** The ranked list, rearranged with buttons (each says which matter it moves) and saved as a whole. */
function PriorityEditor({
  slug,
  bodyId,
  list,
  canEdit,
  onReload,
}: {
  slug: string;
  bodyId: string;
  list: PriorityList;
  canEdit: boolean;
  onReload: () => void;
}) {
  const t = useT();
  const notify = useNotify();
  const focusLater = useFocusLater();
  const save = useSetPriorities(slug, bodyId);
  const candidates = useQuery({ ...openMattersOfBodyQuery(slug, bodyId), enabled: canEdit });
  const [items, setItems] = useState<MatterListItem[]>(list.items);
  const [adding, setAdding] = useState('');
  const [status, setStatus] = useState('');
  const changed = items.map((m) => m.id).join() !== list.items.map((m) => m.id).join();
  const addable = (candidates.data ?? []).filter(
    (matter) => !items.some((item) => item.id === matter.id) && matter.state !== 'decided',
  );

  const move = (index: number, by: -1 | 1) => {
    const next = [...items];
    const [matter] = next.splice(index, 1);
    if (!matter) return;
    next.splice(index + by, 0, matter);
    setItems(next);
    setStatus(t('web.matters.priorities.moved', { number: matter.registryNumber, rank: index + by + 1 }));
    const edge = (by === -1 && index + by === 0) || (by === 1 && index + by === next.length - 1);
    focusLater(buttonId(matter.id, edge ? (by === -1 ? 'down' : 'up') : by === -1 ? 'up' : 'down'));
  };

  const remove = (index: number) => {
    const matter = items[index];
    if (!matter) return;
    const next = items.filter((_, i) => i !== index);
    setItems(next);
    setStatus(t('web.matters.priorities.removed', { number: matter.registryNumber }));
    const neighbour = next[index] ?? next[index - 1];
    if (neighbour) focusLater(buttonId(neighbour.id, 'remove'));
    else focusLater(ADD_ID, LIST_ID);
  };

  const add = () => {
    const matter = addable.find((m) => m.id === adding);
    if (!matter) return;
    setItems([...items, matter]);
    setAdding('');
    setStatus(t('web.matters.priorities.added', { number: matter.registryNumber, rank: items.length + 1 }));
  };

  return (
    <>
      <div role="status" aria-live="polite" className="ds-sr-only">
        {status}
      </div>
      {save.isError && <ActionError error={save.error} onReload={onReload} />}
      {items.length === 0 ? (
        <Paragraph>{t('web.matters.priorities.empty')}</Paragraph>
      ) : (
        <ol
          className="priority-list"
          id={LIST_ID}
          tabIndex={-1}
          aria-label={t('web.matters.priorities.list')}
        >
          {items.map((matter, index) => (
            <li key={matter.id}>
              <span>
                <MatterName slug={slug} matter={matter} />{' '}
                <span className="muted">({stateLabel(t, matter.state)})</span>
              </span>
              {canEdit && (
                <span className="button-row">
                  <Button
                    id={buttonId(matter.id, 'up')}
                    variant="tertiary"
                    data-size="sm"
                    disabled={index === 0}
                    onClick={() => move(index, -1)}
                  >
                    {t('web.matters.priorities.up')}
                    <span className="ds-sr-only"> {matter.registryNumber}</span>
                  </Button>
                  <Button
                    id={buttonId(matter.id, 'down')}
                    variant="tertiary"
                    data-size="sm"
                    disabled={index === items.length - 1}
                    onClick={() => move(index, 1)}
                  >
                    {t('web.matters.priorities.down')}
                    <span className="ds-sr-only"> {matter.registryNumber}</span>
                  </Button>
                  <Button
                    id={buttonId(matter.id, 'remove')}
                    variant="tertiary"
                    data-color="danger"
                    data-size="sm"
                    onClick={() => remove(index)}
                  >
                    {t('web.matters.priorities.remove')}
                    <span className="ds-sr-only"> {matter.registryNumber}</span>
                  </Button>
                </span>
              )}
            </li>
          ))}
        </ol>
      )}
      {canEdit && (
        <>
          {candidates.isError && <QueryError error={candidates.error} />}
          <div className="search-form">
            <SelectField
              id={ADD_ID}
              label={t('web.matters.priorities.add_label')}
              value={adding}
              onChange={setAdding}
              empty={t('web.matters.choose')}
              options={addable.map((m) => ({ value: m.id, label: `${m.registryNumber} ${m.title}` }))}
            />
            <Button variant="secondary" onClick={add} disabled={!adding}>
              {t('web.matters.priorities.add')}
            </Button>
          </div>
          <div className="button-row">
            <Button
              loading={save.isPending}
              disabled={!changed}
              onClick={() =>
                save.mutate(
                  { matterIds: items.map((m) => m.id), version: list.version },
                  { onSuccess: () => notify.success(t('web.matters.priorities.saved')) },
                )
              }
            >
              {t('web.matters.priorities.save')}
            </Button>
          </div>
        </>
      )}
    </>
  );
}

function ReadyMatters({ slug, bodyId }: { slug: string; bodyId: string }) {
  const t = useT();
  const ready = useQuery(readyMattersQuery(slug, bodyId));
  if (ready.isPending) return <Loading />;
  if (ready.isError) return <QueryError error={ready.error} />;
  if (ready.data.length === 0) return <Paragraph>{t('web.matters.priorities.ready_none')}</Paragraph>;
  return (
    <ul aria-labelledby="ready-heading">
      {ready.data.map((matter) => (
        <li key={matter.id}>
          <MatterName slug={slug} matter={matter} />
        </li>
      ))}
    </ul>
  );
}

/** A body's ranked priorities (recorded by the secretary) and the matters ready for its next agenda. */
export function PrioritiesPage() {
  const t = useT();
  const navigate = useNavigate();
  const { slug = '', bodyId = '' } = useParams();
  const municipality = useMunicipality(slug);
  const canDo = useCanDo(slug);
  const priorities = useSuspenseQuery(prioritiesQuery(slug, bodyId));
  const bodies = useQuery(bodiesQuery(slug));
  const body = bodies.data?.find((b) => b.id === bodyId);
  const name = body?.name ?? '';
  const heading = t('web.matters.priorities.heading', { body: name });
  const [generation, setGeneration] = useState(0);

  return (
    <Page title={[heading, municipality.name]} heading={heading}>
      <Paragraph>{t('web.matters.priorities.lead')}</Paragraph>
      <div className="narrow">
        <SelectField
          id="priorities-body"
          label={t('web.matters.priorities.other_body')}
          value={bodyId}
          onChange={(value) => {
            if (value) void navigate(`/m/${slug}/bodies/${value}/priorities`);
          }}
          options={politicalBodies(bodies.data ?? []).map((b) => ({ value: b.id, label: b.name }))}
        />
      </div>
      <section className="section" aria-labelledby="priorities-heading">
        <Heading level={2} data-size="md" id="priorities-heading">
          {t('web.matters.priorities.list')}
        </Heading>
        <PriorityEditor
          key={`${bodyId}-${priorities.data.version}-${generation}`}
          slug={slug}
          bodyId={bodyId}
          list={priorities.data}
          canEdit={canDo('prioritise')}
          onReload={() => void priorities.refetch().then(() => setGeneration((n) => n + 1))}
        />
      </section>
      <section className="section" aria-labelledby="ready-heading">
        <Heading level={2} data-size="md" id="ready-heading">
          {t('web.matters.priorities.ready')}
        </Heading>
        <ReadyMatters slug={slug} bodyId={bodyId} />
      </section>
    </Page>
  );
}
