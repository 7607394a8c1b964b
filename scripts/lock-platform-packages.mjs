#!/usr/bin/env node
// node scripts/lock-platform-packages.mjs — run after any `npm install` that touched pagefind.
//
// Why: pagefind ships its binary in one optional npm package per platform. The registry this
// project's machines reach serves only the Linux ones, so `npm install` writes a lock without the
// others, and `npm ci` (npm 11) then refuses that lock on every machine ("Missing:
// @pagefind/darwin-arm64@ from lock file"). This adds the missing entries exactly as the public
// registry lists them (version, cpu, license, optional, os). npm skips them on Linux by their os/cpu
// fields and never fetches them; later `npm install`s keep them. Idempotent: entries already in the
// lock are left as they are. tests/site/search-lock.test.ts fails when the lock lacks any of them.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const PACKAGES = ['pagefind'];
const OS = { darwin: 'darwin', windows: 'win32', freebsd: 'freebsd', linux: 'linux' };

/** "@pagefind/windows-arm64" → { os: "win32", cpu: "arm64" }. */
export function platformOf(name) {
  const m = /^@[^/]+\/([a-z]+)-([a-z0-9]+)$/.exec(name);
  const os = m && OS[m[1]];
  if (!m || !os) throw new Error(`cannot tell the platform of ${name}`);
  return { os, cpu: m[2] };
}

const lockPath = join(root, 'package-lock.json');
const lock = JSON.parse(readFileSync(lockPath, 'utf8'));
const added = [];
for (const pkg of PACKAGES) {
  const meta = JSON.parse(readFileSync(join(root, 'node_modules', pkg, 'package.json'), 'utf8'));
  for (const [name, version] of Object.entries(meta.optionalDependencies ?? {})) {
    const key = `node_modules/${name}`;
    if (lock.packages[key]) continue;
    const { os, cpu } = platformOf(name);
    lock.packages[key] = { version, cpu: [cpu], license: meta.license, optional: true, os: [os] };
    added.push(`${name}@${version}`);
  }
}
if (added.length) {
  // npm keeps the root ("") first and the rest sorted as it sorts them (localeCompare, 'en').
  const { '': rootEntry, ...rest } = lock.packages;
  const sorted = Object.keys(rest).sort((a, b) => a.localeCompare(b, 'en'));
  lock.packages = { '': rootEntry, ...Object.fromEntries(sorted.map((k) => [k, rest[k]])) };
  writeFileSync(lockPath, `${JSON.stringify(lock, null, 2)}\n`);
}
process.stdout.write(added.length ? `added to package-lock.json: ${added.join(', ')}\n` : 'package-lock.json already lists every platform package\n');
