import { Alert, Button, Heading, Link, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link as RouterLink, useNavigate, useSearchParams } from 'react-router';
import { FormErrorSummary, fieldError, type FieldError } from '../../../components/form-error-summary.tsx';
import { Loading } from '../../../components/loading.tsx';
import { useNotify } from '../../../components/notifications.tsx';
import { Page } from '../../../components/page.tsx';
import { QueryError } from '../../../components/query-error.tsx';
import { errorMessage } from '../../../lib/api.ts';
import type { Session } from '../../../lib/api-types.ts';
import { hasChosenLocale, isLocale, setLocale, translateNow, useLocale, useT } from '../../../lib/i18n.ts';
import { useSession } from '../../../lib/session.ts';
import { signInProvidersQuery, useSignIn } from '../api/auth.queries.ts';

const EMAIL_ID = 'sign-in-email';
const PASSWORD_ID = 'sign-in-password';

/** Where a person lands after signing in: the municipality asked for, else their first. */
function startPageFor(session: Session, asked: string | undefined): string {
  const membership = session.memberships.find((m) => m.slug === asked) ?? session.memberships[0];
  return membership ? `/m/${membership.slug}/home` : '/';
}

function ProviderLinks({ slug }: { slug: string }) {
  const t = useT();
  const locale = useLocale();
  const providers = useQuery(signInProvidersQuery(slug));
  if (providers.isPending) return <Loading />;
  if (providers.isError) return <QueryError error={providers.error} />;
  if (providers.data.length === 0) return null;
  const returnTo = encodeURIComponent(`/m/${slug}/home`);
  return (
    <section className="section">
      <Heading level={2} data-size="sm" id="sign-in-eid">
        {t('web.sign_in.eid_heading')}
      </Heading>
      <div className="button-row">
        {providers.data.map((provider) => (
          <Button key={provider.slug} variant="secondary" asChild>
            <a
              href={`/api/m/${encodeURIComponent(slug)}/sign-in/${encodeURIComponent(provider.slug)}?returnTo=${returnTo}&lang=${locale}`}
            >
              {t('web.sign_in.with_provider', { provider: provider.displayName })}
            </a>
          </Button>
        ))}
      </div>
    </section>
  );
}

/**
 * Sign-in with e-mail and password and, for a given municipality, with its e-ID services.
 * `municipality` comes from `?municipality=` and is resolved by the route.
 */
export function SignInPage({ municipality }: { municipality?: { slug: string; name: string } }) {
  const t = useT();
  const notify = useNotify();
  const navigate = useNavigate();
  const session = useSession();
  const [searchParams] = useSearchParams();
  const signIn = useSignIn();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [attempt, setAttempt] = useState(0);

  const validate = (): FieldError[] => {
    const found: FieldError[] = [];
    const trimmed = email.trim();
    if (!trimmed) found.push({ fieldId: EMAIL_ID, message: t('web.sign_in.email_missing') });
    else if (!/^[^\s@]+@[^\s@]+$/.test(trimmed))
      found.push({ fieldId: EMAIL_ID, message: t('web.form.email_invalid') });
    if (!password) found.push({ fieldId: PASSWORD_ID, message: t('web.sign_in.password_missing') });
    return found;
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = validate();
    setErrors(found);
    setAttempt((n) => n + 1);
    if (found.length > 0) return;
    signIn.mutate(
      { email: email.trim(), password },
      {
        onSuccess: async (signedIn) => {
          const own = signedIn.user?.locale;
          if (isLocale(own) && !hasChosenLocale()) await setLocale(own, { remember: false });
          // In the account's language, if signing in just switched to it.
          notify.success(translateNow('web.sign_in.success', { name: signedIn.user?.name ?? '' }), {
            keepOnNavigation: true,
          });
          navigate(startPageFor(signedIn, municipality?.slug));
        },
        onError: (error) => {
          setPassword('');
          notify.error(errorMessage(error, t));
        },
      },
    );
  };

  const title = municipality
    ? t('web.sign_in.heading_municipality', { name: municipality.name })
    : t('web.sign_in.heading');

  return (
    <Page title={[title]} heading={title}>
      {searchParams.get('error') === 'oidc_failed' && (
        <Alert data-color="danger">
          <Paragraph>
            <strong>{t('web.notification.error')}</strong> {t('web.sign_in.oidc_failed')}
          </Paragraph>
        </Alert>
      )}
      {session.user && (
        <Paragraph>
          {t('web.sign_in.already', { name: session.user.name })}{' '}
          <Link asChild>
            <RouterLink to={startPageFor(session, municipality?.slug)}>{t('web.sign_in.go_home')}</RouterLink>
          </Link>
        </Paragraph>
      )}
      {municipality && <ProviderLinks slug={municipality.slug} />}
      <section className="section narrow">
        <Heading level={2} data-size="sm" id="sign-in-password-heading">
          {t('web.sign_in.password_heading')}
        </Heading>
        <form noValidate onSubmit={onSubmit} className="form">
          <FormErrorSummary key={attempt} errors={errors} />
          <Textfield
            id={EMAIL_ID}
            label={t('web.field.email')}
            type="email"
            name="email"
            autoComplete="username"
            inputMode="email"
            spellCheck={false}
            value={email}
            onChange={(event) => setEmail(event.target.value)}
            error={fieldError(errors, EMAIL_ID)}
          />
          <Textfield
            id={PASSWORD_ID}
            label={t('web.field.password')}
            type="password"
            name="password"
            autoComplete="current-password"
            value={password}
            onChange={(event) => setPassword(event.target.value)}
            error={fieldError(errors, PASSWORD_ID)}
          />
          <div className="button-row">
            <Button type="submit" loading={signIn.isPending}>
              {t('web.sign_in.submit')}
            </Button>
          </div>
        </form>
      </section>
      {!municipality && (
        <Paragraph>
          <Link asChild>
            <RouterLink to="/">{t('web.sign_in.choose_municipality')}</RouterLink>
          </Link>
        </Paragraph>
      )}
    </Page>
  );
}
