// npm run check -- [--content <dir>] [--json] [--cache <dir> | --no-cache]
// What the program understood of each file, without building the site: the keeper's to-do list.
// A table on stdout (one row a file), every message with its reason, and a summary; --json prints the
// same as one JSON object for tools. Exit 1 when a file was skipped (could not be read), else 0;
// 2 on a usage error.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { CONTENT_OPTIONS, isDirectory, parseCommand, useCacheOption } from './args.ts';
import type { ArticleRecord, Message } from '../records/schema.ts';
import { counts, duplicatesOf, loadRecords } from '../site/load.ts';
import { urlFor } from '../site/urls.ts';

const USAGE = 'usage: npm run check -- [--content <dir>] [--json] [--cache <dir> | --no-cache]';

/** The fields a keeper checks, and how each is known. */
const FIELDS = ['title', 'date', 'locality', 'province', 'chair', 'meetingType', 'tasks'] as const;
type Field = (typeof FIELDS)[number];

export type Row = {
  file: string;
  /** built: a page; duplicate: the same article as another file, no page of its own; skipped: unreadable; note: not an article (a stray sidecar, a symlink loop). */
  status: 'built' | 'duplicate' | 'skipped' | 'note';
  url: string | null;
  title: string | null;
  date: { value: string; precision: string } | null;
  province: string | null;
  locality: string | null;
  chair: string | null;
  meetingType: string | null;
  tasks: number;
  /** Stated by the article, inferred from other words, unknown, corrected by the keeper. */
  found: Field[];
  inferred: Field[];
  unknown: Field[];
  corrected: string[];
  messages: Message[];
};

function howKnown(r: ArticleRecord, field: Field): 'found' | 'inferred' | 'unknown' {
  const meta =
    field === 'title' ? (r.title === null ? null : r.titleMeta)
    : field === 'tasks' ? (r.tasks.length ? r.tasksMeta : null)
    : field === 'meetingType' ? (r.meetingType.key === 'khac' && !r.meetingType.evidence ? null : r.meetingType)
    : r[field];
  if (!meta) return 'unknown';
  return meta.certainty === 'inferred' ? 'inferred' : 'found';
}

function rowOf(r: ArticleRecord, status: Row['status'], extra: Message[] = []): Row {
  const how = FIELDS.map((f) => [f, howKnown(r, f)] as const);
  return {
    file: r.sourceFile,
    status,
    url: status === 'built' ? urlFor.article(r) : null,
    title: r.title,
    date: r.date ? { value: r.date.value, precision: r.date.precision } : null,
    province: r.province?.name ?? null,
    locality: r.locality ? [r.locality.level, r.locality.name].filter(Boolean).join(' ') : null,
    chair: r.chair?.name ?? null,
    meetingType: r.meetingType.key,
    tasks: r.tasks.length,
    found: how.filter(([, h]) => h === 'found').map(([f]) => f),
    inferred: how.filter(([, h]) => h === 'inferred').map(([f]) => f),
    unknown: how.filter(([, h]) => h === 'unknown').map(([f]) => f),
    corrected: r.corrected,
    messages: [...r.messages, ...extra],
  };
}

const emptyRow = (file: string, status: Row['status'], message: Message): Row => ({
  file, status, url: null, title: null, date: null, province: null, locality: null, chair: null, meetingType: null, tasks: 0,
  found: [], inferred: [], unknown: [], corrected: [], messages: [message],
});

// ---- the table ----------------------------------------------------------------------------------

const width = (s: string) => [...s].length;
function cut(s: string, n: number): string {
  const chars = [...s];
  return chars.length <= n ? s : `${chars.slice(0, n - 1).join('')}…`;
}
const pad = (s: string, n: number) => s + ' '.repeat(Math.max(0, n - width(s)));

/** "2022-04-14?" when inferred, "2022-04-14!" when the keeper corrected it. */
function mark(row: Row, field: Field, value: string | null): string {
  if (value === null) return '–';
  if (row.corrected.includes(field)) return `${value}!`;
  return row.inferred.includes(field) ? `${value}?` : value;
}

