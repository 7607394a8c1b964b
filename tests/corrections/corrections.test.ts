// A keeper's corrections: what a sidecar or front matter may say, what each key does to the record,
// and the message (id, file, line) for every mistake. Expected values come from the spec (issue 7)
// and from the seed article the corrections are applied to.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyCorrections, checkSlug, readCorrections } from '../../src/corrections/index.ts';
import { extract } from '../../src/extract/index.ts';
import { splitFrontMatter } from '../../src/ingest/front-matter.ts';
import { sourceFromBytes, type Source } from '../../src/ingest/index.ts';
import { ArticleRecord } from '../../src/records/schema.ts';

const ROOT = join(import.meta.dirname, '..', '..');
// The Vĩnh Thuận article: Huyện ủy Vĩnh Thuận (Kiên Giang), 28/7/2020, Ban Chấp hành.
const VINH_THUAN = readFileSync(join(ROOT, 'content/002_6e5d7d1bc601a596.txt'));
const record = extract(sourceFromBytes('bai-viet.txt', VINH_THUAN) as Source);

const correct = (yaml: string, file = 'bai-viet.yaml') => {
  const { entries, messages } = readCorrections(yaml, { file });
  return applyCorrections(record, entries, messages);
};
const ids = (r: ArticleRecord) => r.messages.filter((m) => m.id.startsWith('correction/')).map((m) => [m.id, m.line]);

describe('a valid sidecar', () => {
  const yaml = [
    'title: Hội nghị Ban Chấp hành Đảng bộ huyện Vĩnh Thuận lần thứ 2', // 1
    'date: 2020-07-29', // 2
    'chair: Nguyễn Văn Bình', // 3
    'meetingType: so-ket-tong-ket', // 4
    'tasks:', // 5
    '  - Hoàn thành các chỉ tiêu năm 2020', // 6
    '  - Chuẩn bị đại hội', // 7
    'province: Cà Mau', // 8
  ].join('\n');
  const r = correct(yaml);

  it('replaces each field, as stated by the keeper, with the file and line as evidence', () => {
    expect(ArticleRecord.safeParse(r).success).toBe(true);
    expect(r.title).toBe('Hội nghị Ban Chấp hành Đảng bộ huyện Vĩnh Thuận lần thứ 2');
    expect(r.titleMeta).toEqual({ certainty: 'stated', rule: 'correction', evidence: { text: 'bai-viet.yaml:1', offset: 0 } });
    expect(r.date).toMatchObject({ value: '2020-07-29', precision: 'day', certainty: 'stated', rule: 'correction', evidence: { text: 'bai-viet.yaml:2' } });
    expect(r.chair).toMatchObject({ name: 'Nguyễn Văn Bình', title: null, rule: 'correction', evidence: { text: 'bai-viet.yaml:3' } });
    expect(r.meetingType).toMatchObject({ key: 'so-ket-tong-ket', label: 'Hội nghị sơ kết, tổng kết', rule: 'correction' });
    expect(r.tasks).toEqual(['Hoàn thành các chỉ tiêu năm 2020', 'Chuẩn bị đại hội']);
    expect(r.tasksMeta).toMatchObject({ certainty: 'stated', rule: 'correction', evidence: { text: 'bai-viet.yaml:5' } });
    // Cà Mau, as it was on 29/7/2020 (a 2024-era province, code 96), and today inside the new Cà Mau.
    expect(r.province).toMatchObject({ name: 'Cà Mau', slug: 'ca-mau', code: '96', rule: 'correction', evidence: { text: 'bai-viet.yaml:8' } });
    expect(r.provinceToday?.name).toBe('Cà Mau');
  });

  it('lists the corrected fields, and keeps the rest as extracted', () => {
    expect(r.corrected).toEqual(['title', 'date', 'province', 'chair', 'meetingType', 'tasks']);
    expect(r.locality).toEqual(record.locality);
    expect(r.body).toEqual(record.body);
    expect(r.id).toBe(record.id);
    expect(ids(r)).toEqual([]);
  });

  it('moves the address with the corrected date and title, still ending in the content hash', () => {
    expect(r.slug).toMatch(/^2020-07-29-hoi-nghi-ban-chap-hanh-dang-bo-huyen-vinh-thuan-lan-thu-2-[0-9a-f]{6}$/);
    expect(r.slug.endsWith(record.id.slice(0, 6))).toBe(true);
    expect(r.quarter).toBe('2020-Q3');
  });
});

describe('the plain forms a keeper writes', () => {
  it('reads a month, a bare year (a YAML number), and an object with its precision', () => {
    expect(correct('date: 2021-10').date).toMatchObject({ value: '2021-10', precision: 'month' });
    const year = correct('date: 2021');
    expect(year.date).toMatchObject({ value: '2021', precision: 'year' });
    expect(year.quarter).toBeNull();
    expect(correct('date: { value: "2022-04-14", precision: day }').date).toMatchObject({ value: '2022-04-14', precision: 'day' });
  });

  it('reads a locality as "huyện Vĩnh Thuận" or as { name, level }, and a chair with a title', () => {
    expect(correct('locality: thị xã Hà Tiên').locality).toMatchObject({ name: 'Hà Tiên', level: 'thị xã', rule: 'correction' });
    expect(correct('locality: { name: Vĩnh Thuận, level: huyện }').locality).toMatchObject({ name: 'Vĩnh Thuận', level: 'huyện' });
    expect(correct('chair: { name: Lê Trung Hồ, title: Bí thư Huyện ủy }').chair).toMatchObject({ name: 'Lê Trung Hồ', title: 'Bí thư Huyện ủy' });
  });

  it('places a province by the date: after 1 July 2025 the 34 provinces', () => {
    const r = correct('date: 2025-08-01\nprovince: Kiên Giang');
    // Kiên Giang joined An Giang on 1 July 2025: the gazetteer gives the province in force.
    expect(r.province?.name).toBe('An Giang');
    expect(r.corrected).toEqual(['date', 'province']);
  });

  it('takes null as "unknown" for a field that can be unknown', () => {
    const r = correct('chair: null');
    expect(r.chair).toBeNull();
    expect(r.corrected).toEqual(['chair']);
  });

  it('accepts a slug that is one address segment', () => {
    const r = correct('slug: vinh-thuan-2020');
    expect(r.slug).toBe('vinh-thuan-2020');
    expect(r.corrected).toEqual([]);
  });
});

