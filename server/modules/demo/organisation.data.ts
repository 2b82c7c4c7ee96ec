import type {
  BodyKind,
  ElectionMethod,
  Gender,
  MembershipRole,
  TaskCommitteePowers,
} from '../../../common/organisation.ts';

export type DemoBody = {
  name: string;
  kind: BodyKind;
  shortName?: string;
  parent?: string;
  seats?: number;
  substitutes?: number;
  electionMethod?: ElectionMethod;
  /** Task committees: mandate, dates, powers, and citizen members without a vote. */
  task?: {
    mandate: string;
    startsOn: string;
    endsOn: string;
    powers: TaskCommitteePowers;
    citizens: number;
    term: 0 | 1;
  };
};

export type DemoPosition = {
  kind: 'director' | 'department_head' | 'case_officer';
  name: string;
  gender: Gender;
  birthYear: number;
  title: string;
  unit?: string;
  userEmail?: string;
};

export type DemoOrganisation = {
  slug: string;
  terms: Array<{ name: string; startsOn: string; endsOn: string }>;
  /** Share of women among the elected in each term, so the trend has a direction. */
  womenShare: [number, number];
  parties: string[];
  firstNames: Record<'woman' | 'man', string[]>;
  lastNames: string[];
  bodies: DemoBody[];
  positions: DemoPosition[];
  directorInstruction: { title: string; adoptedBy: string; adoptedOn: string };
  /**
   * Demo accounts that are also people in the organisation: one person per account, with their
   * seats in the later term (a committee chair may also sit in the council). Substitutes come first
   * in their body's substitute order; the other seats are filled from the random pool.
   */
  linked: Array<{
    email: string;
    gender: Gender;
    birthYear: number;
    party?: string;
    seats: Array<{ body: string; role: MembershipRole }>;
  }>;
};

