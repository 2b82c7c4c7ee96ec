import type { MatterNature } from '../../../common/matters.ts';
import type { MeetingKind, StatementKind } from '../../../common/meetings.ts';

/**
 * The demo's meetings. Every date is counted from the day the demo is loaded, so the plan, the
 * meetings just held and the next ones stay around today whenever it is loaded. Texts may say
 * {year} for the year of the meeting and {next} for the year after.
 *
 * Who to sign in as (password on the start page) to try a meeting as an elected member:
 *
 * Solvik kommun, Samhällsbyggnadsnämnden (7 seats; all hold demo accounts)
 * - chair: Helena Forsberg (S), namndordforande@solvik.example
 * - members: Anders Björk (C, 1st vice chair) ledamot1@, Magnus Engström (M, 2nd vice chair; also
 *   in the council) ledamot2@, Daniel Nordin (S) ledamot3@, Linnea Åberg (V) ledamot4@,
 *   Stefan Öberg (SD) ledamot5@, Johanna Axelsson (KD) ledamot6@ (all @solvik.example)
 * - first substitute (S): Ebba Sjöberg, ersattare@solvik.example
 * - council chair: Ulla Håkansson, kf.ordforande@solvik.example; Lars Nyström
 *   (ordforande@solvik.example) chairs Kommunstyrelsen and sits in the council.
 *
 * Fjordvik kommune, Hovedutvalg for teknikk og miljø (7 seats; all hold demo accounts)
 * - leader: Hanne Myklebust (Ap; also in kommunestyret), utvalgsleder@fjordvik.example
 * - members: Trond Eide (Sp, deputy) medlem1@, Kristin Moen (H; also in kommunestyret) medlem2@,
 *   Jon Lunde (Ap) medlem3@, Sigrid Fjeld (SV) medlem4@, Odd Nilsen (H) medlem5@,
 *   Guro Hansen (FrP) medlem6@ (all @fjordvik.example)
 * - first varamedlem (Ap): Eirik Vik, varamedlem@fjordvik.example
 * - ordfører (chairs kommunestyret): Per Aasen, ordforer@fjordvik.example
 *
 * The plan covers the coming twelve months for the council, the executive board and the committee,
 * with a dialogue meeting, a citizen dialogue (its notice on the notice board) and a check-in
 * between the committee's chair and the department head. The committee's next meeting has its
 * notice out; the one after is planned, with a matter ready to be put on its agenda.
 *
 * What happened at the meetings held (the committee twice and the council once, in the last weeks):
 * - Solvik: at the first committee meeting Anders Björk declares a conflict of interest (jäv) and
 *   leaves for the item. At the second, Daniel Nordin reports absence and Ebba Sjöberg is called
 *   in; the parking standard is decided 4–3 by roll call against Magnus Engström's
 *   counter-proposal, and he enters a reservation. Those minutes are posted late (flagged). The
 *   council decides two matters by acclamation. The committee meets behind closed doors
 *   (KL 6 kap. 25 §), so the public sees its minutes without the items' content.
 * - Fjordvik: at the first committee meeting the body rules Trond Eide inhabil on an item and he
 *   leaves. At the second, Jon Lunde reports absence and Eirik Vik is called in; the speed limit is
 *   decided by roll call, Høyre splitting (the minutes show party tallies and the two H members by
 *   name), and Sigrid Fjeld adds a protocol note. Kommunestyret decides two matters.
 */

/** A day counted from the day the demo is loaded, then on to the weekday (1 Monday … 5 Friday). */
export type DemoDay = { days: number; weekday: 1 | 2 | 3 | 4 | 5 };

export type DemoAgendaMatter = {
  title: string;
  description: string;
  nature: MatterNature;
  /** The official who registers and prepares it, by name. */
  official: string;
  /** How many days before the meeting it was registered. */
  receivedDaysBefore: number;
  background: string;
  assessment: string;
  proposedDecision: string;
};

export type DemoAssignment = {
  title: string;
  /** Carried out by a person by name, or a unit of the administration by name. */
  person?: string;
  unit?: string;
  /** Due this many months after the meeting. */
  months: number;
};

/** One matter handled at a meeting held, and how. */
export type DemoHandledItem = {
  matter: DemoAgendaMatter;
  /** How long the item took. */
  minutes: number;
  /** A member with a conflict of interest: declared beforehand (Sweden) or ruled on by the body (Norway). */
  conflict?: { person: string; reason: string };
  /** A counter-proposal put to a roll-call vote: those named vote for it, the others for the main one. */
  vote?: { proposer: string; text: string; for: string[] };
  statement?: { kind: StatementKind; person: string; text: string };
  assignments?: DemoAssignment[];
};

