// node [V8 options] src/cli/launch.mjs build [args ...]: what `npm run build` runs. The command's
// code runs from its bundle (src/threads/bundle.mjs, made once per version of the sources), not
// through tsx, whose loader hooks would see every module the build loads: a build of the five seeds
// takes ~0.5 s less. Plain JavaScript, as nothing can be compiled before it runs.
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { bundleFile } from '../threads/bundle.mjs';
import { startRenderThreadsEarly } from '../threads/render-threads.mjs';

const COMMANDS = ['build'];
const [command, ...args] = process.argv.slice(2);

if (!COMMANDS.includes(command)) {
  process.stderr.write(`usage: node src/cli/launch.mjs <${COMMANDS.join('|')}> [args ...]\n`);
  process.exitCode = 2;
} else {
  let script;
  try {
    script = await bundleFile(command);
  } catch (error) {
    process.stderr.write(`${command}: the project's code could not be bundled:\n${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  }
  // The build's render threads load Eleventy while this thread loads the build: one per core but
  // this one, as the build starts them (src/site/run.ts), unless --threads or BIEN_NIEN_THREADS
  // says otherwise, when the build starts its own.
  if (command === 'build' && !process.env.BIEN_NIEN_THREADS && !args.some((a) => a === '--threads' || a.startsWith('--threads='))) {
    await startRenderThreadsEarly(availableParallelism() - 1);
  }
  // The command reads its arguments from process.argv, as when run as a file of its own.
  process.argv = [process.argv[0], fileURLToPath(script), ...args];
  await import(script.href);
}
