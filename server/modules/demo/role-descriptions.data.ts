import type { RoleType } from '../../../common/organisation.ts';

type Text = { decides: string; leaves: string };

/**
 * "Who does what": role descriptions built on the split the platform grew from — politics decides
 * what is to be achieved and why, the profession decides how. Solvik writes Swedish (with an
 * English translation), Fjordvik bokmål (with nynorsk and English).
 */
export const solvikRoleDescriptions: Record<RoleType, { sv: Text; en: Text }> = {
  council_member: {
    sv: {
      decides:
        'Fullmäktige beslutar om kommunens mål och inriktning, budget och skattesats, organisation och reglementen. Som ledamot företräder du invånarna, prioriterar mellan behov och följer upp att målen nås.',
      leaves:
        'Hur verksamheten organiseras i vardagen, vem som anställs och hur ett enskilt ärende handläggs lämnar fullmäktige till nämnderna och förvaltningen. Ställ frågor om resultat, inte om arbetsmetoder.',
    },
    en: {
      decides:
        'The council decides the municipality’s goals and direction, the budget and tax rate, the organisation and its regulations. As a member you represent the residents, choose between needs and follow up that the goals are met.',
      leaves:
        'How services are organised day to day, who is hired and how an individual case is handled is left to the committees and the administration. Ask about results, not about working methods.',
    },
  },
  chair: {
    sv: {
      decides:
        'Ordföranden leder nämndens arbete: planerar sammanträdena med förvaltningen, leder beslutsprocessen så att alla förslag prövas och har utslagsröst vid lika röstetal. Ordföranden får fatta brådskande beslut på nämndens vägnar och anmäler dem vid nästa sammanträde.',
      leaves:
        'Ordföranden leder inte förvaltningen. Uppdrag till tjänstepersoner går genom förvaltningschefen, och den löpande dialogen sker i de återkommande avstämningarna – inte genom direkta beställningar till enskilda handläggare.',
    },
    en: {
      decides:
        'The chair leads the committee’s work: plans meetings with the administration, leads the decision process so that every proposal is considered, and has the casting vote in a tie. The chair may take urgent decisions on the committee’s behalf and reports them at the next meeting.',
      leaves:
        'The chair does not run the administration. Assignments to officials go through the head of department, and the ongoing dialogue happens in the regular check-ins — not through direct orders to individual case officers.',
    },
  },
  committee_member: {
    sv: {
      decides:
        'Nämnden beslutar inom sitt reglemente: mål för verksamheten inom fullmäktiges ramar, fördelning av budgeten och ärenden av principiell betydelse. Som ledamot läser du handlingarna, deltar i beredningen och tar ansvar för helheten.',
      leaves:
        'Det som nämnden har delegerat beslutas av tjänstepersoner och anmäls till nämnden. Professionella bedömningar i enskilda ärenden – pedagogik, vård, myndighetsutövning – görs av förvaltningen.',
    },
    en: {
      decides:
        'The committee decides within its regulation: goals for its services within the council’s frames, how the budget is allocated, and matters of principle. As a member you read the papers, take part in the preparation and take responsibility for the whole.',
      leaves:
        'What the committee has delegated is decided by officials and reported to the committee. Professional judgements in individual cases — teaching, care, the exercise of public authority — are made by the administration.',
    },
  },
  director: {
    sv: {
      decides:
        'Kommundirektören leder förvaltningen enligt den instruktion kommunstyrelsen har gett: ser till att ärenden bereds allsidigt och sakligt, att beslut verkställs utan dröjsmål och att förvaltningen har rätt kompetens.',
      leaves:
        'Vilka mål kommunen ska nå och hur resurserna prioriteras avgör de förtroendevalda. Kommundirektören ger underlag och alternativ, och säger ifrån när ett förslag inte går att genomföra lagligt eller inom ramen.',
    },
    en: {
      decides:
        'The director leads the administration under the instruction the executive board has given: makes sure matters are prepared thoroughly and objectively, that decisions are carried out without delay, and that the administration has the right skills.',
      leaves:
        'Which goals the municipality pursues and how resources are prioritised is for the elected members. The director provides evidence and options, and speaks up when a proposal cannot be carried out lawfully or within the frame.',
    },
  },
  department_head: {
    sv: {
      decides:
        'Förvaltningschefen ansvarar för att verksamheten når nämndens mål inom budget: organiserar arbetet, anställer, fattar delegerade beslut och vidaredelegerar när nämnden tillåter det.',
      leaves:
        'Målen, budgetfördelningen och frågor av principiell vikt lämnas till nämnden. Chefen redovisar resultat och risker öppet vid varje avstämning, även när nyheterna är dåliga.',
    },
    en: {
      decides:
        'The head of department makes sure the services reach the committee’s goals within budget: organises the work, hires staff, takes delegated decisions and sub-delegates when the committee allows it.',
      leaves:
        'The goals, the allocation of the budget and matters of principle are left to the committee. The head reports results and risks openly at every check-in, also when the news is bad.',
    },
  },
  case_officer: {
    sv: {
      decides:
        'Handläggaren utreder ärenden sakligt och opartiskt, skriver tjänsteskrivelsen med förslag till beslut och fattar de beslut som delegerats till hen – alltid med likabehandling och rättssäkerhet som grund.',
      leaves:
        'Att väga politiska intressen mot varandra är de förtroendevaldas uppgift. Handläggaren beskriver konsekvenserna av olika alternativ men låter inte sin egen politiska uppfattning styra underlaget.',
    },
    en: {
      decides:
        'The case officer investigates matters objectively and impartially, writes the report with a proposed decision, and takes the decisions delegated to them — always founded on equal treatment and legal certainty.',
      leaves:
        'Weighing political interests against each other is the elected members’ task. The case officer describes the consequences of the options but does not let their own political views shape the report.',
    },
  },
  secretary: {
    sv: {
      decides:
        'Nämndsekreteraren ansvarar för att sammanträdena går rätt till: kallelse i tid, diarieföring, protokoll som justeras inom fjorton dagar och anslag på den digitala anslagstavlan så att överklagandetiden börjar löpa.',
      leaves:
        'Innehållet i ärendena och besluten är nämndens och handläggarnas. Sekreteraren ger råd om formerna – jäv, beslutsförhet, delegation – men tar inte ställning i sak.',
    },
    en: {
      decides:
        'The committee secretary makes sure meetings are lawful: notice in time, registration, minutes signed within fourteen days, and posting on the digital notice board so that the appeal period starts.',
      leaves:
        'The substance of matters and decisions belongs to the committee and the case officers. The secretary advises on form — conflicts of interest, quorum, delegation — but takes no position on substance.',
    },
  },
};