export type DemoHeldMeeting = {
  body: string;
  name: string;
  day: DemoDay;
  /** Local time, HH:MM. */
  start: string;
  location: string;
  /** The notice goes out this many days before (at least the body's lead time). */
  noticeDaysBefore: number;
  /** Members who report absence; the next substitute of their list is called in. */
  absences?: Array<{ person: string; reason: string }>;
  /** Members of a large body the secretary reports absent, without a reason. */
  otherAbsences?: number;
  adjusters: [string, string];
  items: DemoHandledItem[];
  signedDaysAfter: number;
  postedDaysAfterSigning: number;
};

/** A decision meeting still to come, with its agenda. */
export type DemoComingMeeting = {
  body: string;
  name: string;
  day: DemoDay;
  start: string;
  hours: number;
  location: string;
  /** On the agenda already. */
  matters: DemoAgendaMatter[];
  /** Ready for decision and not yet on any agenda: what the secretary may add next. */
  candidates?: DemoAgendaMatter[];
};

export type DemoOtherMeeting = {
  body: string;
  kind: Exclude<MeetingKind, 'decision'>;
  name: string;
  description: string;
  day: DemoDay;
  start: string;
  hours: number;
  location: string;
  items: string[];
  /** Announced on the notice board and sent to the body's members. */
  notice?: boolean;
};

/** A body's decision meetings over the coming year: the nth weekday of every (or every other) month. */
export type DemoPlan = {
  body: string;
  name: string;
  weekday: 1 | 2 | 3 | 4 | 5;
  nth: 1 | 2 | 3 | 4;
  everyMonths?: 1 | 2;
  start: string;
  hours: number;
  location: string;
  /** Months without a meeting (the summer), 1–12. */
  skipMonths: number[];
};

export type DemoMeetings = {
  slug: string;
  council: string;
  board: string;
  committee: string;
  plan: DemoPlan[];
  held: DemoHeldMeeting[];
  /** The committee's next meeting: notice published, agenda fixed. */
  coming: DemoComingMeeting;
  /** The one after: planned, its agenda begun, matters ready to be added. */
  next: DemoComingMeeting;
  other: DemoOtherMeeting[];
};

const solvikHall = 'Sessionssalen, Solviks kommunhus';
const solvikCommitteeRoom = 'Sammanträdesrum Vallen, Solviks kommunhus';

