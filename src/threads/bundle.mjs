// The build's own code runs bundled into JavaScript files, not TypeScript through tsx: the main
// thread (src/cli/launch.mjs) and every worker thread. Under tsx, a thread registers loader hooks
// that run on a thread of their own and see every module it loads, Eleventy's hundreds included:
// measured at start-up, a render thread's modules cost 2.2 processor seconds under tsx and 1.4 s
// bundled, the extractor's 1.1 s and 0.5 s; a build of the five seeds took 2.75 s under tsx and
// 2.28 s bundled.
//
// A bundle is made once per version of the sources (esbuild, ~0.2 s) and kept under
// node_modules/.cache, from where packages (left out of the bundle) resolve as they do from src/.
// Each module keeps its own import.meta.url, so that the files it reads beside itself (the
// gazetteer's units.json, the map outlines) are found where they are in the source tree.
//
// Plain JavaScript, typed by bundle.d.mts: the launcher runs it before anything can be compiled.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** The bundles' entry modules: the build's command, and the worker threads'. */
const ENTRIES = { build: 'src/cli/build.ts', render: 'src/site/render-worker.ts', extract: 'src/cache/worker.ts' };
/** What a bundle may hold: the project's own code and the data files it reads. */
const SOURCES = ['src', 'layouts'];
const CACHE = join(ROOT, 'node_modules', '.cache', 'bien-nien-threads');

/** Files under a directory, recursively, in a fixed order (a path that is a file: itself). */
export function filesUnder(path) {
  let entries;
  try {
    entries = readdirSync(path, { withFileTypes: true });
  } catch {
    return [path];
  }
  return entries
    .filter((e) => !e.name.startsWith('.'))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((e) => (e.isDirectory() ? filesUnder(join(path, e.name)) : [join(path, e.name)]));
}

/** import.meta in a module of the project, as the module's own file: a bundle would otherwise give every module the bundle's. */
const sourceFileUrls = {
  name: 'source-file-urls',
  setup(build) {
    build.onLoad({ filter: /\.(?:ts|mjs|js)$/ }, async ({ path }) => {
      if (path.includes(`${sep}node_modules${sep}`)) return undefined;
      const text = await readFile(path, 'utf8');
      return {
        contents: text
          .replaceAll('import.meta.url', JSON.stringify(pathToFileURL(path).href))
          .replaceAll('import.meta.dirname', JSON.stringify(dirname(path)))
          .replaceAll('import.meta.filename', JSON.stringify(path)),
        loader: path.endsWith('.ts') ? 'ts' : 'js',
      };
    });
  },
};

/**
 * 16 hex digits naming the sources: where the project is (a bundle holds its modules' absolute
 * paths, so a moved or copied project sharing node_modules must not run another tree's bundle),
 * then the path and bytes of every file under src/ and layouts/.
 */
export function sourcesVersion(root = ROOT) {
  const h = createHash('sha256').update(`${root}\n`);
  for (const file of SOURCES.flatMap((dir) => filesUnder(join(root, dir)))) {
    const bytes = readFileSync(file);
    h.update(`${relative(root, file)} ${bytes.length}\n`).update(bytes);
  }
  return h.digest('hex').slice(0, 16);
}

async function makeBundles() {
  const dir = join(CACHE, sourcesVersion());
  if (existsSync(dir)) return dir;
  const { build } = await import('esbuild');
  const fresh = `${dir}.tmp-${process.pid}-${Date.now()}`;
  await build({
    entryPoints: ENTRIES,
    absWorkingDir: ROOT,
    outdir: fresh,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    plugins: [sourceFileUrls],
    logLevel: 'error',
  });
  try {
    renameSync(fresh, dir);
  } catch (error) {
    // Another build put the same bundles in place first.
    rmSync(fresh, { recursive: true, force: true });
    if (!existsSync(dir)) throw error;
  }
  return dir;
}

/**
 * Where the bundles of the sources are, made if need be: once per process, as the cache's namespace
 * (src/cache/key.ts) is read once. Builds running at once may both make them; the first to finish
 * puts them in place. Kept on globalThis because the launcher's copy of this module and the one
 * inside the build's bundle are two modules in one process.
 */
const MEMO = Symbol.for('bien-nien.bundles');

function bundles() {
  // A failure is not remembered: the next build tries again.
  globalThis[MEMO] ??= makeBundles().catch((error) => {
    globalThis[MEMO] = undefined;
    throw error;
  });
  return globalThis[MEMO];
}

/** The bundled file of one entry: the build's command, or a worker thread's script. */
export async function bundleFile(kind) {
  return pathToFileURL(join(await bundles(), `${kind}.mjs`));
}

/**
 * A worker thread's Node options: the profilers' alone (`--cpu-prof`, `--cpu-prof-dir=...`, and
 * `--heap-prof`'s), so that a profiled build profiles its threads too. By default a worker inherits
 * the process's options, `--import tsx` among them, and tsx would then register its loader hooks
 * again for the bundle, on a thread of their own, and see every module the worker loads. (V8's
 * options, such as --expose-gc, hold for the whole process and may not be given to a worker.)
 */
export function threadExecArgv(execArgv = process.execArgv) {
  return execArgv.filter((arg) => /^--(?:cpu|heap)-prof(?:$|-[a-z]+=)/.test(arg));
}
