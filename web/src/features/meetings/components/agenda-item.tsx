import {
  Button,
  Checkbox,
  Fieldset,
  Heading,
  Link,
  Paragraph,
  Radio,
  Tag,
  Textfield,
} from '@digdir/designsystemet-react';
import { useState, type FormEvent, type ReactNode } from 'react';
import { Link as RouterLink } from 'react-router';
import type { Jurisdiction } from '../../../../../common/roles.ts';
import { FormErrorSummary, fieldError, type FieldError } from '../../../components/form-error-summary.tsx';
import { useNotify } from '../../../components/notifications.tsx';
import { useFocusLater } from '../../../components/use-focus-later.ts';
import { useT, type Translate } from '../../../lib/i18n.ts';
import { useDeclareConflict, useSaveNote, useUpdateItem } from '../api/meetings.queries.ts';
import type { AgendaItem, Meeting } from '../api/meetings.types.ts';
import { ActionError } from './action-error.tsx';
import { SelectField } from '../../../components/fields.tsx';
import { closingGroundLabel, groundsOf, isClosingGround, itemStateLabel } from './labels.ts';

export const itemHeadingId = (itemId: string) => `item-heading-${itemId}`;
export const itemButtonId = (itemId: string, action: 'up' | 'down' | 'change' | 'remove') =>
  `item-${action}-${itemId}`;

/** An item's number as the agenda shows it: "§ 3" in Sweden, "Sak 3" in Norway. */
export function itemNumber(t: Translate, item: AgendaItem): string {
  return /^\d/.test(item.number) ? t('web.meetings.item.number', { number: item.number }) : item.number;
}

/** The title, or for a closed item without a public face (its title may name whom the closing protects) a stand-in. */
export function itemTitle(t: Translate, item: AgendaItem): string {
  return item.title || t('web.meetings.item.no_title');
}

/** The title and number, for announcements and hidden parts of button names. */
export function itemName(t: Translate, item: AgendaItem): string {
  return `${itemNumber(t, item)} ${itemTitle(t, item)}`;
}

