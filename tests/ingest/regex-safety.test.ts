// Every regular expression in ingest and the normaliser, checked by recheck for catastrophic
// (exponential or polynomial) backtracking: issue 8's "time stays linear", proven per pattern rather
// than hoped for from timings.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tokenizer } from 'acorn';
import { transformSync } from 'esbuild';
import { checkSync } from 'recheck';
import { describe, expect, it } from 'vitest';
import { SYLLABLE } from '../../src/ingest/legacy-vn.ts';

const SRC = join(dirname(fileURLToPath(import.meta.url)), '../../src');
const FILES = [
  ...readdirSync(join(SRC, 'ingest')).filter((f) => f.endsWith('.ts')).map((f) => join(SRC, 'ingest', f)),
  join(SRC, 'text/fold.ts'),
];

/** The regex literals of a TypeScript file: types stripped by esbuild, then acorn's tokenizer. */
function regexLiterals(file: string): { pattern: string; flags: string }[] {
  const js = transformSync(readFileSync(file, 'utf8'), { loader: 'ts', format: 'esm' }).code;
  const found: { pattern: string; flags: string }[] = [];
  for (const token of tokenizer(js, { ecmaVersion: 'latest', sourceType: 'module' })) {
    if (token.type.label === 'regexp') {
      // acorn's typings omit a token's value; for a regexp token it is { pattern, flags, value }.
      const { value } = token as unknown as { value: { pattern: string; flags: string } };
      found.push({ pattern: value.pattern, flags: value.flags });
    }
  }
  return found;
}

const patterns = FILES.flatMap((file) => regexLiterals(file).map((r) => ({ file: file.slice(SRC.length + 1), ...r })));
patterns.push({ file: 'ingest/legacy-vn.ts (SYLLABLE)', pattern: SYLLABLE.source, flags: SYLLABLE.flags });

describe('regular expressions are safe from catastrophic backtracking', () => {
  it('finds the patterns it checks', () => {
    expect(patterns.length).toBeGreaterThan(10);
  });

  it.each(patterns)('$file: /$pattern/$flags', ({ pattern, flags }) => {
    // A fixed seed: recheck's fuzzer is random, and a test must give the same answer on every run.
    const result = checkSync(pattern, flags.replace(/[dv]/g, ''), { timeout: 20_000, randomSeed: 1 });
    expect(result.status === 'vulnerable' ? `${result.complexity.type}: ${result.attack?.pattern ?? ''}` : result.status).toBe('safe');
  });
});
