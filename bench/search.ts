/**
 * The search benchmark: a deterministic Swedish registry (matters with their documents) is loaded
 * into a throwaway database, then `searchMatters` is timed for a mix of queries, internally and
 * publicly, next to fetching the same rows by primary key.
 * - PostgreSQL: 1,000,000 documents in 100,000 matters; target p95 ≤ 50 ms. The admin URL is
 *   BENCH_DATABASE_URL or postgres://postgres@127.0.0.1:5432/postgres; a database
 *   samspel_bench_<random> is created, migrated and dropped.
 * - PGlite, in memory: 100,000 documents in 10,000 matters; target p95 ≤ 150 ms.
 * BENCH_SEARCH_SCALE (default 1) scales both sizes, BENCH_SEED (default 20260501) changes the data.
 */
import { randomBytes } from 'node:crypto';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { openDatabase, pgliteExtensions, selectRows, type Database, type Db } from '../server/db/client.ts';
import { migrate } from '../server/db/migrate.ts';
import { searchMatters, type SearchRow } from '../server/modules/matters/matters.repository.ts';

const seed = Number(process.env['BENCH_SEED'] ?? 20260501);
const scale = Number(process.env['BENCH_SEARCH_SCALE'] ?? 1);

// Vocabulary --------------------------------------------------------------------------------------

/** Words the Swedish stemmer drops; in running text they are the most frequent of all. */
const stopWords =
  'och i att det som en på är av för med till den har de om ett vid från efter under mot eller'.split(' ');

/** Nouns that end compounds, with their inflections (singular and plural, indefinite and definite). */
const heads = [
  'väg vägen vägar vägarna',
  'plan planen planer planerna',
  'skola skolan skolor skolorna',
  'bidrag bidraget bidragen',
  'avgift avgiften avgifter avgifterna',
  'hus huset husen',
  'park parken parker parkerna',
  'plats platsen platser platserna',
  'tjänst tjänsten tjänster tjänsterna',
  'område området områden områdena',
  'anläggning anläggningen anläggningar anläggningarna',
  'byggnad byggnaden byggnader byggnaderna',
  'förening föreningen föreningar föreningarna',
  'verksamhet verksamheten verksamheter verksamheterna',
  'boende boendet boenden',
  'lokal lokalen lokaler lokalerna',
  'ledning ledningen ledningar ledningarna',
  'nät nätet näten',
  'hall hallen hallar hallarna',
  'bana banan banor banorna',
  'gata gatan gator gatorna',
  'station stationen stationer stationerna',
  'program programmet programmen',
  'strategi strategin strategier strategierna',
  'policy policyn policyer policyerna',
  'taxa taxan taxor taxorna',
  'stöd stödet stöden',
  'tillsyn tillsynen',
  'utredning utredningen utredningar utredningarna',
  'åtgärd åtgärden åtgärder åtgärderna',
  'projekt projektet projekten',
  'belysning belysningen',
  'säkerhet säkerheten',
  'kostnad kostnaden kostnader kostnaderna',
  'ansökan ansökningar ansökningarna',
  'tillstånd tillståndet tillstånden',
  'kö kön köer köerna',
  'personal personalen',
  'råd rådet råden',
  'center centret centren',
  'skydd skyddet',
  'olycka olyckan olyckor olyckorna',
  'avtal avtalet avtalen',
  'ärende ärendet ärenden ärendena',
  'rapport rapporten rapporter rapporterna',
  'mål målet målen',
  'budget budgeten budgetar budgetarna',
  'behov behovet behoven',
  'ram ramen ramar ramarna',
  'kontroll kontrollen kontroller kontrollerna',
  'försörjning försörjningen',
  'service servicen',
  'upphandling upphandlingen upphandlingar upphandlingarna',
  'översyn översynen',
  'röjning röjningen',
  'lov lovet loven',
  'fond fonden fonder fonderna',
].map((h) => h.split(' '));

