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
      // Elected members who hold the seats of the demo's meetings (organisation.data.ts seats them).
      { email: 'kf.ordforande@solvik.example', name: 'Ulla Håkansson', roles: ['politician'] },
      { email: 'namndordforande@solvik.example', name: 'Helena Forsberg', roles: ['politician'] },
      { email: 'ledamot1@solvik.example', name: 'Anders Björk', roles: ['politician'] },
      { email: 'ledamot2@solvik.example', name: 'Magnus Engström', roles: ['politician'] },
      { email: 'ledamot3@solvik.example', name: 'Daniel Nordin', roles: ['politician'] },
      { email: 'ledamot4@solvik.example', name: 'Linnea Åberg', roles: ['politician'] },
      { email: 'ledamot5@solvik.example', name: 'Stefan Öberg', roles: ['politician'] },
      { email: 'ledamot6@solvik.example', name: 'Johanna Axelsson', roles: ['politician'] },
      { email: 'ersattare@solvik.example', name: 'Ebba Sjöberg', roles: ['politician'] },
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
      // Elected members who hold the seats of the demo's meetings (organisation.data.ts seats them).
      { email: 'utvalgsleder@fjordvik.example', name: 'Hanne Myklebust', roles: ['politician'] },
      { email: 'medlem1@fjordvik.example', name: 'Trond Eide', roles: ['politician'] },
      { email: 'medlem2@fjordvik.example', name: 'Kristin Moen', roles: ['politician'] },
      { email: 'medlem3@fjordvik.example', name: 'Jon Lunde', roles: ['politician'] },
      { email: 'medlem4@fjordvik.example', name: 'Sigrid Fjeld', roles: ['politician'] },
      { email: 'medlem5@fjordvik.example', name: 'Odd Nilsen', roles: ['politician'] },
      { email: 'medlem6@fjordvik.example', name: 'Guro Hansen', roles: ['politician'] },
      { email: 'varamedlem@fjordvik.example', name: 'Eirik Vik', roles: ['politician'] },
    ],
  },
];

/** A person who works for both municipalities (a shared IT service), to show the switcher. */
export const sharedPerson = {
  email: 'it-drift@samverkan.example',
  name: 'Jonas Ekberg',
  rolesBySlug: { solvik: ['administrator'], fjordvik: ['administrator'] } as Record<string, Role[]>,
};