export const fjordvikRoleDescriptions: Record<RoleType, { nb: Text; nn: Text; en: Text }> = {
  council_member: {
    nb: {
      decides:
        'Kommunestyret er kommunens øverste organ: vedtar få og tydelige mål, budsjett og økonomiplan, planstrategi og delegeringsreglement. Som folkevalgt har du både en styringsrolle og en ombudsrolle for innbyggerne.',
      leaves:
        'Hvordan tjenestene løses i praksis, og enkeltsaker uten prinsipiell betydning, er delegert til kommunedirektøren. Still krav til resultater og rapportering, ikke til arbeidsmåter.',
    },
    nn: {
      decides:
        'Kommunestyret er det øvste organet i kommunen: vedtek få og tydelege mål, budsjett og økonomiplan, planstrategi og delegeringsreglement. Som folkevald har du både ei styringsrolle og ei ombodsrolle for innbyggjarane.',
      leaves:
        'Korleis tenestene vert løyste i praksis, og enkeltsaker utan prinsipiell verdi, er delegert til kommunedirektøren. Still krav til resultat og rapportering, ikkje til arbeidsmåtar.',
    },
    en: {
      decides:
        'The council is the municipality’s highest body: it adopts a few clear goals, the budget and financial plan, the planning strategy and the delegation rules. As an elected member you have both a governing role and an ombud role for the residents.',
      leaves:
        'How services are delivered in practice, and individual matters without principle, are delegated to the director. Set requirements for results and reporting, not for working methods.',
    },
  },
  chair: {
    nb: {
      decides:
        'Lederen (ordføreren i kommunestyret) leder møtene, sørger for at sakene blir godt nok belyst før vedtak, har dobbeltstemme ved stemmelikhet og representerer organet utad.',
      leaves:
        'Lederen instruerer ikke administrasjonen. Bestillinger går til kommunedirektøren, og dialogen med administrasjonen skjer i faste avstemmingsmøter.',
    },
    nn: {
      decides:
        'Leiaren (ordføraren i kommunestyret) leier møta, syter for at sakene er godt nok opplyste før vedtak, har dobbeltrøyst ved røystelikskap og representerer organet utetter.',
      leaves:
        'Leiaren instruerer ikkje administrasjonen. Bestillingar går til kommunedirektøren, og dialogen med administrasjonen skjer i faste avstemmingsmøte.',
    },
    en: {
      decides:
        'The chair (the mayor in the council) leads meetings, makes sure matters are sufficiently clarified before a decision, has the casting vote in a tie and represents the body.',
      leaves:
        'The chair does not instruct the administration. Orders go to the director, and the dialogue with the administration happens in regular check-in meetings.',
    },
  },
  committee_member: {
    nb: {
      decides:
        'Utvalget vedtar innenfor sitt mandat og gir innstilling til kommunestyret. Som medlem setter du deg inn i saksframlegget, deltar i debatten og stemmer – stemmeplikt gjelder.',
      leaves:
        'Det utvalget har delegert videre, avgjøres av administrasjonen. Faglige vurderinger i enkeltsaker tilhører fagfolkene.',
    },
    nn: {
      decides:
        'Utvalet vedtek innanfor mandatet sitt og gjev innstilling til kommunestyret. Som medlem set du deg inn i saksframlegget, deltek i debatten og røystar – røysteplikt gjeld.',
      leaves:
        'Det utvalet har delegert vidare, vert avgjort av administrasjonen. Faglege vurderingar i enkeltsaker høyrer til fagfolka.',
    },
    en: {
      decides:
        'The committee decides within its mandate and makes recommendations to the council. As a member you study the case presentation, take part in the debate and vote — voting is a duty.',
      leaves:
        'What the committee has delegated onwards is decided by the administration. Professional judgements in individual cases belong to the professionals.',
    },
  },
  director: {
    nb: {
      decides:
        'Kommunedirektøren leder hele administrasjonen, sørger for at sakene som legges fram er forsvarlig utredet, og at vedtak blir iverksatt uten ugrunnet opphold. Har det løpende personalansvaret.',
      leaves:
        'Hva kommunen skal prioritere, er et politisk valg. Kommunedirektøren gir faglige råd og alternativer – også råd politikerne ikke vil høre – og skiller tydelig mellom politiske og administrative planer.',
    },
    nn: {
      decides:
        'Kommunedirektøren leier heile administrasjonen, syter for at sakene som vert lagde fram er forsvarleg utgreidde, og at vedtak vert sette i verk utan ugrunna opphald. Har det løpande personalansvaret.',
      leaves:
        'Kva kommunen skal prioritere, er eit politisk val. Kommunedirektøren gjev faglege råd og alternativ – også råd politikarane ikkje vil høyre – og skil tydeleg mellom politiske og administrative planar.',
    },
    en: {
      decides:
        'The director leads the whole administration, makes sure that the matters presented are properly investigated, and that decisions are implemented without undue delay. Holds the day-to-day personnel responsibility.',
      leaves:
        'What the municipality prioritises is a political choice. The director gives professional advice and options — also advice the politicians would rather not hear — and keeps political and administrative plans clearly apart.',
    },
  },
  department_head: {
    nb: {
      decides:
        'Kommunalsjefen leder sitt tjenesteområde innenfor vedtatte mål og rammer, tar avgjørelser etter delegasjon fra kommunedirektøren og rapporterer måloppnåelse og avvik.',
      leaves:
        'Mål og prioriteringer mellom tjenesteområder avgjøres politisk. Kommunalsjefen involverer politikerne tidlig i saker som kan bli prinsipielle.',
    },
    nn: {
      decides:
        'Kommunalsjefen leier tenesteområdet sitt innanfor vedtekne mål og rammer, tek avgjerder etter delegasjon frå kommunedirektøren og rapporterer måloppnåing og avvik.',
      leaves:
        'Mål og prioriteringar mellom tenesteområde vert avgjorde politisk. Kommunalsjefen involverer politikarane tidleg i saker som kan verte prinsipielle.',
    },
    en: {
      decides:
        'The head of department leads their service area within the adopted goals and frames, takes decisions delegated by the director, and reports goal achievement and deviations.',
      leaves:
        'Goals and priorities between service areas are decided politically. The head involves the politicians early in matters that may become matters of principle.',
    },
  },
  case_officer: {
    nb: {
      decides:
        'Saksbehandleren utreder saken, skriver saksframlegget med en faglig begrunnet innstilling og fatter vedtak i saker som er delegert – med likebehandling og god forvaltningsskikk.',
      leaves:
        'Politiske avveininger overlates til de folkevalgte. Saksframlegget viser alternativene og konsekvensene, slik at politikerne kan velge.',
    },
    nn: {
      decides:
        'Saksbehandlaren greier ut saka, skriv saksframlegget med ei fagleg grunngjeven innstilling og gjer vedtak i saker som er delegerte – med likehandsaming og god forvaltingsskikk.',
      leaves:
        'Politiske avvegingar vert overlatne til dei folkevalde. Saksframlegget viser alternativa og konsekvensane, slik at politikarane kan velje.',
    },
    en: {
      decides:
        'The case officer investigates the matter, writes the case presentation with a professionally grounded recommendation, and decides delegated matters — with equal treatment and good administrative practice.',
      leaves:
        'Political trade-offs are left to the elected members. The case presentation shows the options and their consequences, so the politicians can choose.',
    },
  },
  secretary: {
    nb: {
      decides:
        'Utvalgssekretæren sørger for innkalling med saksliste i rimelig tid, kunngjøring, møtebok med avstemningsresultat og at lukkede møter har hjemmel ført i protokollen.',
      leaves:
        'Sakens innhold tilhører utvalget og saksbehandlerne. Sekretæren gir råd om saksbehandlingsregler – habilitet, vedtaksførhet, møteoffentlighet – men tar ikke stilling i saken.',
    },
    nn: {
      decides:
        'Utvalssekretæren syter for innkalling med saksliste i rimeleg tid, kunngjering, møtebok med røysteresultat og at lukka møte har heimel ført i protokollen.',
      leaves:
        'Innhaldet i saka høyrer til utvalet og saksbehandlarane. Sekretæren gjev råd om sakshandsamingsreglar – habilitet, vedtaksføre, møteoffentlegheit – men tek ikkje stilling i saka.',
    },
    en: {
      decides:
        'The committee secretary makes sure of the notice with agenda in reasonable time, public announcement, minutes with the voting results, and that closed meetings have their legal basis recorded.',
      leaves:
        'The substance belongs to the committee and the case officers. The secretary advises on procedure — impartiality, quorum, open meetings — but takes no position on the matter.',
    },
  },
};
