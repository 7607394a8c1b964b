// Golden tests: the five seed articles in content/ against the records a careful reader labelled
// (tests/fixtures/golden/seeds.expected.json, a copy of the seeds' expected.json).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.ts';
import { isUnreadable, readSource } from '../../src/ingest/index.ts';
import { ArticleRecord } from '../../src/records/schema.ts';
import { nameKey } from '../../src/text/fold.ts';
import { matchTasks } from './task-match.ts';

type Gold = {
  title: string | null;
  date: { value: string; precision: string } | null;
  quarter: string | null;
  locality: { name: string | null; level: string } | null;
  province: string | null;
  chair: string | null;
  chairTitle?: string;
  meetingType: string;
  tasks: string[];
  captions?: string[];
  byline?: string;
  published?: string;
  bodyMustContain?: string[];
  bodyMustNotContain?: string[];
};

const gold: Record<string, Gold> = JSON.parse(readFileSync(join(import.meta.dirname, '../fixtures/golden/seeds.expected.json'), 'utf8')).articles;
const records = new Map<string, ArticleRecord>();

beforeAll(async () => {
  for (const file of Object.keys(gold)) {
    const source = await readSource(join('content', file));
    if (isUnreadable(source)) throw new Error(`${file}: ${source.message.reason}`);
    records.set(file, extract(source));
  }
});

describe.each(Object.keys(gold))('seed %s', (file) => {
  const g = gold[file]!;
  const r = () => records.get(file)!;

  it('satisfies the record schema', () => {
    expect(() => ArticleRecord.parse(r())).not.toThrow();
  });
  it('has the headline, or a title made from the lead without the source tag', () => {
    if (g.title) {
      expect(r().title).toBe(g.title);
      expect(r().titleMeta?.certainty).toBe('stated');
    } else {
      expect(r().title?.length).toBeGreaterThanOrEqual(20);
      expect(r().title).not.toMatch(/^[A-ZĐ]{2,6}\s*[-–]/u);
      expect(r().titleMeta?.certainty).toBe('inferred');
    }
  });
  it('has the event date at its precision, and its quarter', () => {
    expect(r().date && { value: r().date!.value, precision: r().date!.precision }).toEqual(g.date);
    expect(r().quarter).toBe(g.quarter);
  });
  it('has the locality, its level and its province', () => {
    const loc = r().locality;
    expect(loc && { name: loc.name, level: loc.level }).toEqual(g.locality);
    expect(r().province?.name ?? null).toBe(g.province);
  });
  it('has the chair and title', () => {
    expect(r().chair?.name ?? null).toBe(g.chair);
    if (g.chairTitle) expect(nameKey(r().chair?.title ?? '')).toBe(nameKey(g.chairTitle));
  });
  it('has the meeting type', () => {
    expect(r().meetingType.key).toBe(g.meetingType);
  });
  it('keeps captions and byline out of the body, and portal chrome out of everything', () => {
    const body = r().body.join('\n');
    for (const s of g.bodyMustContain ?? []) expect(body).toContain(s);
    for (const s of g.bodyMustNotContain ?? []) expect(body).not.toContain(s);
    if (g.captions) expect(r().captions).toEqual(g.captions);
    if (g.byline) expect(r().byline).toBe(g.byline);
    if (g.published) expect(r().published?.value).toBe(g.published);
  });
});

describe('tasks over all seeds', () => {
  it('recalls at least 90% of the directions with at least 80% precision', () => {
    let goldCount = 0, predicted = 0, matched = 0;
    for (const [file, g] of Object.entries(gold)) {
      const tasks = records.get(file)!.tasks;
      goldCount += g.tasks.length;
      predicted += tasks.length;
      matched += matchTasks(tasks, g.tasks);
    }
    expect(matched / goldCount).toBeGreaterThanOrEqual(0.9);
    expect(matched / predicted).toBeGreaterThanOrEqual(0.8);
  });
});
