// npm run build -- [--content <dir>] [--out <dir>] [--cache <dir> | --no-cache] [--threads <n>] [--quiet]
// Extraction of the articles, then Eleventy into the output directory. PATH_PREFIX=/archive/ builds a
// site to be served under that sub-path; SITE_URL=https://... makes feed and sitemap URLs absolute.
// Records are cached in .cache/ (src/cache): a rebuild extracts only the articles that changed.
// The site is built in a fresh directory that replaces the old one only when the build succeeded.
// Exit 0 when the site was built (files that could not be read are listed, and skipped), 1 when it
// could not be built at all (the previous site is left as it was), 2 on a usage error.
//
// `npm run build` gives Node four V8 options (package.json):
// - --expose-gc, for the collections between Eleventy runs (src/site/render.ts);
// - --max-inlined-bytecode-size-cumulative=100 (V8's default is 920). V8 optimises many of
//   Eleventy's functions anew in each run (their type feedback does not carry over from one run's
//   objects to the next's) and in each thread: at 20,000 articles, 1,550 optimising compilations
//   took 13-16 s of processor time. With less inlining they take 6-9 s, and the build ~3 processor
//   seconds less (user time 8% lower over six alternating pairs of cold builds; extraction alone is
//   a little slower);
// - --max-semi-space-size=64 (MB; V8's default here is 16), in every thread: a larger young
//   generation is collected less often, and less of what Eleventy holds until a run ends is copied
//   from one semi-space to the other. 32 against 16: ~340 scavenges in a cold build of 20,000
//   articles instead of ~600, GC 2.3-2.7 processor seconds instead of 2.9-3.0 (--trace-gc). 64
//   against 32, once the main thread no longer held every article page while drawing (render.ts
//   takeArticleSlices): 1.2 processor seconds less on average over four alternating pairs of cold
//   builds (each pair lower), the render thread's scavenges 0.58 s instead of 0.83, and the peak
//   893-917 MiB (VmHWM) instead of 776-821;
// - --min-semi-space-size=16: every thread's young generation starts at 16 MB instead of growing to
//   it from V8's small start, scavenge by scavenge, as each thread's heap fills with records or
//   pages that all survive: 277 scavenges instead of 325 and 2.6 GC seconds instead of 3.1 (--trace-gc); over six
//   alternating pairs of cold 20,000-article builds, 0.3 s less wall time and ~0.5 processor s less
//   on average (five of the six faster), the peak the same (811–900 MB against 804–894). Starting
//   at 32 gained nothing more.
import { parseArgs } from 'node:util';
import { CONTENT_OPTIONS, isDirectory, parseCommand, useCacheOption } from './args.ts';
import { buildOnce } from '../site/run.ts';
import { indexSite } from '../site/search.ts';

const USAGE = 'usage: npm run build -- [--content <dir>] [--out <dir>] [--cache <dir> | --no-cache] [--threads <n>] [--quiet]';

async function main(): Promise<number> {
  const args = parseCommand(() => parseArgs({
    options: {
      ...CONTENT_OPTIONS,
      out: { type: 'string', default: '_site' },
      quiet: { type: 'boolean', default: false },
      threads: { type: 'string' },
    },
  }).values, USAGE);
  if (typeof args === 'number') return args;
  if (args.threads !== undefined && !/^[1-9]\d*$/.test(args.threads)) {
    process.stderr.write(`--threads takes a whole number from 1\n${USAGE}\n`);
    return 2;
  }
  // Read by src/site/load.ts, which runs inside Eleventy's data step.
  useCacheOption(args);
  if (args.threads) process.env.BIEN_NIEN_THREADS = args.threads;
  // A mistyped --content would otherwise publish an empty site over the real one.
  if (!(await isDirectory(args.content))) {
    process.stderr.write(`build: the content directory ${args.content} does not exist or is not a directory; the site in ${args.out} was left as it was\n`);
    return 1;
  }
  try {
    await build(args);
  } catch (error) {
    process.stderr.write(`build failed, the site in ${args.out} was left as it was:\n${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return 1;
  }
  return 0;
}

async function build(args: { content: string; out: string; quiet: boolean }): Promise<void> {
  await buildOnce({
    contentDir: args.content,
    outDir: args.out,
    quiet: args.quiet,
    // The search index (_site/pagefind/), written into the new site before it replaces the old one.
    afterWrite: (site) => indexSite(site, args.quiet ? undefined : (text) => process.stderr.write(text)).then(failPoint),
  });
}

/** Tests force a failure after the pages were written, to see that the previous site stays. */
function failPoint(): void {
  if (process.env.BIEN_NIEN_FAIL_BEFORE_SWAP) throw new Error('failure forced by BIEN_NIEN_FAIL_BEFORE_SWAP, after the pages were written');
}

process.exitCode = await main();
