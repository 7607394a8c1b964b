// Builds src/gazetteer/units.json and src/gazetteer/PROVENANCE.md from the official unit CSVs in
// ../shared/data/admin-units and the communes of 1 July 2025 in scripts/data/communes-2025.csv
// (scripts/build-communes-2025.ts). Users have no ../shared, so both outputs are committed;
// rerunning on the same CSVs gives byte-identical files (tests/gazetteer.test.ts checks that).
//
//   npm run gazetteer                       # default input and output
//   tsx scripts/build-gazetteer.ts [CSV_DIR] [--out DIR]
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { COMMUNES_2025_COMMIT, COMMUNES_2025_DIR, COMMUNES_2025_FILE, COMMUNES_2025_HEADER } from './build-communes-2025.ts';

const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));
export const DEFAULT_CSV_DIR = resolve(REPO_ROOT, '../shared/data/admin-units');
export const DEFAULT_OUT_DIR = resolve(REPO_ROOT, 'src/gazetteer');
/** The project's own unit CSV (the 2025 communes), beside the scripts that build it and read it. */
export const REPO_DATA_DIR = COMMUNES_2025_DIR;

/** Bumped when the layout of units.json changes, so the loader can refuse a file it cannot read. */
export const FORMAT = 2;

// Facts from ../shared/data/admin-units/PROVENANCE.md. They are prose there, so they are restated
// here; build() checks that every commit and date below still occurs in that file.
const CSV_BUILD = { script: 'build.py', date: '2026-11-23' };
const GSO_STATE = '2025-03-01';
/** Districts were abolished and the 34 provinces took effect on this day (NQ 202/2025/QH15). */
const REFORM_DATE = '2025-07-01';
const SOURCES = [
  {
    id: 'A',
    repo: 'daohoangson/dvhcvn',
    paths: ['data/dvhcvn.json'],
    commit: 'eaddcea82fc336d59e908989f04178c336a9db10',
    date: '2025-02-18',
    license: 'GPL-3.0',
    used: 'GSO list (danhmuchanhchinh.gso.gov.vn) with data_date 01/03/2025: the 63 provinces, districts and communes before 1 July 2025',
  },
  {
    id: "A'",
    repo: 'daohoangson/dvhcvn',
    paths: ['data/dvhcvn.json (every version reachable from the commit)'],
    commit: '4b1b6b59c5880c620722663bcb48c5c105364be5',
    date: '2025-07-14',
    license: 'GPL-3.0',
    used: 'district history: 20 GSO snapshots, data_date 11/09/2019 to 01/03/2025',
  },
  {
    id: 'B',
    repo: 'dvhcvn/20250701',
    paths: ['input/docs/915_CTK-CSCL.csv', 'mapping/splits.json', 'input/docs/60-NQ_TW.md', 'mapping/merges.json'],
    commit: 'dd94887ce32324380bc5bb0a76fe39867dafc73b',
    date: '2025-07-12',
    license: 'MIT',
    used: 'codes of the 34 provinces from 1 July 2025 (GSO letter 915/CTK-CSCL) and the 63-to-34 mapping, checked against the annex of Nghị quyết 60-NQ/TW; the 3,321 commune-level units from 1 July 2025 (mapping/merges.json, through scripts/build-communes-2025.ts)',
  },
  {
    id: 'C',
    repo: 'ThangLeQuoc/vietnamese-provinces-database',
    paths: ['json/simplified_json_generated_data_vn_units.json'],
    commit: 'fac63085ebd479633cfad284455df8f663eefb86',
    date: '2025-03-12',
    license: 'MIT',
    used: 'cross-check only (same 696 district codes)',
  },
] as const;
/**
 * Provinces whose name or kind changed inside the 2024 era: [code, former name, former kind, date of change].
 * PROVENANCE.md: "Thừa Thiên Huế became the centrally-run city Huế on 1/1/2025".
 */
const PROVINCE_HISTORY: readonly (readonly [string, string, string, string])[] = [
  ['46', 'Thừa Thiên Huế', 'tinh', '2025-01-01'],
];
const PROVENANCE_PHRASES = [
  `Built on ${CSV_BUILD.date}`,
  'Thừa Thiên Huế became the centrally-run city Huế on 1/1/2025',
  ...SOURCES.map((s) => s.commit),
];

