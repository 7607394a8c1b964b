// What the archive commands (build, check) share: where the articles are, the extraction cache, and
// how a usage error or --help is answered.
import { stat } from 'node:fs/promises';

/** Options of every command that reads content/: spread into parseArgs' options. */
export const CONTENT_OPTIONS = {
  content: { type: 'string', default: 'content' },
  cache: { type: 'string' },
  'no-cache': { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

/** The parsed flags, or the exit code when parsing failed (2, usage on stderr) or --help was asked (0). */
export function parseCommand<V extends { help?: boolean }>(parse: () => V, usage: string): V | number {
  let values: V;
  try {
    values = parse();
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${usage}\n`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(`${usage}\n`);
    return 0;
  }
  return values;
}

/** --cache <dir> / --no-cache, told to src/site/load.ts (which runs inside Eleventy's data step). */
export function useCacheOption(args: { cache?: string | undefined; 'no-cache'?: boolean | undefined }): void {
  if (args['no-cache']) process.env.BIEN_NIEN_CACHE = 'off';
  else if (args.cache) process.env.BIEN_NIEN_CACHE = args.cache;
}

export async function isDirectory(path: string): Promise<boolean> {
  return (await stat(path).catch(() => null))?.isDirectory() ?? false;
}
