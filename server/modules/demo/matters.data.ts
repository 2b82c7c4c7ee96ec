import type {
  Commissioner,
  DocumentDirection,
  MatterNature,
  MatterType,
  RecommendationSection,
} from '../../../common/matters.ts';

/**
 * A date: fixed (YYYY-MM-DD), or counted from the day the demo is loaded, for the few dates that
 * must stay near today whenever the demo is loaded (a deadline due soon, an assignment still open).
 */
export type DemoDate = string | { months?: number; days?: number };

export type DemoDocument = {
  on: DemoDate;
  direction: DocumentDirection;
  /** Sender or recipient; an incoming or outgoing document without one is the initiator's. */
  correspondent?: string;
  description: string;
  /** Required in a confidential matter, whose documents are confidential too. */
  publicDescription?: string;
};

export type DemoAssignment = {
  title: string;
  description?: string;
  commissionedBy: Commissioner;
  /** Who carries it out: a person by name, or a unit of the administration by name. */
  person?: string;
  unit?: string;
  dueOn: DemoDate;
  /** Reported by the assignee through their own account, or by the director on a unit's behalf. */
  report?: { on: DemoDate; by: 'assignee' | 'director'; text: string };
};

type OtherSection = Exclude<RecommendationSection, 'background' | 'assessment' | 'proposed_decision'>;

/**
 * One matter and what has happened to it so far, each step on its date. Steps run in date order
 * through the same services as the app, so the rules of law hold for the demo as for anyone.
 */
export type DemoMatter = {
  /** Names the matter on the executive board's priority list. */
  key?: string;
  title: string;
  confidential?: { ground: string; publicTitle: string };
  description: string;
  type: MatterType;
  nature: MatterNature;
  body: string;
  official: string;
  /** A person or association by name, or a member of the council in a term, by seat (chair first). */
  initiator?: { name: string } | { councilSeat: number; term: 0 | 1 };
  receivedOn: DemoDate;
  /** Motions and proposals are registered by the secretary, the administration's own by the official. */
  registeredBy: 'secretary' | 'official';
  documents?: DemoDocument[];
  /** Preparation starts; in Sweden a council matter names the body that prepares it. */
  preparation?: { on: DemoDate; body?: string };
  /** The official's recommendation; a complete one gets the municipality's standard texts as well. */
  recommendation?: {
    on: DemoDate;
    complete: boolean;
    background: string;
    assessment?: string;
    proposedDecision?: string;
    other?: Partial<Record<OtherSection, string>>;
  };
  ready?: DemoDate;
  /** Sweden: the executive board's statement on a council matter (KL 5 kap. 28 §). */
  boardStatement?: { on: DemoDate; text: string };
  /** Norway: the director confirms the matter is properly investigated (kommuneloven § 13-1). */
  investigated?: DemoDate;
  scheduled?: DemoDate;
  decision?: { on: DemoDate; body: string; text: string; assignments?: DemoAssignment[] };
  closed?: DemoDate;
  withdrawn?: { on: DemoDate; reason: string };
  deadlines?: Array<{ on: DemoDate; label: string; dueOn: DemoDate }>;
};

export type DemoRegistry = {
  slug: string;
  /** The demo accounts that act: who keeps the registry, who directs, and officials by name. */
  accounts: {
    secretary: string;
    director: string;
    officials: Record<string, string>;
    defaultOfficial: string;
  };
  /** What a complete recommendation says where a matter has nothing particular to say. */
  standardSections: Record<OtherSection, string>;
  matters: DemoMatter[];
  priorities: { body: string; keys: string[] };
};

