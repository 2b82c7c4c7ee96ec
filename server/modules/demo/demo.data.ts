import type { Role } from '../../../common/roles.ts';
import type { CreateMunicipalityInput } from '../municipalities/municipalities.contract.ts';

/** Every demo account signs in with this password; the start page says so while demo data exists. */
export const DEMO_PASSWORD = 'samspel-demo';

export type DemoPerson = { email: string; name: string; roles: Role[] };

export type DemoMunicipality = { municipality: CreateMunicipalityInput; people: DemoPerson[] };

/** Two fictional municipalities: their codes are not used by any real one. */
export const demoMunicipalities: DemoMunicipality[] = [
  {
    municipality: {
      slug: 'solvik',
      name: 'Solvik kommun',
      jurisdiction: 'se',
      code: '2599',
      population: 18_430,
      defaultLocale: 'sv',
      settings: { demo: true },
    },
    people: [
      { email: 'admin@solvik.example', name: 'Karin Lindqvist', roles: ['administrator'] },
      { email: 'sekreterare@solvik.example', name: 'Anna Berg', roles: ['secretary'] },
      { email: 'handlaggare@solvik.example', name: 'Erik Johansson', roles: ['official'] },
      { email: 'avdelningschef@solvik.example', name: 'Leif Granath', roles: ['official'] },
      { email: 'kommundirektor@solvik.example', name: 'Maria Holm', roles: ['director'] },
      { email: 'ordforande@solvik.example', name: 'Lars Nyström', roles: ['politician'] },
      { email: 'sakerhet@solvik.example', name: 'Sofia Ek', roles: ['security_officer'] },
      { email: 'medborgare@solvik.example', name: 'Oskar Wikström', roles: ['citizen'] },
    ],
  },
  {
    municipality: {
      slug: 'fjordvik',
      name: 'Fjordvik kommune',
      jurisdiction: 'no',
      code: '4699',
      population: 9_870,
      defaultLocale: 'nb',
      settings: { demo: true },
    },
    people: [
      { email: 'admin@fjordvik.example', name: 'Ingrid Haugen', roles: ['administrator'] },
      { email: 'sekretaer@fjordvik.example', name: 'Silje Bakke', roles: ['secretary'] },
      { email: 'saksbehandler@fjordvik.example', name: 'Ola Solberg', roles: ['official'] },
      { email: 'avdelingsleder@fjordvik.example', name: 'Stian Foss', roles: ['official'] },
      { email: 'kommunedirektor@fjordvik.example', name: 'Torunn Lie', roles: ['director'] },
      { email: 'ordforer@fjordvik.example', name: 'Per Aasen', roles: ['politician'] },
      { email: 'sikkerhet@fjordvik.example', name: 'Hilde Strand', roles: ['security_officer'] },
      { email: 'innbygger@fjordvik.example', name: 'Nils Dahl', roles: ['citizen'] },
    ],
  },
];

/** A person who works for both municipalities (a shared IT service), to show the switcher. */
export const sharedPerson = {
  email: 'it-drift@samverkan.example',
  name: 'Jonas Ekberg',
  rolesBySlug: { solvik: ['administrator'], fjordvik: ['administrator'] } as Record<string, Role[]>,
};
