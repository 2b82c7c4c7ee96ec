import { Button, Heading, Link, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useSuspenseQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link as RouterLink, useParams } from 'react-router';
import { recommendationSections, type RecommendationSection } from '../../../../../common/matters.ts';
import { FormErrorSummary, fieldError, type FieldError } from '../../../components/form-error-summary.tsx';
import { useNotify } from '../../../components/notifications.tsx';
import { Page } from '../../../components/page.tsx';
import { errorMessage, isApiError } from '../../../lib/api.ts';
import type { Recommendation } from '../../../lib/api-types.ts';
import { useT, type Translate } from '../../../lib/i18n.ts';
import { useMunicipality } from '../../../lib/municipality.ts';
import {
  matterQuery,
  recommendationQuery,
  useSaveRecommendation,
  useTransitionMatter,
} from '../api/matters.queries.ts';
import { ActionError } from './action-error.tsx';
import { sectionLabel } from './labels.ts';
import { useCanDo } from './role-gate.tsx';

const sectionId = (section: RecommendationSection) => `section-${section}`;

function isSection(value: unknown): value is RecommendationSection {
  return typeof value === 'string' && (recommendationSections as readonly string[]).includes(value);
}

/** The sections the server found empty when asked to mark the recommendation ready (400, details.missing). */
function missingSections(error: unknown): RecommendationSection[] {
  if (!isApiError(error, 400)) return [];
  const details = error.details;
  if (typeof details !== 'object' || details === null || !('missing' in details)) return [];
  return Array.isArray(details.missing) ? details.missing.filter(isSection) : [];
}

/** The server's message first, then each empty section linked to its text box. */
function readyErrors(error: unknown, t: Translate, fallback: string): FieldError[] {
  const missing = missingSections(error);
  const message = errorMessage(error, t);
  if (missing.length === 0) return [{ fieldId: fallback, message }];
  return [
    { fieldId: sectionId(missing[0] ?? 'proposed_decision'), message },
    ...missing.map((section) => ({
      fieldId: sectionId(section),
      message: t('web.matters.recommendation.section_empty', { section: sectionLabel(t, section) }),
    })),
  ].filter((item, index, all) => all.findIndex((other) => other.message === item.message) === index);
}

function ReadOnly({ recommendation }: { recommendation: Recommendation }) {
  const t = useT();
  return (
    <>
      {recommendation.template.map(({ key }) => (
        <section key={key} className="section" aria-labelledby={sectionId(key)}>
          <Heading level={2} data-size="sm" id={sectionId(key)}>
            {sectionLabel(t, key)}
          </Heading>
          <Paragraph className="pre-line">
            {recommendation.sections[key]?.trim() || t('web.matters.recommendation.empty')}
          </Paragraph>
        </section>
      ))}
    </>
  );
}

/** Why the texts cannot be edited; it takes focus when the editor gave way to it just now. */
function ReadOnlyNotice({ focus }: { focus: boolean }) {
  const t = useT();
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (focus) ref.current?.focus();
  }, [focus]);
  return (
    <Paragraph ref={ref} tabIndex={-1}>
      {t('web.matters.recommendation.read_only')}
    </Paragraph>
  );
}