/** The secretary changes an item's title, publicity (a closed item needs its legal ground) and kind. */
function ItemEditor({
  slug,
  meetingId,
  item,
  jurisdiction,
  onDone,
}: {
  slug: string;
  meetingId: string;
  item: AgendaItem;
  jurisdiction: Jurisdiction;
  onDone: () => void;
}) {
  const t = useT();
  const notify = useNotify();
  const update = useUpdateItem(slug, meetingId);
  const [title, setTitle] = useState(item.title);
  const [isPublic, setPublic] = useState(item.public);
  const [ground, setGround] = useState(item.closingGround ?? '');
  const [election, setElection] = useState(item.election);
  const [authority, setAuthority] = useState(item.exerciseOfAuthority);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const prefix = `item-edit-${item.id}`;
  const ids = { title: `${prefix}-title`, ground: `${prefix}-ground`, publicity: `${prefix}-publicity` };
  const titled = item.kind !== 'matter';

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found: FieldError[] = [];
    if (titled && !title.trim())
      found.push({ fieldId: ids.title, message: t('web.meetings.item.title_missing') });
    if (!isPublic && !isClosingGround(jurisdiction, ground))
      found.push({ fieldId: ids.ground, message: t('web.meetings.item.ground_missing') });
    setErrors(found);
    setAttempt((n) => n + 1);
    if (found.length > 0) return;
    update.mutate(
      {
        itemId: item.id,
        input: {
          ...(titled ? { title: title.trim() } : {}),
          public: isPublic,
          closingGround: isPublic || !isClosingGround(jurisdiction, ground) ? null : ground,
          election,
          exerciseOfAuthority: authority,
          // The version of the item as it is now: after a reload, the one just read.
          version: item.version,
        },
      },
      {
        onSuccess: () => {
          notify.success(t('web.meetings.item.saved', { name: itemName(t, item) }));
          onDone();
        },
      },
    );
  };

  return (
    <form
      noValidate
      onSubmit={onSubmit}
      className="form narrow"
      aria-label={t('web.meetings.item.edit_heading', { name: itemName(t, item) })}
    >
      <FormErrorSummary key={attempt} errors={errors} />
      {update.isError && <ActionError error={update.error} />}
      {titled && (
        <Textfield
          id={ids.title}
          label={t('web.meetings.item.title')}
          autoComplete="off"
          value={title}
          onChange={(event) => setTitle(event.target.value)}
          error={fieldError(errors, ids.title)}
        />
      )}
      <Fieldset id={ids.publicity}>
        <Fieldset.Legend>{t('web.meetings.item.publicity')}</Fieldset.Legend>
        <Fieldset.Description>{t('web.meetings.item.publicity_description')}</Fieldset.Description>
        <Radio
          id={`${ids.publicity}-public`}
          name={ids.publicity}
          value="public"
          label={t('web.meetings.item.public')}
          checked={isPublic}
          onChange={() => setPublic(true)}
        />
        <Radio
          id={`${ids.publicity}-closed`}
          name={ids.publicity}
          value="closed"
          label={t('web.meetings.item.closed')}
          checked={!isPublic}
          onChange={() => setPublic(false)}
        />
      </Fieldset>
      {!isPublic && (
        <SelectField
          id={ids.ground}
          label={t('web.meetings.item.ground')}
          description={t('web.meetings.item.ground_description', { jurisdiction })}
          value={ground}
          onChange={setGround}
          empty={t('web.meetings.choose')}
          options={groundsOf(jurisdiction).map((g) => ({ value: g, label: closingGroundLabel(t, g) }))}
          error={fieldError(errors, ids.ground)}
        />
      )}
      <Checkbox
        id={`${prefix}-election`}
        label={t('web.meetings.item.election')}
        description={t('web.meetings.item.election_description')}
        checked={election}
        onChange={(event) => setElection(event.target.checked)}
      />
      <Checkbox
        id={`${prefix}-authority`}
        label={t('web.meetings.item.authority')}
        description={t('web.meetings.item.authority_description', { jurisdiction })}
        checked={authority}
        onChange={(event) => setAuthority(event.target.checked)}
      />
      <div className="button-row">
        <Button type="submit" loading={update.isPending}>
          {t('web.meetings.item.save')}
        </Button>
        <Button variant="secondary" onClick={onDone}>
          {t('web.dialog.cancel')}
        </Button>
      </div>
    </form>
  );
}

/**
 * A member declares a conflict of interest on an item, with the reason. The form goes once the
 * conflict is recorded, so the mutation lives with the item, whose callbacks then still run.
 */
function ConflictForm({
  item,
  declare,
  onDone,
}: {
  item: AgendaItem;
  declare: ReturnType<typeof useDeclareConflict>;
  onDone: () => void;
}) {
  const t = useT();
  const notify = useNotify();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>();
  const id = `conflict-reason-${item.id}`;
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!reason.trim()) {
      setError(t('web.meetings.conflict.reason_missing'));
      document.getElementById(id)?.focus();
      return;
    }
    setError(undefined);
    declare.mutate(
      { itemId: item.id, reason: reason.trim() },
      {
        onSuccess: () => {
          notify.success(t('web.meetings.conflict.done', { name: itemName(t, item) }));
          onDone();
        },
      },
    );
  };
  return (
    <form
      noValidate
      onSubmit={onSubmit}
      className="form narrow"
      aria-label={t('web.meetings.conflict.declare_on', { name: itemName(t, item) })}
    >
      {declare.isError && <ActionError error={declare.error} />}
      <Textfield
        id={id}
        multiline
        rows={3}
        label={t('web.meetings.conflict.reason')}
        description={t('web.meetings.conflict.reason_description')}
        value={reason}
        onChange={(event) => setReason(event.target.value)}
        error={error}
      />
      <div className="button-row">
        <Button type="submit" loading={declare.isPending}>
          {t('web.meetings.conflict.submit')}
        </Button>
      </div>
    </form>
  );
}