export const solvikOrganisation: DemoOrganisation = {
  slug: 'solvik',
  terms: [
    { name: '2022–2026', startsOn: '2022-10-15', endsOn: '2026-10-14' },
    { name: '2026–2030', startsOn: '2026-10-15', endsOn: '2030-10-14' },
  ],
  womenShare: [0.42, 0.48],
  parties: ['S', 'M', 'SD', 'C', 'V', 'KD', 'L', 'MP'],
  firstNames: {
    woman: [
      'Anna',
      'Eva',
      'Maria',
      'Karin',
      'Sara',
      'Lena',
      'Emma',
      'Kristina',
      'Johanna',
      'Ida',
      'Elin',
      'Malin',
      'Helena',
      'Linnea',
      'Ebba',
      'Sofia',
      'Birgitta',
      'Annika',
      'Frida',
      'Hanna',
      'Camilla',
      'Ulla',
      'Agneta',
      'Maja',
    ],
    man: [
      'Erik',
      'Lars',
      'Karl',
      'Anders',
      'Johan',
      'Per',
      'Nils',
      'Mikael',
      'Jan',
      'Hans',
      'Peter',
      'Fredrik',
      'Mats',
      'Daniel',
      'Magnus',
      'Oskar',
      'Gustav',
      'Stefan',
      'Björn',
      'Henrik',
      'Olof',
      'Göran',
      'Jonas',
      'Viktor',
    ],
  },
  lastNames: [
    'Andersson',
    'Berg',
    'Lindqvist',
    'Nyström',
    'Holm',
    'Ek',
    'Sandberg',
    'Lundgren',
    'Björk',
    'Wikström',
    'Håkansson',
    'Öberg',
    'Forsberg',
    'Sjöberg',
    'Engström',
    'Dahl',
    'Åberg',
    'Strand',
    'Hedlund',
    'Nordin',
    'Lindberg',
    'Axelsson',
  ],
  bodies: [
    { name: 'Kommunfullmäktige', kind: 'council', shortName: 'KF', seats: 41 },
    {
      name: 'Kommunstyrelsen',
      kind: 'executive_board',
      shortName: 'KS',
      parent: 'Kommunfullmäktige',
      seats: 11,
      substitutes: 5,
    },
    {
      name: 'Kommunstyrelsens arbetsutskott',
      kind: 'sub_committee',
      shortName: 'KSAU',
      parent: 'Kommunstyrelsen',
      seats: 5,
    },
    {
      name: 'Barn- och utbildningsnämnden',
      kind: 'committee',
      shortName: 'BUN',
      parent: 'Kommunfullmäktige',
      seats: 9,
      substitutes: 4,
    },
    {
      name: 'Socialnämnden',
      kind: 'committee',
      shortName: 'SN',
      parent: 'Kommunfullmäktige',
      seats: 9,
      substitutes: 4,
    },
    {
      name: 'Samhällsbyggnadsnämnden',
      kind: 'committee',
      shortName: 'SBN',
      parent: 'Kommunfullmäktige',
      seats: 7,
      substitutes: 3,
    },
    { name: 'Revisionen', kind: 'control_committee', parent: 'Kommunfullmäktige', seats: 5 },
    {
      name: 'Tillfällig beredning om arbetsordningen',
      kind: 'task_committee',
      parent: 'Kommunfullmäktige',
      seats: 5,
      task: {
        mandate:
          'Se över fullmäktiges arbetsordning så att sammanträdena blir kortare och ägnas mer åt mål och uppföljning. Lämna förslag till fullmäktige senast i december 2023.',
        startsOn: '2023-03-01',
        endsOn: '2023-12-31',
        powers: 'recommend',
        citizens: 0,
        term: 0,
      },
    },
    {
      name: 'Tillfällig beredning för medborgardialog',
      kind: 'task_committee',
      parent: 'Kommunfullmäktige',
      seats: 5,
      task: {
        mandate:
          'Ta fram former för hur invånare, föreningar och unga ska involveras tidigt i kommunens viktigaste frågor. Beredningen arbetar utåtriktat och lämnar förslag till fullmäktige före sommaren 2027.',
        startsOn: '2026-11-01',
        endsOn: '2027-06-30',
        powers: 'recommend',
        citizens: 2,
        term: 1,
      },
    },
    { name: 'Kommunledningsförvaltningen', kind: 'administration' },
    { name: 'Ekonomiavdelningen', kind: 'department', parent: 'Kommunledningsförvaltningen' },
    { name: 'HR-avdelningen', kind: 'department', parent: 'Kommunledningsförvaltningen' },
    { name: 'Barn- och utbildningsförvaltningen', kind: 'administration' },
    { name: 'Förskoleavdelningen', kind: 'department', parent: 'Barn- och utbildningsförvaltningen' },
    { name: 'Solviksskolan', kind: 'unit', parent: 'Förskoleavdelningen' },
    { name: 'Socialförvaltningen', kind: 'administration' },
    { name: 'Äldreomsorgen', kind: 'department', parent: 'Socialförvaltningen' },
    { name: 'Individ- och familjeomsorgen', kind: 'department', parent: 'Socialförvaltningen' },
    { name: 'Samhällsbyggnadsförvaltningen', kind: 'administration' },
    { name: 'Solviks Energi AB', kind: 'company' },
    { name: 'Solvikshem AB', kind: 'company' },
  ],
  positions: [
    {
      kind: 'director',
      name: 'Maria Holm',
      gender: 'woman',
      birthYear: 1971,
      title: 'Kommundirektör',
      unit: 'Kommunledningsförvaltningen',
      userEmail: 'kommundirektor@solvik.example',
    },
    {
      kind: 'department_head',
      name: 'Tobias Sund',
      gender: 'man',
      birthYear: 1978,
      title: 'Skolchef',
      unit: 'Barn- och utbildningsförvaltningen',
    },
    {
      kind: 'department_head',
      name: 'Pia Rönn',
      gender: 'woman',
      birthYear: 1969,
      title: 'Socialchef',
      unit: 'Socialförvaltningen',
    },
    {
      kind: 'department_head',
      name: 'Leif Granath',
      gender: 'man',
      birthYear: 1966,
      title: 'Samhällsbyggnadschef',
      unit: 'Samhällsbyggnadsförvaltningen',
      userEmail: 'avdelningschef@solvik.example',
    },
    {
      kind: 'department_head',
      name: 'Amira Haddad',
      gender: 'woman',
      birthYear: 1983,
      title: 'Ekonomichef',
      unit: 'Ekonomiavdelningen',
    },
    {
      kind: 'case_officer',
      name: 'Erik Johansson',
      gender: 'man',
      birthYear: 1990,
      title: 'Handläggare',
      unit: 'Kommunledningsförvaltningen',
      userEmail: 'handlaggare@solvik.example',
    },
  ],
  directorInstruction: {
    title: 'Instruktion för kommundirektören',
    adoptedBy: 'Kommunstyrelsen',
    adoptedOn: '2023-01-24',
  },
  linked: [
    {
      email: 'ordforande@solvik.example',
      gender: 'man',
      birthYear: 1962,
      party: 'S',
      seats: [
        { body: 'Kommunstyrelsen', role: 'chair' },
        { body: 'Kommunfullmäktige', role: 'member' },
      ],
    },
    {
      email: 'sekreterare@solvik.example',
      gender: 'woman',
      birthYear: 1985,
      seats: [{ body: 'Kommunstyrelsen', role: 'secretary' }],
    },
    // The council's chair, and the whole Samhällsbyggnadsnämnd with its first substitute, so that
    // every seat of the demo's meetings can be tried (meetings.data.ts names who does what).
    {
      email: 'kf.ordforande@solvik.example',
      gender: 'woman',
      birthYear: 1956,
      party: 'S',
      seats: [{ body: 'Kommunfullmäktige', role: 'chair' }],
    },
    {
      email: 'namndordforande@solvik.example',
      gender: 'woman',
      birthYear: 1970,
      party: 'S',
      seats: [{ body: 'Samhällsbyggnadsnämnden', role: 'chair' }],
    },
    {
      email: 'ledamot1@solvik.example',
      gender: 'man',
      birthYear: 1963,
      party: 'C',
      seats: [{ body: 'Samhällsbyggnadsnämnden', role: 'first_vice_chair' }],
    },
    {
      email: 'ledamot2@solvik.example',
      gender: 'man',
      birthYear: 1975,
      party: 'M',
      seats: [
        { body: 'Samhällsbyggnadsnämnden', role: 'second_vice_chair' },
        { body: 'Kommunfullmäktige', role: 'member' },
      ],
    },
    {
      email: 'ledamot3@solvik.example',
      gender: 'man',
      birthYear: 1987,
      party: 'S',
      seats: [{ body: 'Samhällsbyggnadsnämnden', role: 'member' }],
    },
    {
      email: 'ledamot4@solvik.example',
      gender: 'woman',
      birthYear: 1994,
      party: 'V',
      seats: [{ body: 'Samhällsbyggnadsnämnden', role: 'member' }],
    },
    {
      email: 'ledamot5@solvik.example',
      gender: 'man',
      birthYear: 1968,
      party: 'SD',
      seats: [{ body: 'Samhällsbyggnadsnämnden', role: 'member' }],
    },
    {
      email: 'ledamot6@solvik.example',
      gender: 'woman',
      birthYear: 1981,
      party: 'KD',
      seats: [{ body: 'Samhällsbyggnadsnämnden', role: 'member' }],
    },
    {
      email: 'ersattare@solvik.example',
      gender: 'woman',
      birthYear: 1997,
      party: 'S',
      seats: [{ body: 'Samhällsbyggnadsnämnden', role: 'substitute' }],
    },
  ],
};