/** First elements of compounds (cykel + väg → cykelväg, snö + röjning → snöröjning). */
const prefixes = (
  'cykel gång skol förskole bostads trafik park idrotts kultur vatten avlopps miljö energi äldre ' +
  'social bygg detalj översikts budget investerings ungdoms fritids biblioteks hamn centrum industri ' +
  'natur snö gatu grundskole gymnasie omsorgs elev föräldra barn turism näringslivs företags besöks ' +
  'brand räddnings kris kvalitets digitaliserings integrations arbetsmarknads folkhälso klimat avfalls ' +
  'återvinnings järnvägs tomt mark exploaterings landsbygds stads'
).split(' ');

/** Other words of municipal texts, each with its inflections. */
const others = [
  'kommun kommunen kommuner kommunerna',
  'motion motionen motioner motionerna',
  'medborgarförslag medborgarförslaget medborgarförslagen',
  'interpellation interpellationen interpellationer interpellationerna',
  'beslut beslutet besluten',
  'nämnd nämnden nämnder nämnderna',
  'kommunstyrelse kommunstyrelsen kommunstyrelsens',
  'kommunfullmäktige kommunfullmäktiges',
  'förvaltning förvaltningen förvaltningar förvaltningarna',
  'yttrande yttrandet yttranden yttrandena',
  'remiss remissen remisser remisserna',
  'förslag förslaget förslagen',
  'uppdrag uppdraget uppdragen',
  'invånare invånaren invånarna',
  'elev eleven elever eleverna',
  'förälder föräldern föräldrar föräldrarna',
  'förskola förskolan förskolor förskolorna',
  'grundskola grundskolan grundskolor grundskolorna',
  'region regionen regioner',
  'länsstyrelse länsstyrelsen',
  'år året åren',
  'månad månaden månader månaderna',
  'tid tiden tider',
  'del delen delar delarna',
  'ort orten orter orterna',
  'stad staden städer städerna',
  'landsbygd landsbygden',
  'trafik trafiken',
  'klimat klimatet',
  'ekonomi ekonomin',
  'resultat resultatet resultaten',
  'underlag underlaget underlagen',
  'prognos prognosen prognoser prognoserna',
  'investering investeringen investeringar investeringarna',
  'fastighet fastigheten fastigheter fastigheterna',
  'sammanträde sammanträdet sammanträden',
  'protokoll protokollet protokollen',
  'handling handlingen handlingar handlingarna',
  'synpunkt synpunkten synpunkter synpunkterna',
  'ledamot ledamoten ledamöter ledamöterna',
  'ordförande ordföranden',
  'tjänsteskrivelse tjänsteskrivelsen tjänsteskrivelser',
  'samråd samrådet samråden',
  'granskning granskningen granskningar',
  'överklagande överklagandet överklaganden',
  'ny nya nytt',
  'trygg trygga tryggt tryggare',
  'säker säkra säkert säkrare',
  'kommunal kommunala kommunalt',
  'hållbar hållbara hållbart',
  'tillgänglig tillgängliga tillgängligt',
  'ökad ökade ökat',
  'minskad minskade minskat',
  'långsiktig långsiktiga långsiktigt',
  'gemensam gemensamma gemensamt',
  'offentlig offentliga offentligt',
  'allmän allmänna allmänt',
  'central centrala centralt',
  'föreslå föreslår föreslog föreslagit föreslås',
  'utreda utreder utredde utrett',
  'bygga bygger byggde byggt byggs',
  'anta antar antog antagit antas',
  'besluta beslutar beslutade beslutat',
  'inrätta inrättar inrättade inrättat',
  'förbättra förbättrar förbättrade förbättrat',
  'minska minskar minskade minskat',
  'öka ökar ökade ökat',
  'genomföra genomför genomförde genomfört',
  'återremittera återremitterar återremitterade',
  'avslå avslår avslog avslagit',
  'bifalla bifaller biföll bifallit',
  'godkänna godkänner godkände godkänt',
  'pröva prövar prövade prövat',
  'satsa satsar satsade satsat',
  'renovera renoverar renoverade renoverat',
  'riva river rev rivit',
  'anlägga anlägger anlade anlagt',
].map((w) => w.split(' '));

