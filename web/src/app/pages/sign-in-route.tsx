import { useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { SignInPage } from '../../features/auth/components/sign-in-page.tsx';
import { municipalityQuery } from '../../lib/municipality.ts';

/** Composes sign-in with the municipality named in `?municipality=` (loaded by the route). */
export function SignInRoute() {
  const [searchParams] = useSearchParams();
  const slug = searchParams.get('municipality') ?? '';
  const municipality = useQuery({ ...municipalityQuery(slug), enabled: slug !== '' });
  return (
    <SignInPage
      key={slug}
      municipality={
        municipality.data ? { slug: municipality.data.slug, name: municipality.data.name } : undefined
      }
    />
  );
}
