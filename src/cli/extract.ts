// npm run --silent extract -- <file|dir>...
// Prints one JSON array of records to stdout and nothing else; messages go to stderr.
// Exit 0 when it printed records, 1 when some file could not be read, 2 on a usage error.
// A keeper's corrections (a Markdown article's front matter, sidecar files) are applied, as the
// build applies them: the records are those of the site's records.json.
import { findSidecars, readArticleFile, stem } from '../corrections/article-file.ts';
import { applyCorrections } from '../corrections/index.ts';
import { extract } from '../extract/index.ts';
import { isUnreadable, listArticles, sourceFromBytes } from '../ingest/index.ts';
import type { ArticleRecord } from '../records/schema.ts';

const USAGE = 'usage: npm run --silent extract -- <file|dir>...';

async function main(argv: string[]): Promise<number> {
  if (argv.length === 0 || argv.includes('--help') || argv.includes('-h')) {
    process.stderr.write(`${USAGE}\n`);
    return argv.length === 0 ? 2 : 0;
  }
  const { files, problems } = await listArticles(argv);
  const sidecars = (await findSidecars(files)).byStem;
  const records: ArticleRecord[] = [];
  for (const file of files) {
    const read = readArticleFile(file, file, sidecars.get(stem(file)) ?? [], (sidecar) => sidecar);
    const source = read.bytes ? sourceFromBytes(file, read.bytes) : { path: file, message: read.failure! };
    if (isUnreadable(source)) problems.push(source);
    else {
      const record = extract(source);
      records.push(read.corrections.length || read.notes.length ? applyCorrections(record, read.corrections, read.notes) : record);
    }
  }
  process.stdout.write(`${JSON.stringify(records, null, 2)}\n`);
  for (const p of problems) process.stderr.write(`${p.path}: ${p.message.id}: ${p.message.reason}\n`);
  for (const r of records) {
    for (const m of r.messages) if (m.severity !== 'info') process.stderr.write(`${r.sourceFile}: ${m.id}: ${m.reason}\n`);
  }
  // Symlink loops and duplicates are warnings about the tree, not files that could not be read.
  const skipped = problems.filter((p) => p.message.severity === 'fatal').length;
  process.stderr.write(`extract: ${records.length} records, ${skipped} files skipped\n`);
  return skipped && !records.length ? 1 : 0;
}

process.exitCode = await main(process.argv.slice(2));