export const fjordvikOrganisation: DemoOrganisation = {
  slug: 'fjordvik',
  terms: [
    { name: '2019–2023', startsOn: '2019-10-01', endsOn: '2023-09-30' },
    { name: '2023–2027', startsOn: '2023-10-01', endsOn: '2027-09-30' },
  ],
  womenShare: [0.38, 0.45],
  parties: ['Ap', 'H', 'Sp', 'FrP', 'SV', 'KrF', 'V', 'MDG'],
  firstNames: {
    woman: [
      'Ingrid',
      'Kari',
      'Silje',
      'Hilde',
      'Torunn',
      'Astrid',
      'Marit',
      'Solveig',
      'Ragnhild',
      'Nora',
      'Ida',
      'Hanne',
      'Liv',
      'Berit',
      'Tone',
      'Sigrid',
      'Guro',
      'Randi',
      'Mari',
      'Kristin',
    ],
    man: [
      'Ola',
      'Per',
      'Nils',
      'Knut',
      'Arne',
      'Bjørn',
      'Lars',
      'Trond',
      'Odd',
      'Svein',
      'Geir',
      'Håkon',
      'Eirik',
      'Jon',
      'Sindre',
      'Magnus',
      'Tor',
      'Kjetil',
      'Rune',
      'Aksel',
    ],
  },
  lastNames: [
    'Haugen',
    'Bakke',
    'Solberg',
    'Lie',
    'Aasen',
    'Strand',
    'Dahl',
    'Berg',
    'Moen',
    'Nilsen',
    'Hansen',
    'Eide',
    'Vik',
    'Lunde',
    'Myklebust',
    'Sæther',
    'Fjeld',
    'Nygård',
    'Holm',
    'Rønning',
  ],
  bodies: [
    { name: 'Kommunestyret', kind: 'council', seats: 21 },
    {
      name: 'Formannskapet',
      kind: 'executive_board',
      parent: 'Kommunestyret',
      seats: 7,
      substitutes: 3,
      electionMethod: 'agreed',
    },
    {
      name: 'Hovedutvalg for oppvekst og kultur',
      kind: 'committee',
      parent: 'Kommunestyret',
      seats: 7,
      substitutes: 3,
      electionMethod: 'agreed',
    },
    {
      name: 'Hovedutvalg for helse og omsorg',
      kind: 'committee',
      parent: 'Kommunestyret',
      seats: 7,
      substitutes: 3,
      electionMethod: 'agreed',
    },
    {
      name: 'Hovedutvalg for teknikk og miljø',
      kind: 'committee',
      parent: 'Kommunestyret',
      seats: 7,
      substitutes: 3,
      electionMethod: 'agreed',
    },
    {
      name: 'Kontrollutvalget',
      kind: 'control_committee',
      parent: 'Kommunestyret',
      seats: 5,
      electionMethod: 'agreed',
    },
    {
      name: 'Oppgaveutvalg for kommunereformen',
      kind: 'task_committee',
      parent: 'Kommunestyret',
      seats: 5,
      electionMethod: 'agreed',
      task: {
        mandate:
          'Utrede fordeler og ulemper ved sammenslåing med nabokommunene, med innbyggermøter i hver krets, og gi innstilling til kommunestyret.',
        startsOn: '2020-01-15',
        endsOn: '2021-06-30',
        powers: 'recommend',
        citizens: 0,
        term: 0,
      },
    },
    {
      name: 'Oppgaveutvalg for folkehelse og frivillighet',
      kind: 'task_committee',
      parent: 'Kommunestyret',
      seats: 5,
      electionMethod: 'agreed',
      task: {
        mandate:
          'Lage en kort plan med få og tydelige mål for folkehelse og frivillighet, sammen med lag, foreninger og innbyggere. Utvalget gir innstilling til kommunestyret innen juni 2027.',
        startsOn: '2024-01-15',
        endsOn: '2027-06-30',
        powers: 'recommend',
        citizens: 2,
        term: 1,
      },
    },
    { name: 'Stab og støtte', kind: 'administration' },
    { name: 'Oppvekst og kultur', kind: 'administration' },
    { name: 'Fjordvik skole', kind: 'unit', parent: 'Oppvekst og kultur' },
    { name: 'Fjordvik barnehage', kind: 'unit', parent: 'Oppvekst og kultur' },
    { name: 'Helse og omsorg', kind: 'administration' },
    { name: 'Hjemmetjenesten', kind: 'unit', parent: 'Helse og omsorg' },
    { name: 'Fjordvik sykehjem', kind: 'unit', parent: 'Helse og omsorg' },
    { name: 'Teknikk og miljø', kind: 'administration' },
    { name: 'Fjordvik Havn KF', kind: 'company' },
  ],
  positions: [
    {
      kind: 'director',
      name: 'Torunn Lie',
      gender: 'woman',
      birthYear: 1968,
      title: 'Kommunedirektør',
      unit: 'Stab og støtte',
      userEmail: 'kommunedirektor@fjordvik.example',
    },
    {
      kind: 'department_head',
      name: 'Eivind Rød',
      gender: 'man',
      birthYear: 1975,
      title: 'Kommunalsjef oppvekst og kultur',
      unit: 'Oppvekst og kultur',
    },
    {
      kind: 'department_head',
      name: 'Gunn Tveit',
      gender: 'woman',
      birthYear: 1972,
      title: 'Kommunalsjef helse og omsorg',
      unit: 'Helse og omsorg',
    },
    {
      kind: 'department_head',
      name: 'Stian Foss',
      gender: 'man',
      birthYear: 1980,
      title: 'Kommunalsjef teknikk og miljø',
      unit: 'Teknikk og miljø',
      userEmail: 'avdelingsleder@fjordvik.example',
    },
    {
      kind: 'case_officer',
      name: 'Ola Solberg',
      gender: 'man',
      birthYear: 1988,
      title: 'Saksbehandler',
      unit: 'Stab og støtte',
      userEmail: 'saksbehandler@fjordvik.example',
    },
  ],
  directorInstruction: {
    title: 'Delegeringsreglement og instruks for kommunedirektøren',
    adoptedBy: 'Kommunestyret',
    adoptedOn: '2023-12-14',
  },
  linked: [
    {
      email: 'ordforer@fjordvik.example',
      gender: 'man',
      birthYear: 1964,
      party: 'Ap',
      seats: [{ body: 'Kommunestyret', role: 'chair' }],
    },
    {
      email: 'sekretaer@fjordvik.example',
      gender: 'woman',
      birthYear: 1987,
      seats: [{ body: 'Formannskapet', role: 'secretary' }],
    },
    // The whole Hovedutvalg for teknikk og miljø with its first varamedlem, so that every seat of
    // the demo's meetings can be tried (meetings.data.ts names who does what). Four women and
    // three men: kommuneloven § 7-6 holds with no one drawn from the pool.
    {
      email: 'utvalgsleder@fjordvik.example',
      gender: 'woman',
      birthYear: 1971,
      party: 'Ap',
      seats: [
        { body: 'Hovedutvalg for teknikk og miljø', role: 'chair' },
        { body: 'Kommunestyret', role: 'member' },
      ],
    },
    {
      email: 'medlem1@fjordvik.example',
      gender: 'man',
      birthYear: 1966,
      party: 'Sp',
      seats: [{ body: 'Hovedutvalg for teknikk og miljø', role: 'first_vice_chair' }],
    },
    {
      email: 'medlem2@fjordvik.example',
      gender: 'woman',
      birthYear: 1979,
      party: 'H',
      seats: [
        { body: 'Hovedutvalg for teknikk og miljø', role: 'second_vice_chair' },
        { body: 'Kommunestyret', role: 'member' },
      ],
    },
    {
      email: 'medlem3@fjordvik.example',
      gender: 'man',
      birthYear: 1985,
      party: 'Ap',
      seats: [{ body: 'Hovedutvalg for teknikk og miljø', role: 'member' }],
    },
    {
      email: 'medlem4@fjordvik.example',
      gender: 'woman',
      birthYear: 1991,
      party: 'SV',
      seats: [{ body: 'Hovedutvalg for teknikk og miljø', role: 'member' }],
    },
    {
      email: 'medlem5@fjordvik.example',
      gender: 'man',
      birthYear: 1957,
      party: 'H',
      seats: [{ body: 'Hovedutvalg for teknikk og miljø', role: 'member' }],
    },
    {
      email: 'medlem6@fjordvik.example',
      gender: 'woman',
      birthYear: 1976,
      party: 'FrP',
      seats: [{ body: 'Hovedutvalg for teknikk og miljø', role: 'member' }],
    },
    {
      email: 'varamedlem@fjordvik.example',
      gender: 'man',
      birthYear: 1994,
      party: 'Ap',
      seats: [{ body: 'Hovedutvalg for teknikk og miljø', role: 'substitute' }],
    },
  ],
};