/** One's own note on an item, which no one else ever sees; the first save sends version 0. */
function NoteForm({ slug, meetingId, item }: { slug: string; meetingId: string; item: AgendaItem }) {
  const t = useT();
  const notify = useNotify();
  const save = useSaveNote(slug, meetingId);
  const [text, setText] = useState(item.myNote?.text ?? '');
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    save.mutate(
      { itemId: item.id, text, version: item.myNote?.version ?? 0 },
      { onSuccess: () => notify.success(t('web.meetings.note.saved', { name: itemName(t, item) })) },
    );
  };
  return (
    <form noValidate onSubmit={onSubmit} className="form narrow">
      {save.isError && <ActionError error={save.error} />}
      <Textfield
        id={`note-${item.id}`}
        multiline
        rows={4}
        label={t('web.meetings.note.label', { name: itemName(t, item) })}
        description={t('web.meetings.note.description')}
        value={text}
        onChange={(event) => setText(event.target.value)}
      />
      <div className="button-row">
        <Button type="submit" variant="secondary" loading={save.isPending}>
          {t('web.meetings.note.save')}
        </Button>
      </div>
    </form>
  );
}

/** A button that shows and hides the part of the page it controls. */
function Disclosure({
  id,
  label,
  open,
  onToggle,
  children,
}: {
  id: string;
  label: ReactNode;
  open: boolean;
  onToggle: () => void;
  children: ReactNode;
}) {
  return (
    <>
      <div className="button-row">
        <Button
          id={`${id}-button`}
          variant="tertiary"
          data-size="sm"
          aria-expanded={open}
          aria-controls={id}
          onClick={onToggle}
        >
          {label}
        </Button>
      </div>
      <div id={id} hidden={!open}>
        {open && children}
      </div>
    </>
  );
}

/** Conflicts of interest on the item: declared, questioned, and the body's ruling. */
function Conflicts({ item, jurisdiction }: { item: AgendaItem; jurisdiction: Jurisdiction }) {
  const t = useT();
  if (item.conflicts.length === 0) return null;
  return (
    <div>
      <Paragraph data-size="sm">
        <strong>{t('web.meetings.conflict.heading', { jurisdiction })}</strong>
      </Paragraph>
      <ul>
        {item.conflicts.map((conflict) => (
          <li key={conflict.id}>
            {t(`web.meetings.conflict.status.${conflict.status}`, { name: conflict.person.name })}
            {conflict.reason && <span className="muted"> ({conflict.reason})</span>}
          </li>
        ))}
      </ul>
    </div>
  );
}

export type ItemControls = {
  canReorder: boolean;
  canEdit: boolean;
  canRemove: boolean;
  first: boolean;
  last: boolean;
  busy: boolean;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
};

/**
 * One agenda item: its number, title and publicity (a closed item with its legal ground; for those
 * not entitled only its public face), its matter, conflicts and decision; the secretary's controls;
 * and for those called, a conflict declaration and a private note.
 */