export function table(rows: readonly Row[]): string {
  const head = ['file', 'title', 'date', 'province', 'chair', 'type', 'tasks', 'unknown', 'messages'];
  const limits = [40, 40, 12, 18, 22, 16, 5, 24, 60];
  const cells = rows.map((r) => {
    const shown = r.messages.filter((m) => m.severity !== 'info').map((m) => m.id);
    if (r.status === 'skipped' || r.status === 'note') return [r.file, r.status === 'skipped' ? '(skipped)' : '(note)', '', '', '', '', '', '', shown.join(', ')];
    return [
      r.file,
      (r.status === 'duplicate' ? '(duplicate) ' : '') + mark(r, 'title', r.title),
      mark(r, 'date', r.date?.value ?? null),
      mark(r, 'province', r.province),
      mark(r, 'chair', r.chair),
      mark(r, 'meetingType', r.unknown.includes('meetingType') ? null : r.meetingType),
      mark(r, 'tasks', String(r.tasks)),
      r.unknown.join(', '),
      [...new Set(shown)].join(', '),
    ];
  });
  const all = [head, ...cells].map((c) => c.map((v, i) => cut(v, limits[i]!)));
  const widths = head.map((_, i) => Math.max(...all.map((c) => width(c[i]!))));
  const line = (c: string[]) => c.map((v, i) => pad(v, widths[i]!)).join('  ').trimEnd();
  return [line(all[0]!), widths.map((w) => '-'.repeat(w)).join('  '), ...all.slice(1).map(line)].join('\n');
}

// ---- the command --------------------------------------------------------------------------------

export async function checkRows(contentDir: string): Promise<{ rows: Row[]; summary: ReturnType<typeof counts> & { extracted: number; cached: number } }> {
  const { records, problems, stats } = await loadRecords(contentDir);
  const duplicates = duplicatesOf(records);
  const dupOf = new Map(duplicates.map(([first, second]) => [second, first]));
  const rows: Row[] = [];
  for (const r of records) {
    const first = dupOf.get(r);
    if (!first) rows.push(rowOf(r, 'built'));
    else {
      const message: Message = { id: 'site/duplicate', severity: 'warning', reason: `the same article as ${first.sourceFile} (the same text): one page is built, from ${first.sourceFile}` };
      rows.push(rowOf(r, 'duplicate', [message]));
    }
  }
  // The first file of a duplicated article is told too, so that either row leads to the other.
  for (const [first, second] of duplicates) {
    const row = rows.find((x) => x.file === first.sourceFile && x.status === 'built');
    row?.messages.push({ id: 'site/duplicate', severity: 'warning', reason: `${second.sourceFile} holds the same article: its page is this one` });
  }
  for (const p of problems) {
    const existing = rows.find((x) => x.file === p.path);
    if (existing) existing.messages.push(p.message);
    else rows.push(emptyRow(p.path, p.message.severity === 'fatal' ? 'skipped' : 'note', p.message));
  }
  rows.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const c = counts({ records, problems, duplicates, stats });
  return { rows, summary: { ...c, extracted: stats.extracted, cached: stats.cached } };
}

function todo(rows: readonly Row[]): string[] {
  const lines: string[] = [];
  for (const r of rows) {
    for (const m of r.messages) {
      if (m.severity === 'info') continue;
      // Correction messages name their own file and line; the others are about the article file.
      lines.push(m.id.startsWith('correction/') ? `${m.severity}: ${m.id}: ${m.reason}` : `${m.severity}: ${m.id}: ${r.file}: ${m.reason}`);
    }
  }
  return lines;
}

async function main(): Promise<number> {
  const args = parseCommand(() => parseArgs({ options: { ...CONTENT_OPTIONS, json: { type: 'boolean', default: false } } }).values, USAGE);
  if (typeof args === 'number') return args;
  useCacheOption(args);
  if (!(await isDirectory(args.content))) {
    process.stderr.write(`check: the content directory ${args.content} does not exist or is not a directory\n`);
    return 1;
  }
  const { rows, summary } = await checkRows(args.content);
  if (args.json) {
    process.stdout.write(`${JSON.stringify({ files: rows, summary }, null, 2)}\n`);
  } else {
    const out = [table(rows), '', '? inferred from other words   ! corrected by the keeper   – unknown', ''];
    const notes = todo(rows);
    if (notes.length) out.push('To check:', ...notes.map((n) => `  ${n}`), '');
    out.push(`check: read ${summary.read}, built ${summary.built}, skipped ${summary.skipped}, uncertain ${summary.uncertain}, duplicates ${summary.duplicates} (extracted ${summary.extracted}, cached ${summary.cached})`);
    process.stdout.write(`${out.join('\n')}\n`);
  }
  return summary.skipped > 0 ? 1 : 0;
}

// Only when run as the command: tests import checkRows and table.
if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) process.exitCode = await main();