export const solvikRegistry: DemoRegistry = {
  slug: 'solvik',
  accounts: {
    secretary: 'sekreterare@solvik.example',
    director: 'kommundirektor@solvik.example',
    officials: {
      'Erik Johansson': 'handlaggare@solvik.example',
      'Leif Granath': 'avdelningschef@solvik.example',
    },
    defaultOfficial: 'handlaggare@solvik.example',
  },
  standardSections: {
    financial_consequences: 'Förslaget ryms inom befintlig budgetram.',
    gender_equality: 'Förslaget bedöms inte påverka kvinnor och män, flickor och pojkar olika.',
    children_rights: 'Barnets bästa har beaktats. Förslaget bedöms inte påverka barn särskilt.',
    climate_environment: 'Förslaget bedöms inte ha någon betydande påverkan på klimat eller miljö.',
    legal_basis: 'Kommunallagen (2017:725).',
  },
  matters: [
    {
      title: 'Motion om trygga cykelvägar till skolan',
      description:
        'Motionären föreslår att kommunen tar fram en plan för sammanhängande, belysta och separerade cykelvägar till kommunens grundskolor, med början vid Solviksskolan, och att skolvägarna prioriteras i vinterväghållningen.',
      type: 'motion',
      nature: 'strategic',
      body: 'Kommunfullmäktige',
      official: 'Erik Johansson',
      initiator: { councilSeat: 6, term: 1 },
      receivedOn: '2026-10-22',
      registeredBy: 'secretary',
      documents: [
        { on: '2026-10-22', direction: 'incoming', description: 'Motion om trygga cykelvägar till skolan' },
        {
          on: '2026-11-04',
          direction: 'outgoing',
          correspondent: 'Samhällsbyggnadsnämnden',
          description: 'Remiss av motionen till samhällsbyggnadsnämnden för yttrande',
        },
      ],
      preparation: { on: '2026-11-03', body: 'Samhällsbyggnadsnämnden' },
      recommendation: {
        on: '2026-11-20',
        complete: false,
        background:
          'I motionen föreslås att kommunen tar fram en plan för trygga cykelvägar till grundskolorna. På delar av sträckan mellan Norrby och Solviksskolan saknas separerad cykelväg. Enligt skolans resvaneenkät 2025 cyklar 18 procent av eleverna i årskurs 4–9 till skolan.',
        assessment:
          'Förvaltningen delar motionärens bild av att skolvägarna behöver bli tryggare. En första inventering visar tre sträckor där gång- och cykeltrafik blandas med biltrafik i 50 km/h. Kostnaderna för åtgärderna utreds innan förslaget till beslut lämnas.',
      },
    },
    {
      title: 'Motion om laddplatser för elbilar vid kommunens anläggningar',
      description:
        'Motionären föreslår att kommunen bygger publika laddplatser för elbilar vid simhallen, biblioteket och idrottsplatsen Vallen.',
      type: 'motion',
      nature: 'strategic',
      body: 'Kommunfullmäktige',
      official: 'Erik Johansson',
      initiator: { councilSeat: 9, term: 0 },
      receivedOn: '2025-09-15',
      registeredBy: 'secretary',
      documents: [
        {
          on: '2025-09-15',
          direction: 'incoming',
          description: 'Motion om laddplatser för elbilar vid kommunens anläggningar',
        },
        {
          on: '2026-03-02',
          direction: 'incoming',
          correspondent: 'Solviks Energi AB',
          description: 'Yttrande från Solviks Energi AB om laddinfrastruktur',
        },
      ],
      preparation: { on: '2025-10-02', body: 'Kommunstyrelsen' },
      recommendation: {
        on: '2026-04-14',
        complete: false,
        background:
          'Motionen lämnades till fullmäktige den 15 september 2025. Solviks Energi AB har sedan 2024 driftsatt 24 publika laddpunkter i tätorten, men inga vid kommunens fritidsanläggningar.',
      },
    },
    {
      title: 'Medborgarförslag om en hundrastgård i Solvik centrum',
      description:
        'Förslagsställaren vill att kommunen anlägger en inhägnad hundrastgård i Strandparken, med belysning, bänkar och soptunnor.',
      type: 'citizen_proposal',
      nature: 'operational',
      body: 'Kommunfullmäktige',
      official: 'Erik Johansson',
      initiator: { name: 'Oskar Wikström' },
      receivedOn: { months: -12, days: 18 },
      registeredBy: 'secretary',
      documents: [
        {
          on: { months: -12, days: 18 },
          direction: 'incoming',
          description: 'Medborgarförslag om en hundrastgård i Solvik centrum',
        },
      ],
      preparation: { on: { months: -12, days: 35 }, body: 'Samhällsbyggnadsnämnden' },
    },
    {
      key: 'riktlinjer',
      title: 'Revidering av riktlinjer för representation och tjänsteresor',
      description:
        'Riktlinjerna från 2019 behöver anpassas till kommunens klimatmål och till Skatteverkets regler för förmåner. Förvaltningen föreslår bland annat att tåg ska vara förstahandsval för resor kortare än 50 mil.',
      type: 'administration',
      nature: 'operational',
      body: 'Kommunstyrelsen',
      official: 'Erik Johansson',
      receivedOn: { days: -6 },
      registeredBy: 'official',
    },
    {
      title: 'Budget 2027 och ekonomisk plan 2028–2029',
      description:
        'Kommunstyrelsens förslag till budget för 2027 med verksamhetsmål, skattesats och ekonomisk plan för 2028–2029. Förslaget bygger på oförändrad skattesats, 21,84 kronor, och ett resultatmål på två procent av skatter och statsbidrag.',
      type: 'budget_plan',
      nature: 'strategic',
      body: 'Kommunfullmäktige',
      official: 'Amira Haddad',
      receivedOn: '2026-04-20',
      registeredBy: 'official',
      documents: [
        {
          on: '2026-04-20',
          direction: 'internal',
          description: 'Budgetanvisningar och tidplan för budget 2027',
        },
        {
          on: '2026-09-18',
          direction: 'incoming',
          correspondent: 'Barn- och utbildningsnämnden',
          description: 'Barn- och utbildningsnämndens budgetskrivelse 2027',
        },
        {
          on: '2026-09-21',
          direction: 'incoming',
          correspondent: 'Socialnämnden',
          description: 'Socialnämndens budgetskrivelse 2027',
        },
      ],
      preparation: { on: '2026-04-21', body: 'Kommunstyrelsen' },
      recommendation: {
        on: '2026-10-27',
        complete: true,
        background:
          'Fullmäktige fastställer varje år en budget för nästa år med en plan för ekonomin för en period av tre år, där budgetåret är periodens första år. Under valår fastställs budgeten av de nyvalda fullmäktige.',
        assessment:
          'Skatteintäkterna ökar med 3,1 procent enligt oktoberprognosen. Nämndernas äskanden överstiger ramarna med sammanlagt 14,2 miljoner kronor, främst inom äldreomsorgen. Förslaget prioriterar äldreomsorgen och förskolan och förutsätter effektiviseringar på en procent inom övriga verksamheter.',
        proposedDecision:
          'Kommunfullmäktige fastställer budget 2027 och ekonomisk plan 2028–2029 enligt kommunstyrelsens förslag, med en oförändrad skattesats om 21,84 kronor.',
        other: {
          financial_consequences:
            'Förslaget ger ett resultat på 28,6 miljoner kronor 2027, motsvarande 2,0 procent av skatter och statsbidrag.',
          legal_basis: 'Kommunallagen (2017:725) 11 kap.',
        },
      },
      ready: '2026-11-03',
      deadlines: [{ on: '2026-11-03', label: 'Fullmäktiges beslut om budget 2027', dueOn: '2026-12-14' }],
    },
    {
      title: 'Ny plan- och bygglovstaxa från 2027',
      description:
        'Samhällsbyggnadsnämnden föreslår en ny taxa för plan- och bygglov, så att avgifterna bättre motsvarar kostnaderna. Taxan höjer kostnadstäckningen från 62 till 80 procent.',
      type: 'administration',
      nature: 'strategic',
      body: 'Kommunfullmäktige',
      official: 'Leif Granath',
      receivedOn: '2026-08-24',
      registeredBy: 'official',
      documents: [
        {
          on: '2026-09-30',
          direction: 'incoming',
          correspondent: 'Samhällsbyggnadsnämnden',
          description: 'Protokollsutdrag från samhällsbyggnadsnämnden med förslag till ny taxa',
        },
      ],
      preparation: { on: '2026-08-25', body: 'Samhällsbyggnadsnämnden' },
      recommendation: {
        on: '2026-09-28',
        complete: true,
        background:
          'Nuvarande taxa antogs 2019. Sedan dess har handläggningen av bygglov och detaljplaner blivit dyrare, medan avgifterna bara räknats upp med prisindex.',
        assessment:
          'Den nya taxan bygger på tidsåtgång per ärendetyp och ger en kostnadstäckning på 80 procent. Avgiften för ett normalt bygglov för ett enbostadshus ökar från 24 600 till 29 100 kronor.',
        proposedDecision:
          'Kommunfullmäktige antar plan- och bygglovstaxan enligt samhällsbyggnadsnämndens förslag, att gälla från den 1 januari 2027.',
        other: {
          financial_consequences: 'Taxan beräknas öka avgiftsintäkterna med 1,9 miljoner kronor per år.',
          legal_basis: 'Plan- och bygglagen (2010:900) 12 kap. 10 §.',
        },
      },
      ready: '2026-10-01',
      boardStatement: {
        on: '2026-11-17',
        text: 'Kommunstyrelsen tillstyrker samhällsbyggnadsnämndens förslag och föreslår att fullmäktige antar taxan från den 1 januari 2027.',
      },
      scheduled: '2026-11-24',
    },
    {
      title: 'Trafiksäkerhetsprogram för Solvik 2027–2030',
      description:
        'Förvaltningen föreslår att kommunstyrelsen ger i uppdrag att ta fram ett trafiksäkerhetsprogram med prioriterade åtgärder för gång, cykel och skolvägar.',
      type: 'administration',
      nature: 'strategic',
      body: 'Kommunstyrelsen',
      official: 'Leif Granath',
      receivedOn: '2026-02-09',
      registeredBy: 'official',
      documents: [
        {
          on: '2026-04-16',
          direction: 'outgoing',
          correspondent: 'Samhällsbyggnadsförvaltningen',
          description: 'Protokollsutdrag, kommunstyrelsen 2026-04-14 § 64',
        },
      ],
      preparation: { on: '2026-02-10' },
      recommendation: {
        on: '2026-03-20',
        complete: true,
        background:
          'Kommunens senaste trafiksäkerhetsprogram gällde 2016–2020. Sedan dess har nya bostadsområden byggts i Norrby och Strandängen, och antalet anmälda olyckor med oskyddade trafikanter har ökat från 9 till 14 per år.',
        assessment:
          'Ett nytt program behövs för att prioritera investeringarna i trafikmiljön. Programmet bör tas fram i dialog med skolor, föreningar och Trafikverket.',
        proposedDecision:
          'Kommunstyrelsen ger samhällsbyggnadschefen i uppdrag att ta fram ett förslag till trafiksäkerhetsprogram för 2027–2030 och redovisa det senast den 30 oktober 2026.',
      },
      ready: '2026-03-24',
      decision: {
        on: '2026-04-14',
        body: 'Kommunstyrelsen',
        text: 'Kommunstyrelsen ger samhällsbyggnadschefen i uppdrag att ta fram ett förslag till trafiksäkerhetsprogram för 2027–2030 och redovisa det senast den 30 oktober 2026.',
        assignments: [
          {
            title: 'Ta fram förslag till trafiksäkerhetsprogram 2027–2030',
            description: 'Programmet ska innehålla prioriterade åtgärder med kostnader och tidplan.',
            commissionedBy: 'body',
            person: 'Leif Granath',
            dueOn: '2026-10-30',
          },
        ],
      },
    },
    {
      title: 'Motion om solceller på kommunens fastigheter',
      description:
        'Motionären föreslår att kommunen installerar solceller på alla lämpliga tak på kommunens egna fastigheter före 2030.',
      type: 'motion',
      nature: 'strategic',
      body: 'Kommunfullmäktige',
      official: 'Erik Johansson',
      initiator: { councilSeat: 12, term: 0 },
      receivedOn: '2025-11-20',
      registeredBy: 'secretary',
      documents: [
        {
          on: '2025-11-20',
          direction: 'incoming',
          description: 'Motion om solceller på kommunens fastigheter',
        },
        {
          on: '2025-12-04',
          direction: 'outgoing',
          correspondent: 'Samhällsbyggnadsnämnden',
          description: 'Remiss av motionen till samhällsbyggnadsnämnden för yttrande',
        },
        {
          on: '2026-03-12',
          direction: 'incoming',
          correspondent: 'Samhällsbyggnadsnämnden',
          description: 'Samhällsbyggnadsnämndens yttrande över motionen',
        },
        {
          on: '2026-06-17',
          direction: 'outgoing',
          description: 'Protokollsutdrag, kommunfullmäktige 2026-06-15 § 78',
        },
      ],
      preparation: { on: '2025-12-03', body: 'Samhällsbyggnadsnämnden' },
      recommendation: {
        on: '2026-04-08',
        complete: true,
        background:
          'Kommunen äger 46 byggnader med en sammanlagd takyta på cirka 61 000 kvadratmeter. I dag finns solceller på tre av dem.',
        assessment:
          'Samhällsbyggnadsnämnden bedömer att 15–20 tak är lämpliga. Med dagens priser betalar sig anläggningarna på 10–12 år. Förvaltningen föreslår att installationerna görs i takt med planerat takunderhåll.',
        proposedDecision:
          'Kommunfullmäktige bifaller motionen och ger kommunstyrelsen i uppdrag att installera solceller på kommunens lämpliga tak före 2030.',
        other: {
          climate_environment:
            'Solcellerna beräknas ge 1,2 GWh el per år och minska kommunens klimatpåverkan från köpt el.',
        },
      },
      ready: '2026-04-10',
      boardStatement: {
        on: '2026-05-26',
        text: 'Kommunstyrelsen föreslår att fullmäktige bifaller motionen.',
      },
      decision: {
        on: '2026-06-15',
        body: 'Kommunfullmäktige',
        text: 'Kommunfullmäktige bifaller motionen. Samhällsbyggnadsförvaltningen får i uppdrag att inventera kommunens tak och föreslå en plan för installationer 2027–2029. Kommunledningsförvaltningen får i uppdrag att redovisa finansieringen i arbetet med budget 2028.',
        assignments: [
          {
            title: 'Inventera kommunens tak och föreslå en plan för solceller 2027–2029',
            commissionedBy: 'body',
            person: 'Leif Granath',
            dueOn: { months: 3 },
          },
          {
            title: 'Redovisa finansieringen av solcellerna i budgetarbetet för 2028',
            commissionedBy: 'body',
            unit: 'Kommunledningsförvaltningen',
            dueOn: { months: 5 },
          },
        ],
      },
    },
    {
      title: 'Inrättande av ett kontaktcenter för invånarna',
      description:
        'Förvaltningen föreslår ett gemensamt kontaktcenter där invånare får svar på de vanligaste frågorna på ett ställe, per telefon, e-post och chatt.',
      type: 'administration',
      nature: 'operational',
      body: 'Kommunstyrelsen',
      official: 'Erik Johansson',
      receivedOn: '2025-12-08',
      registeredBy: 'official',
      preparation: { on: '2025-12-09' },
      recommendation: {
        on: '2026-01-22',
        complete: true,
        background:
          'I dag tar varje förvaltning emot frågor på egen hand. En mätning hösten 2025 visade att 40 procent av samtalen till växeln kopplades vidare minst två gånger.',
        assessment:
          'Ett kontaktcenter kan besvara cirka 60 procent av frågorna direkt. Införandet kan ske inom befintlig bemanning genom att växeln och receptionerna samordnas.',
        proposedDecision:
          'Kommunstyrelsen beslutar att ett kontaktcenter inrättas den 1 april 2026 och att införandet utvärderas och återrapporteras till kommunstyrelsen.',
      },
      ready: '2026-01-27',
      decision: {
        on: '2026-02-17',
        body: 'Kommunstyrelsen',
        text: 'Kommunstyrelsen beslutar att ett kontaktcenter inrättas den 1 april 2026. Kommundirektören får i uppdrag att utvärdera kontaktcentrets första halvår och återrapportera till kommunstyrelsen.',
        assignments: [
          {
            title: 'Utvärdera kontaktcentrets första halvår',
            commissionedBy: 'body',
            unit: 'Kommunledningsförvaltningen',
            dueOn: '2026-09-30',
            report: {
              on: '2026-09-24',
              by: 'director',
              text: 'Kontaktcentret öppnade den 1 april 2026. Under april–augusti besvarades 63 procent av 21 400 ärenden direkt, och andelen samtal som kopplades vidare mer än en gång minskade från 40 till 12 procent. Invånarnas nöjdhet var 4,2 av 5. Förvaltningen föreslår att chatten får längre öppettider från 2027.',
            },
          },
        ],
      },
    },
    {
      title: 'Yttrande över förslag till regional transportplan 2026–2037',
      description:
        'Region Nordkusten har skickat förslaget till regional transportplan för 2026–2037 på remiss till länets kommuner.',
      type: 'administration',
      nature: 'strategic',
      body: 'Kommunstyrelsen',
      official: 'Erik Johansson',
      receivedOn: '2026-01-12',
      registeredBy: 'secretary',
      documents: [
        {
          on: '2026-01-12',
          direction: 'incoming',
          correspondent: 'Region Nordkusten',
          description: 'Remiss: förslag till regional transportplan 2026–2037',
        },
        {
          on: '2026-03-11',
          direction: 'outgoing',
          correspondent: 'Region Nordkusten',
          description: 'Solviks kommuns yttrande över förslaget till regional transportplan',
        },
      ],
      preparation: { on: '2026-01-13' },
      recommendation: {
        on: '2026-02-20',
        complete: true,
        background:
          'Den regionala transportplanen styr hur statens medel till regional infrastruktur fördelas i länet under tolv år. Remisstiden går ut den 20 mars 2026.',
        assessment:
          'Förslaget saknar finansiering av ombyggnaden av väg 712 genom Solvik, som kommunen har lyft sedan 2018. Förvaltningen föreslår att kommunen i sitt yttrande kräver att åtgärden förs in under planperiodens första sex år och att pendlarparkeringen vid Solvik station samfinansieras.',
        proposedDecision:
          'Kommunstyrelsen antar förvaltningens förslag till yttrande som sitt eget och skickar det till Region Nordkusten.',
      },
      ready: '2026-02-24',
      decision: {
        on: '2026-03-10',
        body: 'Kommunstyrelsen',
        text: 'Kommunstyrelsen antar förvaltningens förslag till yttrande som sitt eget och skickar det till Region Nordkusten.',
      },
      closed: '2026-03-12',
    },
    {
      title: 'Medborgarförslag om konstgräsplan vid Solviksskolan',
      description:
        'Förslagsställaren vill att grusplanen vid Solviksskolan byggs om till en konstgräsplan som skolan och föreningslivet kan använda året runt.',
      type: 'citizen_proposal',
      nature: 'strategic',
      body: 'Kommunfullmäktige',
      official: 'Erik Johansson',
      initiator: { name: 'Hanna Lundgren' },
      receivedOn: '2026-02-23',
      registeredBy: 'secretary',
      documents: [
        {
          on: '2026-02-23',
          direction: 'incoming',
          description: 'Medborgarförslag om konstgräsplan vid Solviksskolan',
        },
        {
          on: '2026-05-04',
          direction: 'incoming',
          description: 'Förslagsställaren återkallar medborgarförslaget',
        },
      ],
      preparation: { on: '2026-03-02', body: 'Barn- och utbildningsnämnden' },
      withdrawn: {
        on: '2026-05-05',
        reason:
          'Förslagsställaren har återkallat förslaget sedan Solviks IF fått träningstider på den nya konstgräsplanen vid Vallen.',
      },
    },
    {
      title: 'Yttrande till förvaltningsrätten i mål om ekonomiskt bistånd för Anders Berglund, född 1984',
      confidential: {
        ground: 'OSL 26 kap. 1 §',
        publicTitle: 'Yttrande till förvaltningsrätten i mål om ekonomiskt bistånd',
      },
      description:
        'Den enskilde har överklagat socialnämndens beslut den 2 oktober 2026 att avslå ansökan om ekonomiskt bistånd till tandvård. Förvaltningsrätten har förelagt nämnden att yttra sig.',
      type: 'administration',
      nature: 'operational',
      body: 'Socialnämnden',
      official: 'Pia Rönn',
      receivedOn: '2026-11-16',
      registeredBy: 'secretary',
      documents: [
        {
          on: '2026-11-16',
          direction: 'incoming',
          correspondent: 'Förvaltningsrätten',
          description: 'Föreläggande att yttra sig i mål nr 4127-26',
          publicDescription: 'Föreläggande från förvaltningsrätten',
        },
        {
          on: '2026-11-16',
          direction: 'incoming',
          correspondent: 'Förvaltningsrätten',
          description: 'Överklagande från Anders Berglund med bilagor',
          publicDescription: 'Överklagande med bilagor',
        },
      ],
      preparation: { on: '2026-11-17' },
      deadlines: [{ on: '2026-11-17', label: 'Yttrande till förvaltningsrätten', dueOn: '2026-12-07' }],
    },
    {
      key: 'energi',
      title: 'Handlingsplan för minskad energianvändning i kommunens lokaler',
      description:
        'Förslag till handlingsplan för att minska energianvändningen i kommunens lokaler med 20 procent till 2030 jämfört med 2022.',
      type: 'administration',
      nature: 'strategic',
      body: 'Kommunstyrelsen',
      official: 'Leif Granath',
      receivedOn: '2026-06-01',
      registeredBy: 'official',
      preparation: { on: '2026-06-02' },
      recommendation: {
        on: '2026-10-30',
        complete: true,
        background:
          'Kommunens lokaler använde 14,8 GWh energi 2025. Fullmäktiges klimatmål innebär att energianvändningen ska minska med 20 procent till 2030 jämfört med 2022.',
        assessment:
          'Handlingsplanen omfattar 38 åtgärder, bland annat närvarostyrd ventilation, byte till LED-belysning och injustering av värmesystem i skolor och äldreboenden. Åtgärderna beräknas minska energianvändningen med 2,9 GWh per år.',
        proposedDecision:
          'Kommunstyrelsen antar handlingsplanen för minskad energianvändning i kommunens lokaler 2027–2030.',
        other: {
          financial_consequences:
            'Åtgärderna kostar 11,5 miljoner kronor 2027–2030 och beräknas minska energikostnaderna med 3,4 miljoner kronor per år när de är genomförda.',
          climate_environment:
            'Handlingsplanen bidrar till kommunens klimatmål och minskar behovet av köpt energi.',
        },
      },
      ready: '2026-11-05',
    },
    {
      key: 'digital',
      title: 'Införande av digital nämndadministration',
      description:
        'Kommunstyrelsen har gett förvaltningen i uppdrag att utreda hur kallelser, handlingar och protokoll kan hanteras digitalt för alla nämnder.',
      type: 'assignment',
      nature: 'operational',
      body: 'Kommunstyrelsen',
      official: 'Erik Johansson',
      receivedOn: '2026-09-07',
      registeredBy: 'official',
      preparation: { on: '2026-09-08' },
      recommendation: {
        on: '2026-10-12',
        complete: false,
        background:
          'Nämnderna skickar i dag kallelser och handlingar på papper och som PDF per e-post. De förtroendevalda efterfrågar ett gemensamt sätt att läsa, kommentera och söka i handlingarna.',
      },
    },
  ],
  priorities: { body: 'Kommunstyrelsen', keys: ['energi', 'digital', 'riktlinjer'] },
};