const INPUTS = {
  provinces2024: { file: 'provinces-2024.csv', header: 'code,name,type,slug', rows: 63 },
  provinces2025: { file: 'provinces-2025.csv', header: 'code,name,type,slug', rows: 34 },
  merger: { file: 'province-merger-2025.csv', header: 'old_code,old_name,new_name,new_slug', rows: 63 },
  districts: { file: 'districts-history.csv', header: 'code,name,type,province_code,first_seen,last_seen', rows: 752 },
  communes: { file: 'communes-2024.csv', header: 'code,name,type,district_code', rows: 10035 },
} as const;
type InputName = keyof typeof INPUTS;
type InputSpec = { file: string; header: string; rows: number };
/** In REPO_DATA_DIR: 2,621 xã, 687 phường and 13 đặc khu under the 34 provinces. */
const COMMUNES_2025: InputSpec = { file: COMMUNES_2025_FILE, header: COMMUNES_2025_HEADER, rows: 3321 };

const PROVINCE_KINDS = new Set(['tinh', 'thanh-pho-trung-uong']);
const DISTRICT_TYPES = new Set(['huyen', 'quan', 'thi-xa', 'thanh-pho']);
const COMMUNE_TYPES = new Set(['xa', 'phuong', 'thi-tran']);
const COMMUNE_2025_TYPES = new Set(['xa', 'phuong', 'dac-khu']);
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

class InputError extends Error {}

function check(condition: boolean, message: string): asserts condition {
  if (!condition) throw new InputError(message);
}

/** The CSVs are plain (PROVENANCE.md: no quotes, no BOM, LF, NFC), so a split is a full parser; check it is. */
function readCsv(dir: string, { file, header, rows: expected }: InputSpec): { rows: string[][]; sha256: string } {
  const bytes = readFileSync(join(dir, file));
  const text = bytes.toString('utf8');
  check(!text.includes('"') && !text.includes('\r') && !text.startsWith('\ufeff'), `${file}: quotes, CR or BOM; the parser here does not handle them`);
  const lines = text.split('\n');
  check(lines.pop() === '', `${file}: no final newline`);
  check(lines.shift() === header, `${file}: header is not "${header}"`);
  const width = header.split(',').length;
  const rows = lines.map((line, i) => {
    const fields = line.split(',');
    check(fields.length === width, `${file}:${i + 2}: ${fields.length} fields, expected ${width}`);
    for (const f of fields) check(f === f.normalize('NFC') && f === f.trim() && f !== '', `${file}:${i + 2}: empty, untrimmed or non-NFC field "${f}"`);
    return fields;
  });
  check(rows.length === expected, `${file}: ${rows.length} rows, expected ${expected}`);
  return { rows, sha256: createHash('sha256').update(bytes).digest('hex') };
}

const byFields = (a: readonly string[], b: readonly string[]): number => {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a[i] ?? '';
    const y = b[i] ?? '';
    if (x !== y) return x < y ? -1 : 1;
  }
  return a.length - b.length;
};

export type BuildOutput = { json: string; provenanceMd: string };