export const solvikMeetings: DemoMeetings = {
  slug: 'solvik',
  council: 'Kommunfullmäktige',
  board: 'Kommunstyrelsen',
  committee: 'Samhällsbyggnadsnämnden',
  plan: [
    {
      body: 'Kommunfullmäktige',
      name: 'Kommunfullmäktiges sammanträde',
      weekday: 1,
      nth: 3,
      everyMonths: 2,
      start: '18:00',
      hours: 4,
      location: solvikHall,
      skipMonths: [7],
    },
    {
      body: 'Kommunstyrelsen',
      name: 'Kommunstyrelsens sammanträde',
      weekday: 2,
      nth: 1,
      start: '13:00',
      hours: 4,
      location: 'KS-salen, Solviks kommunhus',
      skipMonths: [7],
    },
    {
      body: 'Samhällsbyggnadsnämnden',
      name: 'Samhällsbyggnadsnämndens sammanträde',
      weekday: 3,
      nth: 3,
      start: '13:00',
      hours: 3,
      location: solvikCommitteeRoom,
      skipMonths: [7],
    },
  ],
  held: [
    {
      body: 'Samhällsbyggnadsnämnden',
      name: 'Samhällsbyggnadsnämndens sammanträde',
      day: { days: -42, weekday: 3 },
      start: '13:00',
      location: solvikCommitteeRoom,
      noticeDaysBefore: 8,
      adjusters: ['Linnea Åberg', 'Johanna Axelsson'],
      signedDaysAfter: 7,
      postedDaysAfterSigning: 1,
      items: [
        {
          minutes: 50,
          matter: {
            title: 'Mål och inriktning för samhällsbyggnadsnämnden {next}',
            description:
              'Nämnden bryter ned fullmäktiges mål till några få nämndmål för {next}, som förvaltningen planerar sin verksamhet efter.',
            nature: 'strategic',
            official: 'Leif Granath',
            receivedDaysBefore: 56,
            background:
              'Kommunfullmäktige har gett nämnderna i uppdrag att bryta ned fullmäktiges mål till några få, tydliga nämndmål. Nämnden och förvaltningen har diskuterat målen vid ett dialogmöte.',
            assessment:
              'Förvaltningen föreslår tre mål som går att följa upp med nyckeltal som redan finns i Kolada. Färre mål ger tydligare prioriteringar och mer tid åt uppföljning.',
            proposedDecision:
              'Samhällsbyggnadsnämnden fastställer tre mål för {next}: planberedskap för minst 150 nya bostäder; ett sammanhängande, belyst gång- och cykelnät mellan skolorna och tätorten; beslut i bygglovsärenden inom i genomsnitt fyra veckor från komplett ansökan.',
          },
          assignments: [
            {
              title: 'Ta fram mått och målvärden för nämndens mål',
              person: 'Leif Granath',
              months: 3,
            },
          ],
        },
        {
          minutes: 20,
          conflict: {
            person: 'Anders Björk',
            reason:
              'Min svåger är delägare i Norrby Bostadsutveckling AB, som har ansökt om markanvisningen.',
          },
          matter: {
            title: 'Markanvisning för bostäder i kvarteret Lärkan, Norrby',
            description:
              'Norrby Bostadsutveckling AB ansöker om markanvisning för cirka 40 bostäder i kvarteret Lärkan.',
            nature: 'operational',
            official: 'Erik Johansson',
            receivedDaysBefore: 48,
            background:
              'Kvarteret Lärkan är planlagt för bostäder sedan 2021. Kommunen äger marken. Två intressenter har anmält intresse enligt kommunens riktlinjer för markanvisning.',
            assessment:
              'Norrby Bostadsutveckling AB:s förslag har flest hyresrätter och bäst anslutning till gång- och cykelvägen. Förvaltningen bedömer att bolaget uppfyller riktlinjernas krav.',
            proposedDecision:
              'Samhällsbyggnadsnämnden ger Norrby Bostadsutveckling AB markanvisning för kvarteret Lärkan i 18 månader, enligt förvaltningens förslag till avtal.',
          },
        },
      ],
    },
    {
      body: 'Samhällsbyggnadsnämnden',
      name: 'Samhällsbyggnadsnämndens sammanträde',
      day: { days: -20, weekday: 3 },
      start: '13:00',
      location: solvikCommitteeRoom,
      noticeDaysBefore: 8,
      absences: [{ person: 'Daniel Nordin', reason: 'Tjänsteresa' }],
      adjusters: ['Anders Björk', 'Magnus Engström'],
      signedDaysAfter: 6,
      // Posted on the fourth day after signing: later than KL 8 kap. 12 § allows, so flagged.
      postedDaysAfterSigning: 4,
      items: [
        {
          minutes: 55,
          matter: {
            title: 'Parkeringsnorm för Solvik',
            description: 'En ny parkeringsnorm för bostäder och verksamheter, som ersätter normen från 2012.',
            nature: 'strategic',
            official: 'Leif Granath',
            receivedDaysBefore: 70,
            background:
              'Nuvarande norm kräver 1,2 bilplatser per lägenhet i hela kommunen. Fullmäktiges mål om fler bostäder och minskade utsläpp förutsätter att normen ses över.',
            assessment:
              'En lägre norm i tätorten sänker byggkostnaden med upp till 150 000 kronor per lägenhet. Där byggherren ordnar bilpool kan behovet minska ytterligare. Utanför tätorten behövs fortfarande bil i högre grad.',
            proposedDecision:
              'Samhällsbyggnadsnämnden antar parkeringsnorm för Solvik: 0,8 bilplatser per lägenhet i tätorten och 1,0 utanför, med 30 procent lägre tal där byggherren ordnar bilpool i minst tio år.',
          },
          vote: {
            proposer: 'Magnus Engström',
            text: 'Parkeringsnormen sätts till 1,0 bilplatser per lägenhet i hela kommunen, utan lägre tal vid bilpool.',
            for: ['Magnus Engström', 'Stefan Öberg', 'Johanna Axelsson'],
          },
          statement: {
            kind: 'reservation',
            person: 'Magnus Engström',
            text: 'Jag reserverar mig till förmån för mitt eget yrkande. En lägre norm flyttar bilarna ut på gatorna i Norrby och Strandbacken, där platserna redan i dag inte räcker.',
          },
          assignments: [
            {
              title: 'Informera byggherrar och allmänhet om den nya parkeringsnormen',
              unit: 'Samhällsbyggnadsförvaltningen',
              months: 2,
            },
          ],
        },
        {
          minutes: 25,
          matter: {
            title: 'Ny prioritering i vinterväghållningen för gång- och cykelvägar',
            description:
              'Gång- och cykelvägar till skolor och hållplatser plogas och halkbekämpas före bilgator.',
            nature: 'operational',
            official: 'Erik Johansson',
            receivedDaysBefore: 40,
            background:
              'I dag plogas huvudgator först och gång- och cykelvägar sist. Förra vintern kom 41 klagomål på halka på skolvägar.',
            assessment:
              'Förvaltningen föreslår att skolvägar och vägar till busshållplatser får högsta prioritet från 5 centimeter snö. Omprioriteringen ryms i befintligt entreprenadavtal.',
            proposedDecision:
              'Samhällsbyggnadsnämnden fastställer ny prioriteringsordning för vinterväghållningen enligt förvaltningens förslag, att gälla från och med denna vinter.',
          },
          assignments: [
            {
              title: 'Redovisa erfarenheterna av den nya prioriteringen efter vintern',
              person: 'Leif Granath',
              months: 5,
            },
          ],
        },
      ],
    },
    {
      body: 'Kommunfullmäktige',
      name: 'Kommunfullmäktiges sammanträde',
      day: { days: -28, weekday: 1 },
      start: '18:00',
      location: solvikHall,
      noticeDaysBefore: 10,
      otherAbsences: 3,
      adjusters: ['Lars Nyström', 'Magnus Engström'],
      signedDaysAfter: 8,
      postedDaysAfterSigning: 1,
      items: [
        {
          minutes: 45,
          matter: {
            title: 'Riktlinjer för medborgardialog',
            description:
              'Riktlinjer för när och hur kommunen ska föra dialog med invånarna innan viktiga beslut fattas.',
            nature: 'strategic',
            official: 'Erik Johansson',
            receivedDaysBefore: 90,
            background:
              'Fullmäktige vill involvera invånare, föreningar och unga tidigare i de viktigaste frågorna. Kommunen saknar i dag gemensamma riktlinjer för dialog.',
            assessment:
              'Riktlinjerna anger när dialog ska föras, på vilken nivå invånarna kan påverka och hur resultatet återkopplas. Dialogen ska planeras innan ärendet bereds, inte efter.',
            proposedDecision:
              'Kommunfullmäktige antar riktlinjer för medborgardialog enligt kommunstyrelsens förslag.',
          },
          assignments: [
            {
              title: 'Genomföra en första medborgardialog enligt riktlinjerna och redovisa resultatet',
              unit: 'Kommunledningsförvaltningen',
              months: 6,
            },
          ],
        },
        {
          minutes: 15,
          matter: {
            title: 'Revidering av avfallstaxan',
            description:
              'Avfallstaxan räknas om så att den täcker kostnaden för den nya matavfallsinsamlingen.',
            nature: 'operational',
            official: 'Erik Johansson',
            receivedDaysBefore: 75,
            background:
              'Insamlingen av matavfall i separata kärl infördes i hela kommunen i våras. Kostnaderna har ökat mer än taxan.',
            assessment:
              'Den rörliga avgiften höjs med 6 procent och grundavgiften är oförändrad. Hushåll som komposterar själva får en lägre avgift.',
            proposedDecision:
              'Kommunfullmäktige antar reviderad avfallstaxa enligt kommunstyrelsens förslag, att gälla från den 1 januari {next}.',
          },
        },
      ],
    },
  ],
  coming: {
    body: 'Samhällsbyggnadsnämnden',
    name: 'Samhällsbyggnadsnämndens sammanträde',
    day: { days: 7, weekday: 3 },
    start: '13:00',
    hours: 3,
    location: solvikCommitteeRoom,
    matters: [
      {
        title: 'Trafikplan för Solvik centrum – samrådsförslag',
        description: 'Förslag till trafikplan för centrum som ska ut på samråd med invånare och näringsliv.',
        nature: 'strategic',
        official: 'Leif Granath',
        receivedDaysBefore: 60,
        background:
          'Genomfartstrafiken på Storgatan har ökat, och handlarna vill ha fler korttidsplatser. Fullmäktiges mål om trygga gång- och cykelvägar gäller även centrum.',
        assessment:
          'Förslaget gör Storgatan till gångfartsområde mellan torget och stationen, leder genomfartstrafiken via Ringvägen och flyttar långtidsparkeringen till Vallen.',
        proposedDecision:
          'Samhällsbyggnadsnämnden godkänner samrådsförslaget till trafikplan för Solvik centrum och skickar ut det på samråd under sex veckor.',
      },
      {
        title: 'Ny belysning i Strandparken',
        description: 'Byte till LED-armaturer och ny belysning längs strandpromenaden.',
        nature: 'operational',
        official: 'Erik Johansson',
        receivedDaysBefore: 30,
        background:
          'Belysningen i Strandparken är från 1980-talet. Trygghetsvandringen i våras pekade ut strandpromenaden som mörk och otrygg.',
        assessment:
          'LED-armaturer minskar elförbrukningen med omkring 60 procent. Belysningen styrs så att den dämpas nattetid utan att bli mörk.',
        proposedDecision:
          'Samhällsbyggnadsnämnden beslutar att byta belysningen i Strandparken enligt förvaltningens förslag, inom investeringsbudgeten för gatubelysning.',
      },
    ],
  },
  next: {
    body: 'Samhällsbyggnadsnämnden',
    name: 'Samhällsbyggnadsnämndens sammanträde',
    day: { days: 35, weekday: 3 },
    start: '13:00',
    hours: 3,
    location: solvikCommitteeRoom,
    matters: [
      {
        title: 'Uppföljning av nämndens mål – tertialrapport',
        description: 'Förvaltningens rapport om hur nämndens mål utvecklas.',
        nature: 'strategic',
        official: 'Leif Granath',
        receivedDaysBefore: 30,
        background: 'Nämnden följer upp sina mål tre gånger om året.',
        assessment:
          'Två av tre mål utvecklas enligt plan. Handläggningstiden för bygglov är fortfarande längre än målet, främst på grund av vakanser.',
        proposedDecision: 'Samhällsbyggnadsnämnden godkänner uppföljningen och lägger den till handlingarna.',
      },
    ],
    candidates: [
      {
        title: 'Hastighetsöversyn på lokalgator i Norrby',
        description: 'Sänkt hastighet till 30 km/tim på lokalgatorna i Norrby.',
        nature: 'operational',
        official: 'Erik Johansson',
        receivedDaysBefore: 60,
        background: 'Boende i Norrby har i flera skrivelser begärt lägre hastighet på lokalgatorna.',
        assessment:
          'Mätningar visar att var tredje bil kör fortare än 40 km/tim. Sänkt hastighet och tre nya farthinder bedöms ge effekt.',
        proposedDecision:
          'Samhällsbyggnadsnämnden beslutar om 30 km/tim på lokalgatorna i Norrby enligt förvaltningens förslag.',
      },
    ],
  },
  other: [
    {
      body: 'Samhällsbyggnadsnämnden',
      kind: 'check_in',
      name: 'Avstämning mellan nämndens ordförande och samhällsbyggnadschefen',
      description:
        'Löpande avstämning mellan Helena Forsberg och Leif Granath: uppdragen från nämnden, kommande ärenden och hur samspelet mellan politik och förvaltning fungerar.',
      day: { days: 6, weekday: 1 },
      start: '08:30',
      hours: 1,
      location: 'Samhällsbyggnadschefens rum, Solviks kommunhus',
      items: [
        'Nämndens uppdrag till förvaltningen: läge och tidplan',
        'Ärenden till nästa sammanträde',
        'Hur fungerar samspelet? Något att justera?',
      ],
    },
    {
      body: 'Kommunfullmäktige',
      kind: 'citizen_dialogue',
      name: 'Medborgardialog: Framtidens Strandparken',
      description:
        'Alla som bor eller verkar i Solvik är välkomna att berätta hur Strandparken kan bli tryggare och mer använd. Förtroendevalda lyssnar; inga beslut fattas. Kaffe serveras.',
      day: { days: 15, weekday: 4 },
      start: '18:00',
      hours: 2.5,
      location: 'Solviks bibliotek, Storgatan 12',
      items: ['Välkommen och bakgrund', 'Samtal vid borden', 'Vad tar politiken med sig?'],
      notice: true,
    },
    {
      body: 'Samhällsbyggnadsnämnden',
      kind: 'dialogue',
      name: 'Dialogmöte med förvaltningen om nämndens mål',
      description:
        'Nämnden och förvaltningen går igenom hur målen följs upp och vad som behöver prioriteras. Inga beslut fattas.',
      day: { days: 44, weekday: 4 },
      start: '13:00',
      hours: 3,
      location: solvikCommitteeRoom,
      items: [],
    },
  ],
};

