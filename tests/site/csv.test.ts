import { describe, expect, it } from 'vitest';
import { ArticleRecord } from '../../src/records/schema.ts';
import { BOM, CSV_COLUMNS, csvCell, csvPieces, jsonPieces, recordsCsv, recordsJson } from '../../src/site/csv.ts';
import { chair, day, makeRecord, province } from './make-record.ts';

describe('CSV columns', () => {
  it('derive from the schema: every top-level field is a column or a prefix of columns', () => {
    const names = CSV_COLUMNS.map((c) => c.name);
    for (const key of Object.keys(ArticleRecord.shape)) {
      expect(names.some((n) => n === key || n.startsWith(`${key}.`))).toBe(true);
    }
    expect(names).toContain('date.value');
    expect(names).toContain('chair.evidence.text');
    expect(names).toContain('province.name');
  });
});

describe('recordsCsv', () => {
  const r = makeRecord({
    n: 1,
    title: 'Hội nghị "giao ban", quý I',
    date: day('2022-04-14'),
    province: province('Hà Tĩnh', 'ha-tinh', '42'),
    chair: chair('Lương Quốc Tuấn', 'Phó Bí thư Thường trực Thành ủy'),
    tasks: ['tạo bước đột phá về công tác cán bộ', 'nâng cao chất lượng sinh hoạt chi bộ'],
  });
  const csv = recordsCsv([r]);

  it('starts with a BOM and ends lines with CRLF', () => {
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('quotes cells with commas, quotes and line breaks', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('plain')).toBe('plain');
    expect(csv).toContain('"Hội nghị ""giao ban"", quý I"');
    expect(csv).toContain('"tạo bước đột phá về công tác cán bộ\nnâng cao chất lượng sinh hoạt chi bộ"');
  });

  it('leaves unknown values empty', () => {
    const header = csv.slice(1).split('\r\n')[0]!.split(',');
    const row = recordsCsv([makeRecord({ n: 2 })]).slice(1).split('\r\n')[1]!;
    expect(header.indexOf('date.value')).toBeGreaterThan(0);
    expect(row.split(',')[header.indexOf('date.value')]).toBe('');
  });
});

describe('recordsJson', () => {
  it('writes one record a line and parses back to the same records', () => {
    const rs = [makeRecord({ n: 3 }), makeRecord({ n: 4 })];
    const text = recordsJson(rs);
    expect(text.split('\n')).toHaveLength(5);
    expect(JSON.parse(text)).toEqual(rs);
    expect(JSON.parse(recordsJson([]))).toEqual([]);
  });

  it('is written in pieces that join into the same files, across piece boundaries', () => {
    const rs = Array.from({ length: 130 }, (_, i) => makeRecord({ n: i + 10 }));
    const pieces = [...jsonPieces(rs)];
    expect(pieces.length).toBeGreaterThan(2);
    const text = pieces.join('');
    expect(JSON.parse(text)).toEqual(rs);
    expect(text.split('\n')).toHaveLength(rs.length + 3);
    const rows = [...csvPieces(rs)].join('').slice(1).split('\r\n');
    // Header, one row a record, and the empty string after the last CRLF.
    expect(rows).toHaveLength(rs.length + 2);
    expect(rows.at(-1)).toBe('');
  });
});