export function build(csvDir: string, dataDir: string = REPO_DATA_DIR): BuildOutput {
  // Whitespace collapsed because the prose wraps lines anywhere.
  const provenanceText = readFileSync(join(csvDir, 'PROVENANCE.md'), 'utf8').replace(/\s+/g, ' ');
  for (const phrase of PROVENANCE_PHRASES) {
    check(provenanceText.includes(phrase), `PROVENANCE.md no longer says "${phrase}": update the facts in scripts/build-gazetteer.ts`);
  }

  const inputs = Object.fromEntries(
    (Object.keys(INPUTS) as InputName[]).map((name) => [name, readCsv(csvDir, INPUTS[name])]),
  ) as Record<InputName, ReturnType<typeof readCsv>>;

  const provinces2024 = inputs.provinces2024.rows.map(([code, name, kind, slug]) => {
    check(/^\d{2}$/.test(code!) && PROVINCE_KINDS.has(kind!), `provinces-2024: bad row ${code}`);
    return [code!, name!, kind!, slug!];
  }).sort(byFields);
  const provinces2025 = inputs.provinces2025.rows.map(([code, name, kind, slug]) => {
    check(/^\d{2}$/.test(code!) && PROVINCE_KINDS.has(kind!), `provinces-2025: bad row ${code}`);
    return [code!, name!, kind!, slug!];
  }).sort(byFields);
  const p2024ByCode = new Map(provinces2024.map((p) => [p[0]!, p]));
  const p2025BySlug = new Map(provinces2025.map((p) => [p[3]!, p]));
  check(p2024ByCode.size === 63 && p2025BySlug.size === 34, 'duplicate province code or 2025 slug');

  const merger = inputs.merger.rows.map(([oldCode, oldName, newName, newSlug]) => {
    const old = p2024ByCode.get(oldCode!);
    const target = p2025BySlug.get(newSlug!);
    check(old?.[1] === oldName, `merger: ${oldCode} ${oldName} is not in provinces-2024`);
    check(target !== undefined && target[1] === newName, `merger: ${newName} (${newSlug}) is not in provinces-2025`);
    return [oldCode!, target[0]!];
  }).sort(byFields);
  check(new Set(merger.map((m) => m[0])).size === 63, 'merger: an old province is mapped twice');

  const districts = inputs.districts.rows.map(([code, name, type, provinceCode, firstSeen, lastSeen]) => {
    check(/^\d{3}$/.test(code!) && DISTRICT_TYPES.has(type!), `districts-history: bad row ${code}`);
    check(p2024ByCode.has(provinceCode!), `districts-history: ${code} in unknown province ${provinceCode}`);
    check(ISO_DAY.test(firstSeen!) && ISO_DAY.test(lastSeen!) && firstSeen! <= lastSeen!, `districts-history: ${code} bad dates`);
    return [code!, name!, type!, provinceCode!, firstSeen!, lastSeen!];
  }).sort((a, b) => byFields([a[0]!, a[4]!, a[5]!], [b[0]!, b[4]!, b[5]!])); // a code's rows oldest first
  const districtCodes = new Set(districts.map((d) => d[0]));
  check(districtCodes.size === 715, `districts-history: ${districtCodes.size} codes, expected 715`);

  // Every GSO snapshot date is some row's first_seen or last_seen (checked against the 20 commits of
  // daohoangson/dvhcvn: 18 distinct data_dates, 01/01/2025 twice and 11/09/2019 twice).
  const snapshots = [...new Set(districts.flatMap((d) => [d[4]!, d[5]!]))].sort();
  check(snapshots.length === 18 && snapshots.at(-1) === GSO_STATE, `districts-history: ${snapshots.length} snapshot dates, expected 18 ending ${GSO_STATE}`);

  const districtsInForce = new Set(districts.filter((d) => d[5] === GSO_STATE).map((d) => d[0]));
  const communes = inputs.communes.rows.map(([code, name, type, districtCode]) => {
    check(/^\d{5}$/.test(code!) && COMMUNE_TYPES.has(type!), `communes-2024: bad row ${code}`);
    check(districtsInForce.has(districtCode!), `communes-2024: ${code} in district ${districtCode}, not in force on ${GSO_STATE}`);
    return [code!, name!, type!, districtCode!];
  }).sort(byFields);
  check(new Set(communes.map((c) => c[0])).size === communes.length, 'communes-2024: duplicate code');

  // The CSV comes from source B's commit, as the 34 provinces do.
  check(SOURCES.some((src) => src.id === 'B' && src.commit === COMMUNES_2025_COMMIT), 'communes-2025: built from another commit than source B\'s');
  const communes2025Csv = readCsv(dataDir, COMMUNES_2025);
  const p2025Codes = new Set(provinces2025.map((p) => p[0]!));
  const communes2025 = communes2025Csv.rows.map(([code, name, type, provinceCode]) => {
    check(/^\d{5}$/.test(code!) && COMMUNE_2025_TYPES.has(type!), `communes-2025: bad row ${code}`);
    check(p2025Codes.has(provinceCode!), `communes-2025: ${code} in ${provinceCode}, not one of the 34 provinces`);
    return [code!, name!, type!, provinceCode!];
  }).sort(byFields);
  check(new Set(communes2025.map((c) => c[0])).size === communes2025.length, 'communes-2025: duplicate code');

  for (const [code] of PROVINCE_HISTORY) check(p2024ByCode.has(code), `province history: unknown code ${code}`);

  const provenance = {
    note: 'Generated by scripts/build-gazetteer.ts; see src/gazetteer/PROVENANCE.md.',
    csv: { folder: 'shared/data/admin-units', script: CSV_BUILD.script, built: CSV_BUILD.date },
    gsoState: GSO_STATE,
    reformDate: REFORM_DATE,
    sources: SOURCES,
    law: 'Nghị quyết 60-NQ/TW (12/4/2025), annex; Nghị quyết 202/2025/QH15 (12/6/2025, in force 1/7/2025)',
    inputsSha256: {
      ...Object.fromEntries((Object.keys(INPUTS) as InputName[]).map((n) => [INPUTS[n].file, inputs[n].sha256])),
      [COMMUNES_2025.file]: communes2025Csv.sha256,
    },
  };

  const rows = (list: readonly (readonly string[])[]): string => `[\n${list.map((r) => JSON.stringify(r)).join(',\n')}\n]`;
  const json =
    `{"format":${FORMAT},\n` +
    `"provenance":${JSON.stringify(provenance, null, 1)},\n` +
    `"snapshots":${JSON.stringify(snapshots)},\n` +
    `"provinceHistory":${rows(PROVINCE_HISTORY)},\n` +
    `"provinces2024":${rows(provinces2024)},\n` +
    `"provinces2025":${rows(provinces2025)},\n` +
    `"merger2025":${rows(merger)},\n` +
    `"districts":${rows(districts)},\n` +
    `"communes":${rows(communes)},\n` +
    `"communes2025":${rows(communes2025)}\n}\n`;

  const count = (list: readonly (readonly string[])[], i: number, value: string) => list.filter((r) => r[i] === value).length;
  const provenanceMd = [
    '## Administrative units (gazetteer)',
    '',
    '`src/gazetteer/units.json` is generated by `npm run gazetteer` (`scripts/build-gazetteer.ts`) from the',
    `CSVs in \`shared/data/admin-units/\`, which that folder's \`${CSV_BUILD.script}\` built on ${CSV_BUILD.date} from pinned git`,
    'commits, using only the Python standard library and `git show`. Both steps are deterministic: rerunning',
    'either on the same inputs gives byte-identical files. Codes are the GSO codes (mã đơn vị hành chính).',
    '',
    'What it holds:',
    '',
    `- ${provinces2024.length} provinces as they stood on ${GSO_STATE}, the last GSO state before ${REFORM_DATE}`,
    `  (${count(provinces2024, 2, 'tinh')} tỉnh, ${count(provinces2024, 2, 'thanh-pho-trung-uong')} thành phố trực thuộc trung ương). Code 46 is Huế, a centrally-run city`,
    '  since 1/1/2025; before that it was tỉnh Thừa Thiên Huế.',
    `- ${provinces2025.length} provinces in force from ${REFORM_DATE}, and the one that took in each of the ${merger.length} old provinces.`,
    `- ${districts.length} district-level rows for ${districtCodes.size} codes, one per name and type a code had in the`,
    `  ${snapshots.length} distinct GSO snapshot dates from ${snapshots[0]} to ${GSO_STATE}, with the first and last snapshot`,
    `  that showed each (${districtsInForce.size} were in force until the district level was abolished on ${REFORM_DATE}).`,
    `- ${communes.length.toLocaleString('en-US')} communes (xã, phường, thị trấn) as of ${GSO_STATE}.`,
    `- ${communes2025.length.toLocaleString('en-US')} commune-level units in force from ${REFORM_DATE} (${count(communes2025, 2, 'xa').toLocaleString('en-US')} xã, ${count(communes2025, 2, 'phuong')} phường,`,
    `  ${count(communes2025, 2, 'dac-khu')} đặc khu), each under one of the 34 provinces: \`scripts/data/${COMMUNES_2025.file}\`, which`,
    `  \`scripts/build-communes-2025.ts\` made from B's \`mapping/merges.json\` (the units and their GSO codes).`,
    '',
    '| | repository | path(s) | commit | date | licence | used for |',
    '|---|---|---|---|---|---|---|',
    ...SOURCES.map((s) => `| ${s.id} | [\`${s.repo}\`](https://github.com/${s.repo}) | ${s.paths.map((p) => `\`${p}\``).join(', ')} | \`${s.commit.slice(0, 12)}\` | ${s.date} | ${s.license} | ${s.used} |`),
    '',
    'The 34-province list and the merger mapping follow the annex of Nghị quyết 60-NQ/TW (12/4/2025),',
    'enacted as Nghị quyết 202/2025/QH15 (12/6/2025, in force 1/7/2025); `build.py` checks the mapping',
    'against the annex text for all 63 old provinces.',
    '',
    'Licences: the unit codes and names are the state\'s official administrative register, published by',
    'GSO (Decision 124/2004/QĐ-TTg and its updates). Repository A is GPL-3.0 as a repository; B and C are MIT.',
    'If GPL-3.0 is a concern: C holds the same 696 district codes and names as A\'s final state (only the',
    'name of code 682 differs), so that state could be rebuilt from MIT sources; the district history',
    '(rows that ended before 2025) comes from A\'s snapshots only.',
    '',
  ].join('\n');

  return { json, provenanceMd };
}

function main(argv: readonly string[]): void {
  let csvDir = DEFAULT_CSV_DIR;
  let outDir = DEFAULT_OUT_DIR;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--out') outDir = resolve(argv[++i] ?? '');
    else if (arg.startsWith('-')) throw new InputError(`unknown option ${arg}; usage: build-gazetteer.ts [CSV_DIR] [--out DIR]`);
    else csvDir = resolve(arg);
  }
  const { json, provenanceMd } = build(csvDir);
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'units.json'), json);
  writeFileSync(join(outDir, 'PROVENANCE.md'), provenanceMd);
  console.log(`wrote ${join(outDir, 'units.json')} (${Buffer.byteLength(json)} bytes) and PROVENANCE.md from ${csvDir}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    main(process.argv.slice(2));
  } catch (err) {
    if (!(err instanceof InputError) && (err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    console.error(`build-gazetteer: ${(err as Error).message}`);
    process.exitCode = 1;
  }
}