const places = [
  'Norrby',
  'Söderby',
  'Österby',
  'Västerby',
  'Storvik',
  'Lillån',
  'Björkhagen',
  'Ekbacken',
  'Granlunda',
  'Tallåsen',
  'Sjöstaden',
  'Kvarnbacken',
  'Hagaberg',
  'Lindvreten',
  'Strandängen',
  'Berga',
  'Fjällsta',
  'Myrby',
  'Ängsbo',
  'Åsen',
];

const correspondents = [
  'Trafikverket',
  'Länsstyrelsen',
  'Föräldraföreningen',
  'Naturskyddsföreningen',
  'Hyresgästföreningen',
  'PRO Norrby',
  'Skolverket',
  'Boverket',
  'Socialstyrelsen',
  'Lantmäteriet',
  'Polismyndigheten',
  'Räddningstjänsten',
  'Miljöförvaltningen',
  'Byggnadsnämnden',
  'Regionen',
  'Anna Svensson',
  'Erik Johansson',
  'Maria Karlsson',
  'Lars Nilsson',
  'Karin Eriksson',
  'Johan Larsson',
  'Eva Olsson',
  'Per Persson',
  'Lena Andersson',
  'Anders Gustafsson',
  'Sara Pettersson',
  'Mikael Jonsson',
  'Elin Lindberg',
  'Ahmed Hassan',
  'Fatima Ali',
];

const titleStarts = [
  'Motion om',
  'Medborgarförslag om',
  'Interpellation om',
  'Fråga om',
  'Yttrande över remiss om',
  'Utredning av',
  'Redovisning av uppdrag om',
  'Information om',
];
const matterTypes = [
  'motion',
  'citizen_proposal',
  'question',
  'question',
  'administration',
  'administration',
  'report_back',
  'information',
];
const matterStates = ['registered', 'in_preparation', 'scheduled', 'decided', 'closed'];
const directions = ['incoming', 'outgoing', 'internal', 'recommendation'];

/** Deterministic 32-bit generator (mulberry32). */
function random(s: number): () => number {
  let a = s >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Words at fixed frequency ranks, so the queries below hit common, middling and rare words. */
const pinned: Record<string, number> = {
  kommun: 3,
  detaljplan: 40,
  förskola: 120,
  bygglov: 300,
  cykelväg: 1500,
  snöröjning: 2800,
};

/**
 * The lexemes in frequency order (rank 1 first), each with its inflected forms: stop words first,
 * then the other words shuffled by the seed, with the pinned words at their ranks.
 */
export function vocabulary(): string[][] {
  const next = random(seed);
  const seen = new Set<string>(stopWords);
  const rest: string[][] = [];
  const add = (forms: string[]) => {
    const lemma = forms[0] ?? '';
    if (seen.has(lemma)) return;
    seen.add(lemma);
    rest.push(forms);
  };
  for (const forms of others) add(forms);
  for (const forms of heads) add(forms);
  for (const prefix of prefixes) for (const forms of heads) add(forms.map((f) => prefix + f));
  for (let i = rest.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [rest[i], rest[j]] = [rest[j] ?? [], rest[i] ?? []];
  }
  const pins = new Map<number, string[]>();
  const unpinned = rest.filter((forms) => {
    const rank = pinned[forms[0] ?? ''];
    if (rank === undefined) return true;
    pins.set(rank, forms);
    return false;
  });
  const queue = [...stopWords.map((w) => [w]), ...unpinned];
  const ranked: string[][] = [];
  for (let rank = 1; queue.length > 0 || pins.size > 0; rank++) {
    const pin = pins.get(rank);
    pins.delete(rank);
    const forms = pin ?? queue.shift();
    if (!forms) break;
    ranked.push(forms);
  }
  return ranked;
}

// Loading -----------------------------------------------------------------------------------------

type Sizes = { matters: number; documentsPerMatter: number };

const ZIPF_EXPONENT = 1.1;

/** A uniform number in [0, 1) from a key, the seed and a salt; the same on every run and engine. */
const uniform = (key: string, salt: number) =>
  `((hashint8extended((${key})::bigint, ${seed * 100 + salt}) & 2147483647)::float8 / 2147483648)`;
const pick = (list: string[], key: string, salt: number) =>
  `(array[${list.map((v) => `'${v.replace(/'/g, "''")}'`).join(', ')}])[1 + floor(${uniform(key, salt)} * ${list.length})::int]`;