export function AgendaItemView({
  slug,
  meeting,
  item,
  jurisdiction,
  controls,
}: {
  slug: string;
  meeting: Meeting;
  item: AgendaItem;
  jurisdiction: Jurisdiction;
  controls: ItemControls;
}) {
  const t = useT();
  const focusLater = useFocusLater();
  const [editing, setEditing] = useState(false);
  const [declaring, setDeclaring] = useState(false);
  const [noting, setNoting] = useState(false);
  const declare = useDeclareConflict(slug, meeting.id);
  const name = itemName(t, item);
  const me = meeting.you.personId;
  const portal = meeting.you.participant && !item.restricted;
  const mayDeclare =
    portal &&
    (meeting.state === 'notified' || meeting.state === 'in_progress') &&
    (item.state === 'pending' || item.state === 'in_progress') &&
    !item.conflicts.some((c) => c.person.id === me);
  const hidden = <span className="ds-sr-only"> {name}</span>;

  return (
    <article className="edit-panel" aria-labelledby={itemHeadingId(item.id)}>
      <Heading level={3} data-size="xs" id={itemHeadingId(item.id)} tabIndex={-1}>
        {name}
      </Heading>
      {(!item.public || item.election || item.exerciseOfAuthority || item.state !== 'pending') && (
        <div className="button-row">
          {!item.public && (
            <Tag data-color="warning" data-size="sm">
              {t('web.meetings.item.closed')}
            </Tag>
          )}
          {item.election && (
            <Tag data-color="info" data-size="sm">
              {t('web.meetings.item.election')}
            </Tag>
          )}
          {item.exerciseOfAuthority && (
            <Tag data-color="info" data-size="sm">
              {t('web.meetings.item.authority')}
            </Tag>
          )}
          {item.state !== 'pending' && (
            <Tag data-color="neutral" data-size="sm">
              {itemStateLabel(t, item.state)}
            </Tag>
          )}
        </div>
      )}
      {!item.public && item.closingGround && (
        <Paragraph data-size="sm">
          {t('web.meetings.item.closed_on', {
            ground: closingGroundLabel(t, item.closingGround),
            source: item.closingSource ?? '',
          })}
        </Paragraph>
      )}
      {item.restricted && (
        <Paragraph data-size="sm" className="muted">
          {t('web.meetings.item.restricted')}
        </Paragraph>
      )}
      {item.matter && (
        <Paragraph data-size="sm">
          {t('web.meetings.item.matter')}{' '}
          <Link asChild>
            <RouterLink to={`/m/${slug}/matters/${item.matter.id}`}>{item.matter.registryNumber}</RouterLink>
          </Link>
        </Paragraph>
      )}
      {item.decisionText && (
        <Paragraph className="pre-line">
          <strong>{t('web.meetings.item.decision')}</strong> {item.decisionText}
        </Paragraph>
      )}
      <Conflicts item={item} jurisdiction={jurisdiction} />
      {(controls.canReorder || controls.canEdit || controls.canRemove) && (
        <div className="button-row">
          {controls.canReorder && (
            <>
              <Button
                id={itemButtonId(item.id, 'up')}
                variant="tertiary"
                data-size="sm"
                disabled={controls.first}
                aria-busy={controls.busy || undefined}
                onClick={() => controls.onMove(-1)}
              >
                {t('web.meetings.agenda.up')}
                {hidden}
              </Button>
              <Button
                id={itemButtonId(item.id, 'down')}
                variant="tertiary"
                data-size="sm"
                disabled={controls.last}
                aria-busy={controls.busy || undefined}
                onClick={() => controls.onMove(1)}
              >
                {t('web.meetings.agenda.down')}
                {hidden}
              </Button>
            </>
          )}
          {controls.canEdit && (
            <Button
              id={itemButtonId(item.id, 'change')}
              variant="tertiary"
              data-size="sm"
              aria-expanded={editing}
              aria-controls={`item-edit-panel-${item.id}`}
              onClick={() => setEditing((open) => !open)}
            >
              {t('web.meetings.item.change')}
              {hidden}
            </Button>
          )}
          {controls.canRemove && (
            <Button
              id={itemButtonId(item.id, 'remove')}
              variant="tertiary"
              data-color="danger"
              data-size="sm"
              onClick={controls.onRemove}
            >
              {t('web.meetings.agenda.remove')}
              {hidden}
            </Button>
          )}
        </div>
      )}
      {controls.canEdit && (
        <div id={`item-edit-panel-${item.id}`} hidden={!editing}>
          {editing && (
            <ItemEditor
              slug={slug}
              meetingId={meeting.id}
              item={item}
              jurisdiction={jurisdiction}
              onDone={() => {
                setEditing(false);
                focusLater(itemButtonId(item.id, 'change'));
              }}
            />
          )}
        </div>
      )}
      {mayDeclare && (
        <Disclosure
          id={`conflict-panel-${item.id}`}
          label={
            <>
              {t('web.meetings.conflict.declare')}
              {hidden}
            </>
          }
          open={declaring}
          onToggle={() => setDeclaring((open) => !open)}
        >
          <ConflictForm
            item={item}
            declare={declare}
            onDone={() => {
              setDeclaring(false);
              focusLater(itemHeadingId(item.id));
            }}
          />
        </Disclosure>
      )}
      {portal && (
        <Disclosure
          id={`note-panel-${item.id}`}
          label={
            <>
              {item.myNote?.text ? t('web.meetings.note.open_saved') : t('web.meetings.note.open')}
              {hidden}
            </>
          }
          open={noting}
          onToggle={() => setNoting((open) => !open)}
        >
          <NoteForm slug={slug} meetingId={meeting.id} item={item} />
        </Disclosure>
      )}
    </article>
  );
}
