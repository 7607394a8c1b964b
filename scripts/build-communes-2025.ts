// Builds scripts/data/communes-2025.csv, the 3,321 commune-level units in force from 1 July 2025
// (2,621 xã, 687 phường, 13 đặc khu, directly under the 34 provinces), from source B of the
// gazetteer (dvhcvn/20250701, MIT): `mapping/merges.json` at the pinned commit, read with
// `git show` from a clone of that repository. The CSV is committed, as the unit CSVs of
// ../shared are not: users have neither the clone nor ../shared, and scripts/build-gazetteer.ts
// reads the CSV. Rerunning on the same commit gives a byte-identical file.
//
//   tsx scripts/build-communes-2025.ts <git dir of dvhcvn/20250701> [--out FILE]
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const COMMUNES_2025_COMMIT = 'dd94887ce32324380bc5bb0a76fe39867dafc73b';
export const COMMUNES_2025_PATH = 'mapping/merges.json';
export const COMMUNES_2025_HEADER = 'code,name,type,province_code';
/** Where the CSV is kept (scripts/build-gazetteer.ts reads it there), and its name. */
export const COMMUNES_2025_DIR = fileURLToPath(new URL('./data', import.meta.url));
export const COMMUNES_2025_FILE = 'communes-2025.csv';
export const DEFAULT_OUT = join(COMMUNES_2025_DIR, COMMUNES_2025_FILE);

/** The unit words merges.json writes before a name, and the type the CSV gives it. */
const PREFIXES = [['Phường ', 'phuong'], ['Xã ', 'xa'], ['Đặc khu ', 'dac-khu']] as const;

type Merges = { data: { level1_id: string; name: string; level2s: { level2_id: string; name: string }[] }[] };

/** merges.json's text → the CSV's text: one row per unit, by code. */
export function communesCsv(mergesJson: string): string {
  const { data } = JSON.parse(mergesJson) as Merges;
  const rows: string[][] = [];
  for (const province of data) {
    if (!/^\d{2}$/.test(province.level1_id)) throw new Error(`merges.json: bad province code ${province.level1_id}`);
    for (const unit of province.level2s) {
      const full = unit.name.normalize('NFC').replace(/\s+/g, ' ').trim();
      const prefix = PREFIXES.find(([p]) => full.startsWith(p));
      if (!prefix || !/^\d{5}$/.test(unit.level2_id)) throw new Error(`merges.json: cannot read the unit ${unit.level2_id} "${full}"`);
      const name = full.slice(prefix[0].length);
      if (/[",\r\n]/.test(name) || name === '') throw new Error(`merges.json: a name the plain CSV cannot hold: "${name}"`);
      rows.push([unit.level2_id, name, prefix[1], province.level1_id]);
    }
  }
  rows.sort((a, b) => (a[0]! < b[0]! ? -1 : a[0]! > b[0]! ? 1 : 0));
  if (new Set(rows.map((r) => r[0])).size !== rows.length) throw new Error('merges.json: a unit code twice');
  return `${COMMUNES_2025_HEADER}\n${rows.map((r) => r.join(',')).join('\n')}\n`;
}

function main(argv: readonly string[]): void {
  const gitDir = argv[0];
  const out = argv[1] === '--out' && argv[2] ? resolve(argv[2]) : DEFAULT_OUT;
  if (!gitDir) throw new Error('usage: build-communes-2025.ts <git dir of dvhcvn/20250701> [--out FILE]');
  const json = execFileSync('git', ['--git-dir', gitDir, 'show', `${COMMUNES_2025_COMMIT}:${COMMUNES_2025_PATH}`], { encoding: 'utf8', maxBuffer: 64 << 20 });
  const csv = communesCsv(json);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, csv);
  console.log(`wrote ${out} (${csv.split('\n').length - 2} units)`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    main(process.argv.slice(2));
  } catch (error) {
    console.error(`build-communes-2025: ${(error as Error).message}`);
    process.exitCode = 1;
  }
}