export const fjordvikRegistry: DemoRegistry = {
  slug: 'fjordvik',
  accounts: {
    secretary: 'sekretaer@fjordvik.example',
    director: 'kommunedirektor@fjordvik.example',
    officials: {
      'Ola Solberg': 'saksbehandler@fjordvik.example',
      'Stian Foss': 'avdelingsleder@fjordvik.example',
    },
    defaultOfficial: 'saksbehandler@fjordvik.example',
  },
  standardSections: {
    financial_consequences: 'Forslaget kan gjennomføres innenfor vedtatt budsjettramme.',
    gender_equality: 'Forslaget antas ikke å påvirke kvinner og menn ulikt.',
    children_rights:
      'Barnets beste er vurdert. Forslaget antas ikke å ha særlige konsekvenser for barn og unge.',
    climate_environment: 'Forslaget antas ikke å ha vesentlige konsekvenser for klima og miljø.',
    legal_basis: 'Kommuneloven (LOV-2018-06-22-83).',
  },
  matters: [
    {
      title: 'Representantforslag om trygg skolevei og sykkelvei til Fjordvik skole',
      description:
        'Forslagsstilleren ber kommunedirektøren utrede gang- og sykkelvei langs Skoleveien og Fjordgata, slik at flere elever kan gå og sykle trygt til Fjordvik skole.',
      type: 'motion',
      nature: 'strategic',
      body: 'Kommunestyret',
      official: 'Ola Solberg',
      initiator: { councilSeat: 5, term: 1 },
      receivedOn: '2026-10-29',
      registeredBy: 'secretary',
      documents: [
        {
          on: '2026-10-29',
          direction: 'incoming',
          description: 'Representantforslag om trygg skolevei og sykkelvei til Fjordvik skole',
        },
      ],
      preparation: { on: '2026-11-02', body: 'Hovedutvalg for teknikk og miljø' },
      recommendation: {
        on: '2026-11-23',
        complete: false,
        background:
          'Fjordvik skole har 312 elever. Om lag 140 av dem bor innenfor fire kilometer fra skolen, men deler av strekningen mangler sammenhengende gang- og sykkelvei.',
        assessment:
          'Kommunedirektøren er enig i at skoleveien bør bli tryggere. Fjordgata er fylkesvei, og tiltak der må avklares med fylkeskommunen. Kostnader og mulige tilskudd til trafikksikkerhetstiltak kartlegges før saken legges fram.',
      },
    },
    {
      title: 'Innbyggerforslag om gatelys langs Strandveien',
      description:
        'Forslaget, som har 412 underskrifter, ber kommunen sette opp gatelys langs Strandveien mellom Fjordvik sentrum og Nordstranda.',
      type: 'citizen_proposal',
      nature: 'strategic',
      body: 'Kommunestyret',
      official: 'Ola Solberg',
      initiator: { name: 'Nils Dahl' },
      receivedOn: '2026-03-02',
      registeredBy: 'secretary',
      documents: [
        {
          on: '2026-03-02',
          direction: 'incoming',
          description: 'Innbyggerforslag om gatelys langs Strandveien med 412 underskrifter',
        },
        {
          on: '2026-03-12',
          direction: 'outgoing',
          description: 'Bekreftelse på mottatt innbyggerforslag',
        },
      ],
      preparation: { on: '2026-03-10', body: 'Hovedutvalg for teknikk og miljø' },
      recommendation: {
        on: '2026-08-20',
        complete: false,
        background:
          'Strandveien er en kommunal vei på 2,3 kilometer uten gatelys. Veien brukes av mange gående og syklende, blant annet elever som bor på Nordstranda.',
      },
    },
    {
      title: 'Innbyggerforslag om badebrygge i Fjordvik sentrum',
      description:
        'Forslagsstillerne ønsker en universelt utformet badebrygge ved Kaiparken, slik at flere kan bade i sentrum.',
      type: 'citizen_proposal',
      nature: 'operational',
      body: 'Kommunestyret',
      official: 'Ola Solberg',
      initiator: { name: 'Sigrid Myklebust' },
      receivedOn: { months: -6, days: 20 },
      registeredBy: 'secretary',
      documents: [
        {
          on: { months: -6, days: 20 },
          direction: 'incoming',
          description: 'Innbyggerforslag om badebrygge i Fjordvik sentrum',
        },
      ],
    },
    {
      key: 'barnevern',
      title: 'Ny samarbeidsavtale om interkommunal barneverntjeneste',
      description:
        'Avtalen med Sjøvik kommune om felles barneverntjeneste går ut ved årsskiftet 2027/2028. Vertskommunen har sendt forslag til ny avtale med endret kostnadsfordeling.',
      type: 'administration',
      nature: 'strategic',
      body: 'Formannskapet',
      official: 'Ola Solberg',
      receivedOn: '2026-11-16',
      registeredBy: 'secretary',
      documents: [
        {
          on: '2026-11-16',
          direction: 'incoming',
          correspondent: 'Sjøvik kommune',
          description: 'Forslag til ny samarbeidsavtale om barneverntjeneste',
        },
      ],
      preparation: { on: '2026-11-18' },
      recommendation: {
        on: '2026-11-27',
        complete: false,
        background:
          'Fjordvik har siden 2019 hatt felles barneverntjeneste med Sjøvik kommune, som er vertskommune i et samarbeid etter kommuneloven kapittel 20.',
      },
    },
    {
      title: 'Budsjett 2027 og økonomiplan 2027–2030',
      description:
        'Kommunedirektørens forslag til årsbudsjett 2027 og økonomiplan 2027–2030, med driftsrammer for tjenesteområdene og investeringsprogram.',
      type: 'budget_plan',
      nature: 'strategic',
      body: 'Kommunestyret',
      official: 'Ola Solberg',
      receivedOn: '2026-03-16',
      registeredBy: 'official',
      documents: [
        {
          on: '2026-03-16',
          direction: 'internal',
          description: 'Budsjettrundskriv og framdriftsplan for budsjett 2027',
        },
        {
          on: '2026-10-15',
          direction: 'incoming',
          correspondent: 'Fjordvik eldreråd',
          description: 'Innspill til budsjett 2027 fra eldrerådet',
        },
      ],
      preparation: { on: '2026-03-17', body: 'Formannskapet' },
      recommendation: {
        on: '2026-11-06',
        complete: true,
        background:
          'Kommunestyret skal innen årets utgang vedta økonomiplan for de neste fire årene og årsbudsjett for det kommende året. Formannskapet gir innstilling, og innstillingen legges ut til alminnelig ettersyn i minst 14 dager før kommunestyret behandler den.',
        assessment:
          'Frie inntekter øker med 3,4 prosent. Utgiftene til helse og omsorg vokser raskere enn inntektene, og kommunedirektøren foreslår å redusere driften med 4,5 millioner kroner innen administrasjon og eiendomsforvaltning. Investeringsprogrammet prioriterer en ny avdeling ved Fjordvik sykehjem.',
        proposedDecision:
          'Kommunestyret vedtar årsbudsjett 2027 og økonomiplan 2027–2030 slik det går fram av kommunedirektørens forslag.',
        other: {
          financial_consequences:
            'Budsjettet gir et netto driftsresultat på 1,8 prosent av driftsinntektene i 2027.',
          legal_basis: 'Kommuneloven kapittel 14.',
        },
      },
      ready: '2026-11-09',
      investigated: '2026-11-10',
      deadlines: [{ on: '2026-11-10', label: 'Kommunestyrets budsjettmøte', dueOn: '2026-12-17' }],
    },
    {
      title: 'Reguleringsplan for Fjordvik havn – sluttbehandling',
      description:
        'Planforslaget legger til rette for ny gjestehavn, boliger og næring på Kaiområdet. Forslaget har vært på høring og offentlig ettersyn, og merknadene er vurdert.',
      type: 'administration',
      nature: 'strategic',
      body: 'Kommunestyret',
      official: 'Stian Foss',
      receivedOn: '2026-05-11',
      registeredBy: 'official',
      documents: [
        {
          on: '2026-08-28',
          direction: 'incoming',
          correspondent: 'Statsforvalteren i Vestland',
          description: 'Merknader til forslag til reguleringsplan for Fjordvik havn',
        },
        {
          on: '2026-08-31',
          direction: 'incoming',
          correspondent: 'Fjordvik Havn KF',
          description: 'Merknader fra Fjordvik Havn KF til planforslaget',
        },
      ],
      preparation: { on: '2026-05-12', body: 'Hovedutvalg for teknikk og miljø' },
      recommendation: {
        on: '2026-10-19',
        complete: true,
        background:
          'Oppstart av planarbeidet ble varslet i mars 2025. Forslaget lå ute til offentlig ettersyn fra 15. juni til 31. august 2026, og det kom 17 merknader.',
        assessment:
          'Statsforvalterens merknad om flomfare er innarbeidet ved at laveste gulvhøyde er hevet til kote 3,0. Kommunedirektøren anbefaler at planen vedtas med endringene som er beskrevet i saksframlegget.',
        proposedDecision:
          'Kommunestyret vedtar reguleringsplan for Fjordvik havn med de endringene som går fram av saksframlegget.',
        other: {
          climate_environment: 'Planen stiller krav om sikring mot havnivåstigning og stormflo.',
          legal_basis: 'Plan- og bygningsloven § 12-12.',
        },
      },
      ready: '2026-10-21',
      investigated: '2026-10-22',
      scheduled: '2026-11-19',
    },
    {
      title: 'Trafikksikkerhetsplan 2027–2030 – oppstart',
      description:
        'Kommunedirektøren foreslår at arbeidet med ny trafikksikkerhetsplan starter, slik at kommunen kan søke fylkeskommunale midler til trafikksikkerhetstiltak.',
      type: 'administration',
      nature: 'strategic',
      body: 'Formannskapet',
      official: 'Stian Foss',
      receivedOn: '2026-02-02',
      registeredBy: 'official',
      documents: [
        {
          on: '2026-04-24',
          direction: 'outgoing',
          correspondent: 'Statens vegvesen',
          description: 'Melding om vedtak om oppstart av trafikksikkerhetsplan',
        },
      ],
      preparation: { on: '2026-02-03' },
      recommendation: {
        on: '2026-03-27',
        complete: true,
        background:
          'Gjeldende trafikksikkerhetsplan gjelder til utgangen av 2026. En oppdatert plan er en forutsetning for å søke fylkeskommunale midler til trafikksikkerhetstiltak.',
        assessment:
          'Planen bør utarbeides i samarbeid med skolene, politiet og Statens vegvesen, og innbyggerne bør kunne melde inn farlige punkter digitalt.',
        proposedDecision:
          'Formannskapet ber kommunedirektøren utarbeide forslag til trafikksikkerhetsplan 2027–2030 innen 30. oktober 2026.',
      },
      ready: '2026-03-30',
      investigated: '2026-03-31',
      decision: {
        on: '2026-04-22',
        body: 'Formannskapet',
        text: 'Formannskapet ber kommunedirektøren utarbeide forslag til trafikksikkerhetsplan 2027–2030. Forslaget legges fram for formannskapet innen 30. oktober 2026.',
        assignments: [
          {
            title: 'Utarbeide forslag til trafikksikkerhetsplan 2027–2030',
            description: 'Planen skal ha prioriterte tiltak med kostnader og framdrift.',
            commissionedBy: 'body',
            person: 'Stian Foss',
            dueOn: '2026-10-30',
          },
        ],
      },
    },
    {
      title: 'Representantforslag om solcelleanlegg på kommunale bygg',
      description:
        'Forslagsstilleren ber kommunen legge solcelleanlegg på egnede kommunale bygg, med Fjordvik skole og rådhuset som de første.',
      type: 'motion',
      nature: 'strategic',
      body: 'Kommunestyret',
      official: 'Ola Solberg',
      initiator: { councilSeat: 8, term: 1 },
      receivedOn: '2025-12-04',
      registeredBy: 'secretary',
      documents: [
        {
          on: '2025-12-04',
          direction: 'incoming',
          description: 'Representantforslag om solcelleanlegg på kommunale bygg',
        },
        {
          on: '2026-06-22',
          direction: 'outgoing',
          description: 'Melding om vedtak i kommunestyret 18. juni 2026',
        },
      ],
      preparation: { on: '2025-12-10', body: 'Hovedutvalg for teknikk og miljø' },
      recommendation: {
        on: '2026-05-08',
        complete: true,
        background: 'Kommunen eier 21 formålsbygg. Ingen av dem har i dag solcelleanlegg.',
        assessment:
          'En forstudie viser at åtte bygg har tak som egner seg. Med dagens strømpriser og investeringsstøtte er nedbetalingstiden beregnet til 11–14 år.',
        proposedDecision:
          'Kommunestyret slutter seg til forslaget og ber kommunedirektøren kartlegge hvilke bygg som egner seg, og innarbeide investeringene i økonomiplanen.',
        other: { climate_environment: 'Anleggene vil produsere om lag 450 000 kWh i året.' },
      },
      ready: '2026-05-12',
      investigated: '2026-05-13',
      scheduled: '2026-06-04',
      decision: {
        on: '2026-06-18',
        body: 'Kommunestyret',
        text: 'Kommunestyret slutter seg til forslaget. Kommunedirektøren bes kartlegge hvilke kommunale bygg som egner seg for solcelleanlegg, og innarbeide investeringene i økonomiplanen 2028–2031.',
        assignments: [
          {
            title: 'Kartlegge kommunale bygg som egner seg for solcelleanlegg',
            commissionedBy: 'body',
            person: 'Stian Foss',
            dueOn: { months: 3 },
          },
          {
            title: 'Innarbeide solcelleinvesteringene i økonomiplanen 2028–2031',
            commissionedBy: 'body',
            unit: 'Stab og støtte',
            dueOn: { months: 5 },
          },
        ],
      },
    },
    {
      title: 'Prøveordning med utvidet åpningstid på servicetorget',
      description:
        'Kommunedirektøren foreslår å holde servicetorget åpent til klokken 18 på torsdager i en prøveperiode fra mars til august 2026.',
      type: 'administration',
      nature: 'operational',
      body: 'Formannskapet',
      official: 'Ola Solberg',
      receivedOn: '2025-11-24',
      registeredBy: 'official',
      preparation: { on: '2025-11-25' },
      recommendation: {
        on: '2026-01-16',
        complete: true,
        background:
          'Servicetorget er i dag åpent 08.00–15.30 på hverdager. I innbyggerundersøkelsen 2025 svarte 38 prosent at åpningstidene passer dårlig.',
        assessment:
          'En prøveordning med åpent til klokken 18 på torsdager kan gjennomføres ved å forskyve arbeidstid. Ordningen bør evalueres før den eventuelt gjøres permanent.',
        proposedDecision:
          'Formannskapet vedtar en prøveordning med åpent servicetorg til klokken 18 på torsdager fra 1. mars til 31. august 2026. Ordningen evalueres og legges fram for formannskapet.',
      },
      ready: '2026-01-20',
      investigated: '2026-01-21',
      decision: {
        on: '2026-02-11',
        body: 'Formannskapet',
        text: 'Formannskapet vedtar en prøveordning med åpent servicetorg til klokken 18 på torsdager fra 1. mars til 31. august 2026. Ordningen evalueres og legges fram for formannskapet.',
        assignments: [
          {
            title: 'Evaluere prøveordningen med utvidet åpningstid på servicetorget',
            commissionedBy: 'body',
            unit: 'Stab og støtte',
            dueOn: '2026-09-30',
            report: {
              on: '2026-09-21',
              by: 'director',
              text: 'Servicetorget hadde 412 besøk på torsdagskveldene i prøveperioden, i snitt 16 per kveld. Tre av fire besøkende kom etter arbeidstid. Kommunedirektøren anbefaler å videreføre ordningen fra 2027 innenfor dagens bemanning.',
            },
          },
        ],
      },
    },
    {
      title: 'Høringsuttalelse til regional plan for kystsonen',
      description: 'Vestland fylkeskommune har sendt forslag til regional plan for kystsonen på høring.',
      type: 'administration',
      nature: 'strategic',
      body: 'Formannskapet',
      official: 'Ola Solberg',
      receivedOn: '2026-01-19',
      registeredBy: 'secretary',
      documents: [
        {
          on: '2026-01-19',
          direction: 'incoming',
          correspondent: 'Vestland fylkeskommune',
          description: 'Høring – forslag til regional plan for kystsonen',
        },
        {
          on: '2026-03-19',
          direction: 'outgoing',
          correspondent: 'Vestland fylkeskommune',
          description: 'Høringsuttalelse fra Fjordvik kommune',
        },
      ],
      preparation: { on: '2026-01-20' },
      recommendation: {
        on: '2026-02-27',
        complete: true,
        background:
          'Den regionale planen gir retningslinjer for arealbruk i sjø og strandsone for kommunene i fylket. Høringsfristen er 31. mars 2026.',
        assessment:
          'Planforslaget tar i liten grad hensyn til behovet for nye akvakulturområder nord i kommunen. Kommunedirektøren foreslår at kommunen ber om at disse områdene vurderes på nytt, og støtter ellers forslaget.',
        proposedDecision: 'Formannskapet vedtar høringsuttalelsen slik den går fram av saksframlegget.',
      },
      ready: '2026-03-02',
      investigated: '2026-03-03',
      decision: {
        on: '2026-03-18',
        body: 'Formannskapet',
        text: 'Formannskapet vedtar høringsuttalelsen slik den går fram av saksframlegget.',
      },
      closed: '2026-03-20',
    },
    {
      title: 'Søknad om kommunal garanti for lån til ny kunstgressbane',
      description:
        'Fjordvik IL søker om kommunal simpel garanti for et lån på 6 millioner kroner til ny kunstgressbane på Fjordvik stadion.',
      type: 'administration',
      nature: 'strategic',
      body: 'Kommunestyret',
      official: 'Ola Solberg',
      initiator: { name: 'Fjordvik IL' },
      receivedOn: '2026-04-07',
      registeredBy: 'secretary',
      documents: [
        {
          on: '2026-04-07',
          direction: 'incoming',
          description: 'Søknad om kommunal garanti for lån til ny kunstgressbane',
        },
        { on: '2026-06-01', direction: 'incoming', description: 'Fjordvik IL trekker søknaden om garanti' },
      ],
      preparation: { on: '2026-04-08' },
      withdrawn: {
        on: '2026-06-02',
        reason: 'Søkeren har trukket søknaden etter å ha fått spillemidler og lån uten kommunal garanti.',
      },
    },
    {
      title: 'Klage på vedtak om hjemmetjenester – Kari Haugland, født 1941',
      confidential: {
        ground: 'offentleglova § 13',
        publicTitle: 'Klage på vedtak om helse- og omsorgstjenester',
      },
      description:
        'Klageren mener at vedtaket om hjemmesykepleie to ganger i uken ikke dekker behovet, og ber om daglig tilsyn. Kommunen vurderer klagen på nytt før den eventuelt sendes til Statsforvalteren.',
      type: 'administration',
      nature: 'operational',
      body: 'Hovedutvalg for helse og omsorg',
      official: 'Gunn Tveit',
      receivedOn: '2026-11-12',
      registeredBy: 'secretary',
      documents: [
        {
          on: '2026-11-12',
          direction: 'incoming',
          correspondent: 'Kari Haugland',
          description: 'Klage på vedtak om hjemmetjenester',
          publicDescription: 'Klage på vedtak om helse- og omsorgstjenester',
        },
        {
          on: '2026-11-20',
          direction: 'internal',
          description: 'Notat fra hjemmetjenesten om tjenestebehovet',
          publicDescription: 'Internt notat',
        },
      ],
      preparation: { on: '2026-11-13' },
      deadlines: [
        {
          on: '2026-11-13',
          label: 'Klagen vurderes på nytt og sendes eventuelt til Statsforvalteren',
          dueOn: '2026-12-10',
        },
      ],
    },
    {
      key: 'bredband',
      title: 'Strategi for bredbånd i distriktene',
      description:
        'Forslag til strategi for å gi alle husstander i Fjordvik tilbud om bredbånd med minst 100 Mbit/s innen 2028, med søknad om statlig tilskudd.',
      type: 'administration',
      nature: 'strategic',
      body: 'Formannskapet',
      official: 'Ola Solberg',
      receivedOn: '2026-09-14',
      registeredBy: 'official',
      preparation: { on: '2026-09-15' },
      recommendation: {
        on: '2026-10-26',
        complete: false,
        background:
          'Om lag 230 husstander i Fjordvik, de fleste på Nordstranda og i Indre Fjordvik, har ikke tilbud om bredbånd med 100 Mbit/s.',
      },
    },
    {
      key: 'rekruttering',
      title: 'Plan for rekruttering av helsepersonell 2027–2030',
      description:
        'Kommunen har vansker med å rekruttere sykepleiere og helsefagarbeidere. Kommunedirektøren utarbeider en plan med tiltak for å rekruttere og beholde helsepersonell.',
      type: 'administration',
      nature: 'strategic',
      body: 'Formannskapet',
      official: 'Gunn Tveit',
      receivedOn: '2026-10-05',
      registeredBy: 'official',
      preparation: { on: '2026-10-06' },
    },
  ],
  priorities: { body: 'Formannskapet', keys: ['bredband', 'rekruttering', 'barnevern'] },
};