/** Word ranks drawn from a Zipf distribution over the vocabulary (inverse of the power-law CDF). */
function zipfRank(key: string, salt: number, words: number): string {
  const low = Math.pow(words, 1 - ZIPF_EXPONENT);
  return `least(${words}, floor(power(${low - 1} * ${uniform(key, salt)} + 1, ${1 / (1 - ZIPF_EXPONENT)})))::int`;
}

/**
 * Running text for row `i`: `minWords` to `maxWords` words drawn from the vocabulary table, each an
 * inflected form of a lexeme chosen by its frequency rank.
 */
function text(i: string, minWords: number, maxWords: number, salt: number, words: number): string {
  return `(select string_agg(l.forms[1 + floor(${uniform(`${i} * 64 + g.n`, salt + 2)} * cardinality(l.forms))::int], ' ' order by g.n)
             from generate_series(1, ${minWords} + floor(${uniform(i, salt)} * ${maxWords - minWords + 1})::int) g(n)
             join bench_lexemes l on l.rank = ${zipfRank(`${i} * 64 + g.n`, salt + 1, words)})`;
}

const matterId = (index: string) => `md5('m:${seed}:' || (${index}))::uuid`;
const yearOf = (matterIndex: string, matters: number) => `(2015 + ((${matterIndex}) - 1) * 12 / ${matters})`;

async function exec(db: Db, statement: string): Promise<void> {
  await db.execute(sql.raw(statement));
}

