import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { recordJsonSchemaText } from '../../src/records/json-schema.ts';
import { EventDate, Published } from '../../src/records/schema.ts';

describe('record schema', () => {
  it('schema/record.schema.json is current (run `npm run schema` after changing src/records/schema.ts)', () => {
    expect(readFileSync(join(import.meta.dirname, '../../schema/record.schema.json'), 'utf8')).toBe(recordJsonSchemaText());
  });
  it('rejects a date that is not on the calendar (2022-02-30)', () => {
    const base = { precision: 'day', certainty: 'stated', evidence: null, rule: 'correction' } as const;
    expect(EventDate.safeParse({ ...base, value: '2022-02-28' }).success).toBe(true);
    expect(EventDate.safeParse({ ...base, value: '2022-02-30' }).success).toBe(false);
    expect(EventDate.safeParse({ ...base, value: '2022-13', precision: 'month' }).success).toBe(false);
    expect(Published.safeParse({ value: '2020-07-29T16:30', certainty: 'stated', evidence: null, rule: 'x' }).success).toBe(true);
  });
});
