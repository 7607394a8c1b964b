// npm run build -- [--content <dir>] [--out <dir>]
// Extraction of the articles, then Eleventy into the output directory. PATH_PREFIX=/archive/ builds a
// site to be served under that sub-path; SITE_URL=https://... makes feed and sitemap URLs absolute.
import { parseArgs } from 'node:util';
import { buildOnce } from '../site/run.ts';
import { indexSite } from '../site/search.ts';

const USAGE = 'usage: npm run build -- [--content <dir>] [--out <dir>] [--quiet]';

async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs({
      options: {
        content: { type: 'string', default: 'content' },
        out: { type: 'string', default: '_site' },
        quiet: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }).values;
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (args.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  await buildOnce({
    contentDir: args.content,
    outDir: args.out,
    quiet: args.quiet,
    // The search index (_site/pagefind/), written into the new site before it replaces the old one.
    afterWrite: (site) => indexSite(site, args.quiet ? undefined : (text) => process.stderr.write(text)),
  });
  return 0;
}

process.exitCode = await main();
