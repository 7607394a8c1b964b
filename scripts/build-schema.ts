// Writes schema/record.schema.json from the one record schema (src/records/schema.ts).
// `npm run schema`; a test fails when the committed file is out of date.
import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { recordJsonSchemaText } from '../src/records/json-schema.ts';

const out = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'schema', 'record.schema.json');
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, recordJsonSchemaText());
process.stderr.write(`wrote ${out}\n`);