/** Runs `work` for each item, `concurrency` at a time. */
async function inParallel<T>(
  items: T[],
  concurrency: number,
  work: (item: T) => Promise<void>,
): Promise<void> {
  const queue = [...items];
  const worker = async () => {
    for (let item = queue.shift(); item !== undefined; item = queue.shift()) await work(item);
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
}

/**
 * Runs the statement `load(from, to)` gives over [1, total] in batches, `concurrency` at a time.
 * The planner's row estimates for generate_series are far off, so JIT compilation would cost more
 * than it saves.
 */
async function inBatches(
  db: Db,
  total: number,
  concurrency: number,
  load: (from: number, to: number) => string,
): Promise<void> {
  const batch = 25_000;
  let next = 1;
  const worker = async () => {
    while (next <= total) {
      const from = next;
      next += batch;
      await db.transaction(async (tx) => {
        await tx.execute(sql`set local jit = off`);
        await tx.execute(sql.raw(load(from, Math.min(total, from + batch - 1))));
      });
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
}

/**
 * Loads one Swedish municipality's registry. The migration's indexes on the two tables are dropped
 * before loading and created again afterwards from their own definitions, so they stay identical.
 */
async function load(database: Database, sizes: Sizes): Promise<{ municipalityId: string; timings: string }> {
  const { db } = database;
  const lexemes = vocabulary();
  const words = lexemes.length;
  const matters = sizes.matters;
  const documents = matters * sizes.documentsPerMatter;
  const municipalityId = (
    await selectRows<{ id: string }>(db, sql`select md5(${`municipality:${seed}`})::uuid::text as id`)
  )[0]?.id;
  if (!municipalityId) throw new Error('no municipality id');
  const started = performance.now();

  await db.execute(sql`create table bench_lexemes (rank integer primary key, forms text[] not null)`);
  await db.execute(
    sql`insert into bench_lexemes
        select (e.ordinality)::int, array(select jsonb_array_elements_text(e.value))
          from jsonb_array_elements(${JSON.stringify(lexemes)}::jsonb) with ordinality e`,
  );
  await db.execute(
    sql`insert into municipalities (id, slug, name, jurisdiction, code, population, default_locale)
        values (${municipalityId}, 'benchby', 'Benchby kommun', 'se', '9999', 100000, 'sv')`,
  );
  const indexes = await selectRows<{ name: string; definition: string }>(
    db,
    sql`select indexname as name, indexdef as definition from pg_indexes
         where schemaname = 'public' and tablename in ('matters', 'matter_documents')
           and indexname not in (select conname from pg_constraint)`,
  );
  for (const index of indexes) await exec(db, `drop index "${index.name}"`);

  // PostgreSQL generates on one core per connection; the embedded database has a single connection.
  const concurrency = database.kind === 'postgres' ? 2 : 1;
  await inBatches(db, matters, concurrency, (from, to) => {
    const confidential = `${uniform('t.i', 20)} < 0.02`;
    return `insert into matters (id, municipality_id, year, sequence, registry_number, title, public_title, description,
                            type, nature, state, received_on, confidential, confidentiality_ground, search_config)
       select ${matterId('t.i')}, '${municipalityId}', ${yearOf('t.i', matters)}, t.i,
              'KS ' || ${yearOf('t.i', matters)} || '/' || lpad(t.i::text, 6, '0'),
              t.title, case when ${confidential} then 'Ärende om enskild' else t.title end,
              upper(left(t.body, 1)) || substr(t.body, 2) || '.',
              ${pick(matterTypes, 't.i', 21)}, ${pick(['strategic', 'operational'], 't.i', 22)},
              ${pick(matterStates, 't.i', 23)},
              make_date(${yearOf('t.i', matters)}, 1, 1) + floor(${uniform('t.i', 24)} * 360)::int,
              ${confidential}, case when ${confidential} then 'OSL 26 kap. 1 §' end, 'swedish'
         from (select i, ${pick(titleStarts, 'i', 21)} || ' ' || ${text('i', 2, 5, 30, words)}
                         || case when ${uniform('i', 26)} < 0.5 then ' i ' || ${pick(places, 'i', 27)} else '' end as title,
                      ${text('i', 12, 40, 40, words)} as body
                 from generate_series(${from}, ${to}) i) t`;
  });
  const mattersLoaded = performance.now();

  const per = sizes.documentsPerMatter;
  await inBatches(db, documents, concurrency, (from, to) => {
    const matter = `((t.i - 1) / ${per} + 1)`;
    const confidential = `${uniform('t.i', 50)} < 0.04`;
    const date = `make_date(${yearOf(matter, matters)}, 1, 1) + floor(${uniform('t.i', 51)} * 360)::int`;
    return `insert into matter_documents (id, municipality_id, matter_id, number, journal_year, journal_sequence,
                                     direction, status, document_date, registered_on, correspondent, description,
                                     public_description, confidential, confidentiality_ground, search_config)
       select md5('d:${seed}:' || t.i)::uuid, '${municipalityId}', ${matterId(matter)}, (t.i - 1) % ${per} + 1,
              ${yearOf(matter, matters)}, t.i, ${pick(directions, 't.i', 52)}, 'registered', ${date}, ${date},
              case when ${uniform('t.i', 53)} < 0.4 then ${pick(correspondents, 't.i', 54)} end,
              t.body, case when ${confidential} then 'Handling med uppgifter om enskild' else t.body end,
              ${confidential}, case when ${confidential} then 'OSL 26 kap. 1 §' end, 'swedish'
         from (select i, upper(left(b.body, 1)) || substr(b.body, 2) || '.' as body
                 from generate_series(${from}, ${to}) i, lateral ${text('i', 10, 35, 60, words)} b(body)) t`;
  });
  const documentsLoaded = performance.now();

  // Largest first, so the two connections finish together.
  const byWork = [...indexes].sort(
    (a, b) => Number(/gin/i.test(b.definition)) - Number(/gin/i.test(a.definition)),
  );
  await inParallel(byWork, concurrency, (index) =>
    db.transaction(async (tx) => {
      if (database.kind === 'postgres') await tx.execute(sql`set local maintenance_work_mem = '512MB'`);
      await tx.execute(sql.raw(index.definition));
    }),
  );
  const indexed = performance.now();
  await exec(db, 'drop table bench_lexemes');
  await inParallel(['matters', 'matter_documents'], concurrency, (table) =>
    exec(db, `vacuum (analyze) ${table}`),
  );
  const done = performance.now();
  const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  return {
    municipalityId,
    timings:
      `loaded in ${s(done - started)} (matters ${s(mattersLoaded - started)}, documents ${s(documentsLoaded - mattersLoaded)}, ` +
      `${indexes.length} indexes ${s(indexed - documentsLoaded)}, vacuum and analyze ${s(done - indexed)})`,
  };
}

// Measuring ---------------------------------------------------------------------------------------

const queries: Array<{ kind: string; q: string }> = [
  { kind: 'rare word', q: 'snöröjning' },
  { kind: 'rare word', q: 'cykelväg' },
  { kind: 'common word', q: 'kommun' },
  { kind: 'common word', q: 'detaljplan' },
  { kind: 'two words', q: 'detaljplan förskola' },
  { kind: 'two words', q: 'bygglov kommunen' },
  { kind: 'inflected form', q: 'cykelvägarna' },
  { kind: 'inflected form', q: 'förskolorna' },
  { kind: 'misspelled title word', q: 'snöröjnig' },
  { kind: 'misspelled title word', q: 'detaljpaln' },
];

const percentile = (sorted: number[], p: number) =>
  sorted.length === 0 ? NaN : (sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] ?? NaN);
const ms = (v: number) => `${v.toFixed(1)} ms`;

function summary(values: number[]): { p50: number; p95: number } {
  const sorted = [...values].sort((a, b) => a - b);
  return { p50: percentile(sorted, 0.5), p95: percentile(sorted, 0.95) };
}

async function measure(
  label: string,
  database: Database,
  municipalityId: string,
  targetMs: number,
  budgetMs: number,
): Promise<void> {
  const { db } = database;
  const run = (q: string, publicOnly: boolean) =>
    searchMatters(db, {
      municipalityId,
      config: 'swedish',
      q,
      publicOnly,
      filter: {},
      limit: 21,
      offset: 0,
    });
  const baseline = async (rows: SearchRow[]) => {
    const documentIds = rows.flatMap((r) => (r.document_id ? [r.document_id] : []));
    const matterIds = rows.flatMap((r) => (r.document_id ? [] : [r.matter_id]));
    const started = performance.now();
    await db.execute(
      sql`select id, description from matter_documents where id = any(${sql.param(documentIds)}::uuid[])
          union all
          select id, title from matters where id = any(${sql.param(matterIds)}::uuid[])`,
    );
    return performance.now() - started;
  };

  const frequencies = await selectRows<{ q: string; documents: number; matters: number }>(
    db,
    sql`select w.q,
               (select count(*) from matter_documents where search @@ websearch_to_tsquery('swedish', w.q))::int as documents,
               (select count(*) from matters where search @@ websearch_to_tsquery('swedish', w.q))::int as matters
          from unnest(${sql.param(['kommun', 'detaljplan', 'förskola', 'bygglov', 'cykelväg', 'snöröjning'])}::text[]) w(q)`,
  );
  console.log(
    `  documents (matters) containing: ${frequencies.map((f) => `${f.q} ${f.documents.toLocaleString('en')} (${f.matters.toLocaleString('en')})`).join(', ')}`,
  );

  for (const { q } of queries) for (const publicOnly of [false, true]) await run(q, publicOnly);

  const total = 200;
  const samples: Array<{
    kind: string;
    publicOnly: boolean;
    search: number;
    baseline: number;
    hits: number;
  }> = [];
  const until = performance.now() + budgetMs;
  for (let i = 0; i < total && performance.now() < until; i++) {
    const query = queries[Math.floor(i / 2) % queries.length] ?? queries[0];
    if (!query) break;
    const publicOnly = i % 2 === 1;
    const started = performance.now();
    const rows = await run(query.q, publicOnly);
    const search = performance.now() - started;
    samples.push({ kind: query.kind, publicOnly, search, baseline: await baseline(rows), hits: rows.length });
  }

  const all = summary(samples.map((s) => s.search));
  const base = summary(samples.map((s) => s.baseline));
  const part = (publicOnly: boolean) =>
    summary(samples.filter((s) => s.publicOnly === publicOnly).map((s) => s.search));
  const internal = part(false);
  const pub = part(true);
  const kinds = [...new Set(queries.map((q) => q.kind))].map((kind) => {
    const p = summary(samples.filter((s) => s.kind === kind).map((s) => s.search));
    return `${kind} ${ms(p.p50)} / ${ms(p.p95)}`;
  });
  console.log(
    `  searchMatters, ${samples.length} queries after a warm-up (half internal, half public; 21 hits asked for, ` +
      `${(samples.reduce((sum, s) => sum + s.hits, 0) / Math.max(1, samples.length)).toFixed(1)} returned on average): ` +
      `p50 ${ms(all.p50)}, p95 ${ms(all.p95)}`,
  );
  console.log(
    `    internal p50 ${ms(internal.p50)}, p95 ${ms(internal.p95)}; public p50 ${ms(pub.p50)}, p95 ${ms(pub.p95)}`,
  );
  console.log(`    by kind, p50 / p95: ${kinds.join('; ')}`);
  console.log(`  baseline, the same rows by primary key: p50 ${ms(base.p50)}, p95 ${ms(base.p95)}`);
  console.log(
    `  search / baseline: p50 ${(all.p50 / base.p50).toFixed(1)}×, p95 ${(all.p95 / base.p95).toFixed(1)}×; ` +
      `${label} target p95 ≤ ${targetMs} ms: ${all.p95 <= targetMs ? 'met' : 'NOT met'}` +
      (samples.length < total ? ` (time budget reached after ${samples.length} of ${total} queries)` : ''),
  );
}

// Engines -----------------------------------------------------------------------------------------

async function benchPostgres(): Promise<void> {
  const adminUrl = process.env['BENCH_DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const name = `samspel_bench_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 5000 });
  try {
    await admin.connect();
    await admin.query(`create database ${name}`);
  } catch (error) {
    await admin.end().catch(() => {});
    console.log(
      `search, PostgreSQL: skipped, ${adminUrl.replace(/:[^:@/]*@/, ':***@')} is not reachable (${(error as Error).message})`,
    );
    return;
  }
  let database: Database | undefined;
  try {
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    database = await openDatabase({ kind: 'postgres', url: url.toString() });
    await migrate(database);
    const version = (
      await selectRows<{ v: string }>(database.db, sql`select current_setting('server_version') as v`)
    )[0]?.v;
    const sizes = { matters: Math.round(100_000 * scale), documentsPerMatter: 10 };
    console.log(
      `search, PostgreSQL ${version}: loading ${(sizes.matters * sizes.documentsPerMatter).toLocaleString('en')} documents in ${sizes.matters.toLocaleString('en')} matters …`,
    );
    const { municipalityId, timings } = await load(database, sizes);
    console.log(`  ${timings}`);
    await measure('PostgreSQL', database, municipalityId, 50, 120_000);
  } finally {
    await database?.close();
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
}

async function benchPglite(): Promise<void> {
  const client = await PGlite.create({ extensions: pgliteExtensions });
  const database = await openDatabase({ kind: 'pglite', client });
  try {
    await migrate(database);
    const sizes = { matters: Math.round(10_000 * scale), documentsPerMatter: 10 };
    console.log(
      `search, PGlite (embedded, in memory): loading ${(sizes.matters * sizes.documentsPerMatter).toLocaleString('en')} documents in ${sizes.matters.toLocaleString('en')} matters …`,
    );
    const { municipalityId, timings } = await load(database, sizes);
    console.log(`  ${timings}`);
    await measure('PGlite', database, municipalityId, 150, 120_000);
  } finally {
    await database.close();
  }
}

/** Both engines: PostgreSQL when reachable, then the embedded PGlite. */
export async function benchSearch(): Promise<void> {
  await benchPostgres();
  await benchPglite();
}