describe('mistakes: a named message with file and line, and the extracted value stays', () => {
  it('an unknown key', () => {
    const r = correct('title: Đúng\nngay: 2022-04-14');
    expect(ids(r)).toEqual([['correction/unknown-key', 2]]);
    expect(r.messages.at(-1)?.reason).toMatch(/^bai-viet\.yaml:2: "ngay" is not a field/);
    expect(r.title).toBe('Đúng');
  });

  it('a wrong type', () => {
    const r = correct('title: Đúng\n\ntasks: một việc\nchair: 42');
    expect(ids(r)).toEqual([['correction/invalid', 3], ['correction/invalid', 4]]);
    expect(r.tasks).toEqual(record.tasks);
    expect(r.chair).toEqual(record.chair);
  });

  it('a date that is not in the calendar, and one that is not a date', () => {
    const r = correct('# sửa ngày\ndate: 2022-02-30\n');
    expect(ids(r)).toEqual([['correction/invalid', 2]]);
    expect(r.messages.at(-1)?.reason).toContain('2022-02-30');
    expect(r.date).toEqual(record.date);
    expect(ids(correct('date: 14/4/2022'))).toEqual([['correction/invalid', 1]]);
  });

  it('a meeting type that is not a key, a level that is not a level, a province nobody knows', () => {
    expect(ids(correct('meetingType: hội nghị'))).toEqual([['correction/invalid', 1]]);
    expect(ids(correct('locality: { name: X, level: ấp }'))).toEqual([['correction/invalid', 1]]);
    expect(ids(correct('locality: Vĩnh Thuận'))).toEqual([['correction/invalid', 1]]);
    const r = correct('title: A\nprovince: Xứ Đoài');
    expect(ids(r)).toEqual([['correction/unknown-province', 2]]);
    expect(r.province).toEqual(record.province);
  });

  it('YAML that does not parse: nothing in the file is applied; a repeated key: the first is used', () => {
    const r = correct('title: A\ntasks: [một, hai\n');
    expect(ids(r)[0]?.[0]).toBe('correction/yaml');
    expect(r.title).toBe(record.title);
    const twice = correct('title: A\ntitle: B');
    expect(ids(twice)).toEqual([['correction/duplicate-key', 2]]);
    expect(twice.title).toBe('A');
    expect(ids(correct('- title: A'))).toEqual([['correction/invalid', 1]]);
  });

  it('a slug or permalink that tries to leave the output is refused by name', () => {
    for (const bad of ['../../x', '/etc/passwd', '..\\..\\x', 'a/../../b', '..']) {
      const r = correct(`permalink: '${bad}'\nslug: '${bad}'`);
      expect(ids(r), bad).toEqual([['correction/unsafe-path', 1], ['correction/unsafe-path', 2]]);
      expect(r.slug).toBe(record.slug);
    }
    expect(checkSlug('Hội nghị')).toMatchObject({ invalid: expect.stringContaining('"hoi-nghi"') });
  });
});

describe('front matter in a .md article', () => {
  const md = (text: string) => new TextEncoder().encode(text);

  it('is split from the body on its fences; the body hashes like the same text in a .txt', () => {
    const split = splitFrontMatter(md(`\uFEFF---\r\ntitle: A\r\n---\r\n${VINH_THUAN.toString()}`));
    expect(split.kind).toBe('front-matter');
    if (split.kind !== 'front-matter') return;
    expect(split.frontMatter.yaml).toBe('title: A\r\n');
    expect(Buffer.from(split.body).equals(VINH_THUAN)).toBe(true);
  });

  it('gives the line of the key in the .md file (the YAML starts on line 2)', () => {
    const split = splitFrontMatter(md('---\ntitle: A\ndate: 2022-02-30\n...\nBody.'));
    if (split.kind !== 'front-matter') throw new Error(split.kind);
    const { messages } = readCorrections(split.frontMatter.yaml, { file: 'bai.md', firstLine: split.frontMatter.firstLine });
    expect(messages).toEqual([]);
    const r = applyCorrections(record, readCorrections(split.frontMatter.yaml, { file: 'bai.md', firstLine: 2 }).entries);
    expect(ids(r)).toEqual([['correction/invalid', 3]]);
    expect(r.messages.at(-1)?.reason).toMatch(/^bai\.md:3: date:/);
  });

  it('no fence, or a fence never closed: the whole file is the article', () => {
    expect(splitFrontMatter(md('Hội nghị\n---\n')).kind).toBe('none');
    expect(splitFrontMatter(md('----\ntitle: A\n---\n')).kind).toBe('none');
    expect(splitFrontMatter(md('---\ntitle: A\nBody.')).kind).toBe('unclosed');
  });
});