function Editor({
  slug,
  matterId,
  matterVersion,
  canMarkReady,
  recommendation,
  onReload,
  onReady,
}: {
  slug: string;
  matterId: string;
  matterVersion: number;
  canMarkReady: boolean;
  recommendation: Recommendation;
  onReload: () => void;
  /** The recommendation is ready: the editor goes, so the page tells the person. */
  onReady: () => void;
}) {
  const t = useT();
  const notify = useNotify();
  const save = useSaveRecommendation(slug, matterId);
  const transition = useTransitionMatter(slug, matterId);
  const [texts, setTexts] = useState<Partial<Record<RecommendationSection, string>>>(recommendation.sections);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [conflict, setConflict] = useState<unknown>(null);
  // The version of the last save; the page's query refetches after it, but a second save may come first.
  const [version, setVersion] = useState(recommendation.version);
  const first = recommendation.template[0]?.key ?? 'proposed_decision';

  const fail = (error: unknown) => {
    if (isApiError(error, 409)) setConflict(error);
    setErrors(readyErrors(error, t, sectionId(first)));
    setAttempt((n) => n + 1);
  };

  const submit = (markReady: boolean) => {
    setConflict(null);
    save.mutate(
      { sections: texts, version },
      {
        onSuccess: (saved) => {
          setVersion(saved.version);
          if (!markReady) {
            setErrors([]);
            notify.success(t('web.matters.recommendation.saved'));
            return;
          }
          transition.mutateAsync({ to: 'recommendation_ready', version: matterVersion }).then(() => {
            setErrors([]);
            onReady();
          }, fail);
        },
        onError: fail,
      },
    );
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    submit(false);
  };

  return (
    <form noValidate onSubmit={onSubmit} className="form" aria-labelledby="recommendation-form">
      <Heading level={2} data-size="md" id="recommendation-form" className="ds-sr-only">
        {t('web.matters.recommendation.sections')}
      </Heading>
      <FormErrorSummary key={attempt} errors={errors} />
      {conflict !== null && <ActionError error={conflict} onReload={onReload} />}
      {recommendation.template.map(({ key, required }) => (
        <Textfield
          key={key}
          id={sectionId(key)}
          multiline
          rows={key === 'proposed_decision' ? 6 : 8}
          label={sectionLabel(t, key)}
          description={required ? t('web.matters.recommendation.required') : undefined}
          value={texts[key] ?? ''}
          onChange={(event) => setTexts((current) => ({ ...current, [key]: event.target.value }))}
          error={fieldError(errors, sectionId(key))}
        />
      ))}
      <div className="button-row">
        <Button type="submit" loading={save.isPending && !transition.isPending}>
          {t('web.matters.recommendation.save')}
        </Button>
        {canMarkReady && (
          <Button variant="secondary" loading={transition.isPending} onClick={() => submit(true)}>
            {t('web.matters.recommendation.mark_ready')}
          </Button>
        )}
      </div>
    </form>
  );
}

/**
 * The official's recommendation (tjänsteskrivelse / saksframlegg), one text per section of the
 * municipality's template. Marking it ready saves it and moves the matter on; the server refuses
 * while a required section is empty and names them.
 */
export function RecommendationPage() {
  const t = useT();
  const { slug = '', matterId = '' } = useParams();
  const municipality = useMunicipality(slug);
  const matter = useSuspenseQuery(matterQuery(slug, matterId));
  const recommendation = useSuspenseQuery(recommendationQuery(slug, matterId));
  const canDo = useCanDo(slug);
  const data = recommendation.data;
  const editable = data.editable && canDo('prepare');
  const canMarkReady = matter.data.transitions.some((x) => x.to === 'recommendation_ready' && x.allowed);
  const heading = t('web.matters.recommendation.heading', {
    jurisdiction: municipality.jurisdiction,
    number: matter.data.registryNumber,
  });
  // Reloading after a conflict starts the editor afresh from what is saved now.
  const [generation, setGeneration] = useState(0);
  const [markedReady, setMarkedReady] = useState(false);
  const notify = useNotify();
  const reload = () =>
    void Promise.all([matter.refetch(), recommendation.refetch()]).then(() => setGeneration((n) => n + 1));

  return (
    <Page
      title={[heading, municipality.name]}
      heading={heading}
      lead={<Paragraph data-size="lg">{matter.data.title}</Paragraph>}
    >
      <Paragraph>
        <Link asChild>
          <RouterLink to={`/m/${slug}/matters/${matterId}`}>
            {t('web.matters.back_to_matter', { number: matter.data.registryNumber })}
          </RouterLink>
        </Link>
      </Paragraph>
      {data.author && (
        <Paragraph className="muted">
          {t('web.matters.recommendation.author', { name: data.author.name })}
        </Paragraph>
      )}
      {editable ? (
        <Editor
          key={generation}
          slug={slug}
          matterId={matterId}
          matterVersion={matter.data.version}
          canMarkReady={canMarkReady}
          recommendation={data}
          onReload={reload}
          onReady={() => {
            notify.success(t('web.matters.recommendation.ready_done'));
            setMarkedReady(true);
          }}
        />
      ) : (
        <>
          <ReadOnlyNotice focus={markedReady} />
          <ReadOnly recommendation={data} />
        </>
      )}
    </Page>
  );
}