const fjordvikHall = 'Kommunestyresalen, Fjordvik rådhus';
const fjordvikCommitteeRoom = 'Møterom Fjorden, Fjordvik rådhus';

export const fjordvikMeetings: DemoMeetings = {
  slug: 'fjordvik',
  council: 'Kommunestyret',
  board: 'Formannskapet',
  committee: 'Hovedutvalg for teknikk og miljø',
  plan: [
    {
      body: 'Kommunestyret',
      name: 'Møte i kommunestyret',
      weekday: 4,
      nth: 3,
      everyMonths: 2,
      start: '10:00',
      hours: 5,
      location: fjordvikHall,
      skipMonths: [7],
    },
    {
      body: 'Formannskapet',
      name: 'Møte i formannskapet',
      weekday: 2,
      nth: 1,
      start: '09:00',
      hours: 4,
      location: 'Formannskapssalen, Fjordvik rådhus',
      skipMonths: [7],
    },
    {
      body: 'Hovedutvalg for teknikk og miljø',
      name: 'Møte i hovedutvalg for teknikk og miljø',
      weekday: 2,
      nth: 3,
      start: '09:00',
      hours: 4,
      location: fjordvikCommitteeRoom,
      skipMonths: [7],
    },
  ],
  held: [
    {
      body: 'Hovedutvalg for teknikk og miljø',
      name: 'Møte i hovedutvalg for teknikk og miljø',
      day: { days: -42, weekday: 2 },
      start: '09:00',
      location: fjordvikCommitteeRoom,
      noticeDaysBefore: 9,
      adjusters: ['Sigrid Fjeld', 'Odd Nilsen'],
      signedDaysAfter: 6,
      postedDaysAfterSigning: 1,
      items: [
        {
          minutes: 45,
          matter: {
            title: 'Mål og prioriteringer for teknikk og miljø {next}',
            description:
              'Utvalget vedtar få og tydelige mål for sektoren, som administrasjonen planlegger etter.',
            nature: 'strategic',
            official: 'Stian Foss',
            receivedDaysBefore: 50,
            background:
              'Kommuneplanens samfunnsdel har fire satsingsområder. Utvalget har bedt om et kort dokument med få mål som kan følges opp.',
            assessment:
              'Kommunedirektøren foreslår tre mål med styringsindikatorer fra KOSTRA. Målene skiller tydelig mellom hva utvalget vil oppnå og hvordan administrasjonen gjennomfører.',
            proposedDecision:
              'Hovedutvalg for teknikk og miljø vedtar tre mål for {next}: tryggere skoleveier, lavere energibruk i kommunale bygg og kortere saksbehandlingstid i byggesaker.',
          },
          assignments: [
            {
              title: 'Utarbeide styringsindikatorer og målverdier for utvalgets mål',
              person: 'Stian Foss',
              months: 3,
            },
          ],
        },
        {
          minutes: 20,
          conflict: {
            person: 'Trond Eide',
            reason: 'Søkeren er Trond Eides svoger (forvaltningsloven § 6 første ledd bokstav b).',
          },
          matter: {
            title: 'Søknad om dispensasjon for oppføring av naust, gnr. 12 bnr. 4',
            description: 'Søknad om dispensasjon fra byggeforbudet i strandsonen for oppføring av et naust.',
            nature: 'operational',
            official: 'Ola Solberg',
            receivedDaysBefore: 70,
            background:
              'Eiendommen ligger i 100-metersbeltet langs sjøen. Naustet skal erstatte et eldre naust som ble tatt av uvær.',
            assessment:
              'Naustet får samme størrelse og plassering som det gamle. Hensynet bak byggeforbudet blir ikke vesentlig tilsidesatt, og fordelene er klart større enn ulempene.',
            proposedDecision:
              'Hovedutvalg for teknikk og miljø gir dispensasjon fra kommuneplanens arealdel for oppføring av naust på gnr. 12 bnr. 4, på vilkår som angitt i saksframlegget.',
          },
        },
      ],
    },
    {
      body: 'Hovedutvalg for teknikk og miljø',
      name: 'Møte i hovedutvalg for teknikk og miljø',
      day: { days: -20, weekday: 2 },
      start: '09:00',
      location: fjordvikCommitteeRoom,
      noticeDaysBefore: 9,
      absences: [{ person: 'Jon Lunde', reason: 'Jobbreise' }],
      adjusters: ['Kristin Moen', 'Guro Hansen'],
      signedDaysAfter: 5,
      postedDaysAfterSigning: 1,
      items: [
        {
          minutes: 50,
          matter: {
            title: 'Fartsgrense 30 km/t i Fjordvik sentrum',
            description: 'Forslag om 30 km/t i hele sentrum for å gjøre skolevei og handlegate tryggere.',
            nature: 'strategic',
            official: 'Stian Foss',
            receivedDaysBefore: 60,
            background:
              'Fartsgrensen i sentrum er 40 km/t. Foreldreutvalget ved Fjordvik skole har bedt om lavere fart, og trafikksikkerhetsplanen peker på sentrum som ulykkesutsatt.',
            assessment:
              'Lavere fart reduserer risikoen for alvorlige skader betydelig. Kjøretiden gjennom sentrum øker med under ett minutt.',
            proposedDecision:
              'Hovedutvalg for teknikk og miljø vedtar 30 km/t i Fjordvik sentrum innenfor sonen vist i saksframlegget, og ber kommunedirektøren søke Statens vegvesen om skilting.',
          },
          vote: {
            proposer: 'Guro Hansen',
            text: 'Fartsgrensen i sentrum beholdes på 40 km/t. 30 km/t innføres bare i Skoleveien og ved Fjordvik barnehage.',
            for: ['Guro Hansen', 'Odd Nilsen'],
          },
          statement: {
            kind: 'protocol_note',
            person: 'Sigrid Fjeld',
            text: 'SV ber om at kommunedirektøren også vurderer 30 km/t på Strandveien ved neste rullering av trafikksikkerhetsplanen.',
          },
          assignments: [
            {
              title: 'Søke om skilting og gjennomføre 30-sonen i sentrum',
              unit: 'Teknikk og miljø',
              months: 4,
            },
          ],
        },
        {
          minutes: 20,
          matter: {
            title: 'Brøyte- og strøplan for kommunale veier',
            description: 'Ny prioritering av brøyting og strøing, med skoleveier og fortau først.',
            nature: 'operational',
            official: 'Ola Solberg',
            receivedDaysBefore: 40,
            background:
              'Brøytingen har så langt fulgt bussrutene. Etter fallulykker på fortau i fjor vinter ba utvalget om en ny plan.',
            assessment:
              'Skoleveier og fortau ved skoler og sykehjem prioriteres fra 5 cm snø. Planen kan gjennomføres innenfor dagens kontrakter.',
            proposedDecision: 'Hovedutvalg for teknikk og miljø vedtar brøyte- og strøplanen som fremlagt.',
          },
          assignments: [
            {
              title: 'Evaluere brøyte- og strøplanen etter vinteren',
              person: 'Stian Foss',
              months: 5,
            },
          ],
        },
      ],
    },
    {
      body: 'Kommunestyret',
      name: 'Møte i kommunestyret',
      day: { days: -19, weekday: 4 },
      start: '10:00',
      location: fjordvikHall,
      noticeDaysBefore: 12,
      otherAbsences: 2,
      adjusters: ['Hanne Myklebust', 'Kristin Moen'],
      signedDaysAfter: 7,
      postedDaysAfterSigning: 1,
      items: [
        {
          minutes: 40,
          matter: {
            title: 'Retningslinjer for innbyggermedvirkning',
            description:
              'Retningslinjer for hvordan innbyggerne skal involveres tidlig, blant annet gjennom gjestebud.',
            nature: 'strategic',
            official: 'Ola Solberg',
            receivedDaysBefore: 80,
            background:
              'Kommunestyret ønsker at innbyggerne involveres før saker er ferdig utredet, ikke etter. Gjestebud har gitt gode erfaringer i andre kommuner.',
            assessment:
              'Retningslinjene beskriver når medvirkning skal skje, hvilke metoder som passer, og hvordan innspillene følges opp og gis tilbakemelding på.',
            proposedDecision:
              'Kommunestyret vedtar retningslinjer for innbyggermedvirkning som fremlagt i saksframlegget.',
          },
          assignments: [
            {
              title: 'Gjennomføre et gjestebud etter de nye retningslinjene og legge fram resultatet',
              unit: 'Stab og støtte',
              months: 6,
            },
          ],
        },
        {
          minutes: 20,
          matter: {
            title: 'Gebyrregulativ for plan- og byggesaker',
            description: 'Nytt gebyrregulativ for plan-, bygge- og delingssaker etter selvkost.',
            nature: 'operational',
            official: 'Stian Foss',
            receivedDaysBefore: 70,
            background:
              'Gebyrene dekker i dag 70 prosent av kostnadene. Kommunestyret har bedt om full selvkost innen to år.',
            assessment:
              'Regulativet øker gebyrene for store byggesaker mest og holder gebyret for små tiltak nær dagens nivå.',
            proposedDecision:
              'Kommunestyret vedtar gebyrregulativ for plan- og byggesaker, gjeldende fra 1. januar {next}.',
          },
        },
      ],
    },
  ],
  coming: {
    body: 'Hovedutvalg for teknikk og miljø',
    name: 'Møte i hovedutvalg for teknikk og miljø',
    day: { days: 8, weekday: 2 },
    start: '09:00',
    hours: 4,
    location: fjordvikCommitteeRoom,
    matters: [
      {
        title: 'Trafikksikkerhetstiltak ved Fjordvik skole',
        description:
          'Tiltak for tryggere skolevei: opphøyde gangfelt, belysning og stengt skolegård for biler.',
        nature: 'strategic',
        official: 'Stian Foss',
        receivedDaysBefore: 50,
        background:
          'Foreldreutvalget har meldt om farlige situasjoner ved av- og påstigning. Skolen ligger ved fylkesveien.',
        assessment:
          'Tre tiltak gir størst effekt per krone: opphøyde gangfelt, ny belysning og en egen henteplass for foreldre.',
        proposedDecision:
          'Hovedutvalg for teknikk og miljø vedtar trafikksikkerhetstiltakene ved Fjordvik skole som beskrevet i saksframlegget.',
      },
      {
        title: 'Utskifting av gatelys til LED',
        description: 'Gatelyset skiftes til LED i tre trinn.',
        nature: 'operational',
        official: 'Ola Solberg',
        receivedDaysBefore: 30,
        background: 'Kommunen har 1 400 gatelys, og mange av dem har kvikksølvlamper som ikke lenger selges.',
        assessment:
          'LED halverer strømforbruket. Utskiftingen tar tre år og finansieres innenfor investeringsbudsjettet.',
        proposedDecision:
          'Hovedutvalg for teknikk og miljø slutter seg til planen for utskifting av gatelys til LED.',
      },
    ],
  },
  next: {
    body: 'Hovedutvalg for teknikk og miljø',
    name: 'Møte i hovedutvalg for teknikk og miljø',
    day: { days: 36, weekday: 2 },
    start: '09:00',
    hours: 4,
    location: fjordvikCommitteeRoom,
    matters: [
      {
        title: 'Handlingsplan for klima og miljø – høringsutkast',
        description: 'Utkast til handlingsplan for klima og miljø, som skal på høring.',
        nature: 'strategic',
        official: 'Stian Foss',
        receivedDaysBefore: 40,
        background: 'Kommuneplanen har mål om 40 prosent lavere utslipp. Handlingsplanen viser hvordan.',
        assessment:
          'Utkastet har ti tiltak. De største kuttene kommer fra transport og oppvarming av kommunale bygg.',
        proposedDecision:
          'Hovedutvalg for teknikk og miljø sender utkastet til handlingsplan for klima og miljø på høring i seks uker.',
      },
    ],
    candidates: [
      {
        title: 'Parkeringsregulering ved Fjordvik havn',
        description: 'Avgiftsparkering og tidsbegrensning på havneområdet om sommeren.',
        nature: 'operational',
        official: 'Ola Solberg',
        receivedDaysBefore: 60,
        background: 'Om sommeren er parkeringen ved havna full, og bobiler står der i flere døgn.',
        assessment: 'Avgift og tre timers tidsbegrensning fra juni til august gir bedre plass for besøkende.',
        proposedDecision:
          'Hovedutvalg for teknikk og miljø vedtar parkeringsregulering ved Fjordvik havn som fremlagt.',
      },
    ],
  },
  other: [
    {
      body: 'Hovedutvalg for teknikk og miljø',
      kind: 'check_in',
      name: 'Avstemming mellom utvalgsleder og kommunalsjef for teknikk og miljø',
      description:
        'Fast avstemming mellom Hanne Myklebust og Stian Foss: bestillinger fra utvalget, saker som kommer, og hvordan samspillet fungerer.',
      day: { days: 6, weekday: 1 },
      start: '08:30',
      hours: 1,
      location: 'Kommunalsjefens kontor, Fjordvik rådhus',
      items: [
        'Bestillinger fra utvalget: status og framdrift',
        'Saker til neste møte',
        'Samspillet mellom politikk og administrasjon',
      ],
    },
    {
      body: 'Kommunestyret',
      kind: 'citizen_dialogue',
      name: 'Gjestebud: Fremtidens Fjordvik sentrum',
      description:
        'Innbyggere og lag har vært verter for gjestebud om sentrum. Nå møtes vertene og kommunestyret for å oppsummere. Alle er velkomne.',
      day: { days: 15, weekday: 3 },
      start: '18:00',
      hours: 2.5,
      location: 'Fjordvik kulturhus',
      items: ['Vertene forteller fra gjestebudene', 'Samtale i grupper', 'Hva tar kommunestyret med seg?'],
      notice: true,
    },
    {
      body: 'Hovedutvalg for teknikk og miljø',
      kind: 'dialogue',
      name: 'Dialogmøte med administrasjonen om utvalgets mål',
      description:
        'Utvalget og administrasjonen går gjennom oppfølgingen av målene og hva som bør prioriteres. Ingen vedtak fattes.',
      day: { days: 44, weekday: 3 },
      start: '09:00',
      hours: 3,
      location: fjordvikCommitteeRoom,
      items: [],
    },
  ],
};
