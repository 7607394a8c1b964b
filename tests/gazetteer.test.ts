// Expected values come from ../shared/data/admin-units (the CSVs and PROVENANCE.md), not from the
// gazetteer's own output.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  COMMUNES,
  COMMUNES_2025,
  DISTRICTS,
  PROVINCES_2024,
  PROVINCES_2025,
  communeByCode,
  districtsByCode,
  findCity,
  findCommunes,
  findCommunes2025,
  findDistricts,
  findProvince,
  isKnownPlaceName,
  provinceByCode,
  provinceOnDate,
  provinceToday,
} from '../src/gazetteer/index.ts';
import { DEFAULT_CSV_DIR, build } from '../scripts/build-gazetteer.ts';
import { communesCsv } from '../scripts/build-communes-2025.ts';

const codes = (list: readonly { code: string }[]) => list.map((u) => u.code);
const provinceCodes = (list: readonly { provinceCode: string }[]) => [...new Set(list.map((u) => u.provinceCode))].sort();

describe('provinces', () => {
  it('has the 63 units of 2024 and the 34 of 2025 with their kinds', () => {
    expect(PROVINCES_2024).toHaveLength(63);
    expect(PROVINCES_2024.filter((p) => p.kind === 'tinh')).toHaveLength(57);
    expect(PROVINCES_2025).toHaveLength(34);
    expect(codes(PROVINCES_2025.filter((p) => p.kind === 'thanh-pho-trung-uong'))).toEqual(['01', '31', '46', '48', '79', '92']);
    expect(PROVINCES_2024.every((p) => p.era === 2024) && PROVINCES_2025.every((p) => p.era === 2025)).toBe(true);
  });

  it.each([
    ['Hậu Giang', '93'],
    ['tỉnh Hậu Giang', '93'],
    ['Tỉnh Kiên Giang', '91'],
    ['TP. Hồ Chí Minh', '79'],
    ['Thành phố Hồ Chí Minh', '79'],
    ['TP.HCM', '79'],
    ['TPHCM', '79'],
    ['TP HCM', '79'],
    ['Hồ Chí Minh', '79'],
    ['Thừa Thiên Huế', '46'],
    ['Thừa Thiên - Huế', '46'],
    ['tỉnh Thừa Thiên – Huế', '46'],
    ['Huế', '46'],
    ['Hoà Bình', '17'],
    ['Hòa Bình', '17'],
    ['Khánh Hoà', '56'],
    ['Khánh Hòa', '56'],
    ['Thanh Hoá', '38'],
    ['Bà Rịa - Vũng Tàu', '77'],
    ['Bà Rịa – Vũng Tàu', '77'],
    ['Bà Rịa — Vũng Tàu', '77'],
    ['Bà Rịa-Vũng Tàu', '77'],
    ['HẬU GIANG', '93'],
    ['Hậu Giang'.normalize('NFD'), '93'],
    ['  Cần Thơ. ', '92'],
    ['Hà Nội', '01'],
  ])('findProvince(%j) is %s', (name, code) => {
    expect(findProvince(name)?.code).toBe(code);
  });

  it('keeps the province and the district-level city of the same name apart', () => {
    expect(findProvince('Hà Tĩnh')).toMatchObject({ code: '42', kind: 'tinh', era: 2024 });
    expect(findProvince('tỉnh Hà Tĩnh')?.code).toBe('42');
    // "Thành phố Hà Tĩnh" is the city (district 436), never the province.
    expect(findProvince('Thành phố Hà Tĩnh')).toBeNull();
    expect(findProvince('TP. Vị Thanh')).toBeNull();
  });

  it('reads a name in the era asked for: 2025 codes can differ and old provinces are gone', () => {
    expect(findProvince('An Giang')?.code).toBe('89');
    expect(findProvince('An Giang', 2024)?.code).toBe('89');
    expect(findProvince('An Giang', 2025)).toMatchObject({ code: '91', era: 2025 });
    expect(findProvince('Hậu Giang', 2025)).toBeNull();
    expect(findProvince('TP.HCM', 2025)?.code).toBe('79');
    expect(findProvince('Thừa Thiên Huế', 2025)?.code).toBe('46');
    expect(provinceByCode('91', 2024)?.name).toBe('Kiên Giang');
    expect(provinceByCode('91', 2025)?.name).toBe('An Giang');
    expect(provinceByCode('93', 2025)).toBeNull();
  });

  it.each([
    ['93', '92', 'Cần Thơ'],
    ['91', '91', 'An Giang'],
    ['89', '91', 'An Giang'],
    ['42', '42', 'Hà Tĩnh'],
    ['77', '79', 'Hồ Chí Minh'],
    ['46', '46', 'Huế'],
    ['02', '08', 'Tuyên Quang'],
  ])('provinceToday(%s) is %s %s', (old, code, name) => {
    expect(provinceToday(old)).toMatchObject({ code, name, era: 2025 });
  });

  it('maps every 2024 province to a 2025 one', () => {
    for (const p of PROVINCES_2024) expect(provinceToday(p.code), p.name).not.toBeNull();
    expect(new Set(PROVINCES_2024.map((p) => provinceToday(p.code)?.code)).size).toBe(34);
  });

  it('gives the province in force on a date (Thừa Thiên Huế became the city Huế on 1/1/2025)', () => {
    expect(provinceOnDate('46', '2024-06-01')).toMatchObject({ code: '46', name: 'Thừa Thiên Huế', kind: 'tinh', era: 2024 });
    expect(provinceOnDate('46', '2020')).toMatchObject({ name: 'Thừa Thiên Huế' });
    expect(provinceOnDate('46', '2025-03-01')).toMatchObject({ name: 'Huế', kind: 'thanh-pho-trung-uong', era: 2024 });
    expect(provinceOnDate('93', '2025-06-30')).toMatchObject({ code: '93', name: 'Hậu Giang' });
    expect(provinceOnDate('93', '2025-07-01')).toMatchObject({ code: '92', name: 'Cần Thơ', era: 2025 });
    expect(() => provinceOnDate('93', '1/7/2025')).toThrow(RangeError);
  });
});

describe('districts', () => {
  it('holds 752 rows for 715 codes, 696 of them in force at the end', () => {
    expect(DISTRICTS).toHaveLength(752);
    expect(new Set(codes(DISTRICTS)).size).toBe(715);
    expect(DISTRICTS.filter((d) => d.lastSeen === '2025-03-01')).toHaveLength(696);
    for (const d of DISTRICTS) expect(provinceByCode(d.provinceCode, 2024), d.code).not.toBeNull();
  });

  it.each([
    ['Vĩnh Thuận', '910', 'huyện', '91'],
    ['Giồng Riềng', '906', 'huyện', '91'],
    ['Vị Thanh', '930', 'thành phố', '93'],
    ['huyện Vĩnh Thuận', '910', 'huyện', '91'],
    ['Huyện Giồng Riềng', '906', 'huyện', '91'],
    ['TP. Vị Thanh', '930', 'thành phố', '93'],
    ['thành phố Vị Thanh', '930', 'thành phố', '93'],
  ])('findDistricts(%j) is %s (%s, province %s)', (name, code, level, province) => {
    expect(findDistricts(name)).toEqual([expect.objectContaining({ code, level, provinceCode: province })]);
  });

  it('finds the city of Hà Tĩnh as a district-level thành phố in province 42', () => {
    expect(findDistricts('Hà Tĩnh', { level: 'thành phố' })).toEqual([expect.objectContaining({ code: '436', provinceCode: '42' })]);
    expect(findDistricts('Thành phố Hà Tĩnh')).toEqual([expect.objectContaining({ code: '436' })]);
    expect(findDistricts('Hà Tĩnh', { level: 'huyện' })).toEqual([]);
  });

  it('returns all ten Châu Thành and leaves the choice to the caller', () => {
    const all = findDistricts('Châu Thành');
    expect(all).toHaveLength(10);
    expect(provinceCodes(all)).toEqual(['72', '80', '82', '83', '84', '87', '89', '91', '93', '94']);
    expect(all.every((d) => d.level === 'huyện')).toBe(true);
    expect(codes(findDistricts('huyện Châu Thành', { provinceCode: '93' }))).toEqual(['933']);
    expect(findDistricts('Châu Thành', { date: '2021-05-01' })).toHaveLength(10);
    expect(findDistricts('Châu Thành A', { provinceCode: '93' })).toHaveLength(1);
  });

  it('tells the huyện and the thị xã Long Mỹ apart by their unit word', () => {
    expect(codes(findDistricts('Long Mỹ'))).toEqual(['936', '937']);
    expect(codes(findDistricts('huyện Long Mỹ'))).toEqual(['936']);
    expect(codes(findDistricts('thị xã Long Mỹ'))).toEqual(['937']);
    expect(codes(findDistricts('TX. Long Mỹ'))).toEqual(['937']);
    expect(findDistricts('thị xã Long Mỹ', { level: 'huyện' })).toEqual([]);
  });

  it('matches regardless of tone placement, NFC/NFD and case', () => {
    for (const name of ['Vị Thuỷ', 'Vị Thủy', 'vị thủy', 'VỊ THUỶ', 'Vị Thuỷ'.normalize('NFD')]) {
      expect(codes(findDistricts(name)), name).toEqual(['935']);
    }
    expect(findDistricts('Giồng Riềng'.normalize('NFD'))).toHaveLength(1);
    // GSO spells 311 with the old placement; the new one finds it too.
    expect(new Set(codes(findDistricts('Thủy Nguyên')))).toEqual(new Set(['311']));
    expect(codes(findDistricts('Cư M’gar'))).toEqual(['648']);
    expect(codes(findDistricts('Phan Rang – Tháp Chàm'))).toEqual(['582']);
  });

  it('reads numbered HCMC districts with or without their unit word', () => {
    for (const name of ['Quận 1', 'quận 1', 'Q.1', 'Q. 1', 'Quận 01', '1']) {
      expect(codes(findDistricts(name)), name).toEqual(['760']);
    }
    expect(findDistricts('Quận 1', { level: 'huyện' })).toEqual([]);
  });

  it('keeps units of their own time: renamed, upgraded and merged districts', () => {
    // 172 Phổ Yên: thị xã in the snapshots up to 2021-11-01, thành phố from 2022-04-10.
    expect(findDistricts('Phổ Yên').map((d) => d.level)).toEqual(['thị xã', 'thành phố']);
    expect(findDistricts('Phổ Yên', { date: '2020-05-14' }).map((d) => d.level)).toEqual(['thị xã']);
    expect(findDistricts('Phổ Yên', { date: '2023-06-01' }).map((d) => d.level)).toEqual(['thành phố']);
    expect(findDistricts('thành phố Phổ Yên', { date: '2020' })).toEqual([]);
    // 762 quận Thủ Đức until 2020-11-01; 769 thành phố Thủ Đức from 2021-02-01 (was Quận 2).
    expect(codes(findDistricts('Thủ Đức', { date: '2020-06-01' }))).toEqual(['762']);
    expect(codes(findDistricts('Thủ Đức', { date: '2022-06-01' }))).toEqual(['769']);
    expect(codes(findDistricts('Quận 2', { date: '2020-06-01' }))).toEqual(['769']);
    expect(findDistricts('Quận 2', { date: '2022-06-01' })).toEqual([]);
    // 681 Đạ Huoai until 2025-01-01; 682 Đạ Tẻh renamed Đạ Huoai on 2025-01-01.
    expect(codes(findDistricts('Đạ Huoai', { date: '2024-06-01' }))).toEqual(['681']);
    expect(codes(findDistricts('Đạ Huoai', { date: '2025-05-01' }))).toEqual(['682']);
    expect(codes(findDistricts('Đạ Tẻh', { date: '2024-06' }))).toEqual(['682']);
    expect(findDistricts('Đạ Tẻh', { date: '2025-05-01' })).toEqual([]);
    // A date before the first snapshot still finds units already in it.
    expect(codes(findDistricts('Vĩnh Thuận', { date: '2015-03-02' }))).toEqual(['910']);
    // The district level ended on 2025-07-01.
    expect(findDistricts('Vĩnh Thuận', { date: '2025-06-30' })).toHaveLength(1);
    expect(findDistricts('Vĩnh Thuận', { date: '2025-07-01' })).toEqual([]);
    expect(() => findDistricts('Vĩnh Thuận', { date: '14/4/2020' })).toThrow(RangeError);
  });

  it('lists the rows of a code oldest first', () => {
    expect(districtsByCode('474').map((d) => [d.name, d.level])).toEqual([['Huế', 'thành phố'], ['Thuận Hóa', 'quận']]);
    expect(districtsByCode('999')).toEqual([]);
  });
});

describe('findCity', () => {
  it('decides between a centrally-run city and a district-level one', () => {
    expect(findCity('Hà Nội')).toEqual({ province: expect.objectContaining({ code: '01' }), districts: [] });
    expect(findCity('Hà Tĩnh')).toEqual({ province: null, districts: [expect.objectContaining({ code: '436' })] });
    expect(findCity('Thành phố Vị Thanh', '2021-03-01')).toEqual({ province: null, districts: [expect.objectContaining({ code: '930' })] });
    // Huế was a district-level city of tỉnh Thừa Thiên Huế until 1/1/2025.
    expect(findCity('Huế', '2020-06-01')).toEqual({ province: null, districts: [expect.objectContaining({ code: '474' })] });
    expect(findCity('Huế', '2025-05-01')).toEqual({ province: expect.objectContaining({ code: '46' }), districts: [] });
    expect(findCity('Cần Thơ', '2025-08-01')).toEqual({ province: expect.objectContaining({ code: '92', era: 2025 }), districts: [] });
    expect(findCity('Atlantis')).toEqual({ province: null, districts: [] });
  });
});

describe('communes', () => {
  it('holds the 10,035 communes of 2025-03-01, without the 12 stale GSO records', () => {
    expect(COMMUNES).toHaveLength(10035);
    expect(COMMUNES.filter((c) => c.level === 'xã')).toHaveLength(7692);
    expect(COMMUNES.filter((c) => c.level === 'phường')).toHaveLength(1726);
    expect(COMMUNES.filter((c) => c.level === 'thị trấn')).toHaveLength(617);
    expect(communeByCode('18448')).toBeNull();
    expect(communeByCode('00001')).toMatchObject({ name: 'Phúc Xá', level: 'phường', districtCode: '001', provinceCode: '01' });
  });

  it('finds communes by name, unit word, district and province', () => {
    expect(codes(findCommunes('Vĩnh Thuận', { districtCode: '910' }))).toEqual(['31051', '31069']);
    expect(codes(findCommunes('thị trấn Vĩnh Thuận'))).toEqual(['31051']);
    expect(codes(findCommunes('TT. Vĩnh Thuận'))).toEqual(['31051']);
    expect(codes(findCommunes('xã Vĩnh Thuận', { provinceCode: '91' }))).toEqual(['31069']);
    // GSO typed 27046 "Xã" although it is Phường 5 of quận Phú Nhuận (768).
    expect(findCommunes('Phường 5', { districtCode: '768' })).toEqual([expect.objectContaining({ code: '27046', level: 'phường', provinceCode: '79' })]);
    expect(codes(findCommunes('P.5', { districtCode: '768' }))).toEqual(['27046']);
    // A name that starts with a unit word itself.
    expect(codes(findCommunes('Phường Đúc'))).toEqual(['19780']);
    expect(codes(findCommunes('Văn Miếu – Quốc Tử Giám'))).toEqual(['00181']);
  });

  it('a numbered ward in Roman or Arabic figures is the same ward: Vị Thanh (930) lists "Phường III", articles also write "Phường 3"', () => {
    const inViThanh = (name: string) => findCommunes(name, { level: 'phường', districtCode: '930' }).map((c) => c.name);
    expect(inViThanh('Phường 3')).toEqual(['III']);
    expect(inViThanh('Phường III')).toEqual(['III']);
    expect(inViThanh('phường VII')).toEqual(['VII']);
    expect(inViThanh('Phường 6')).toEqual([]);
    // Saigon's old "Quận I" is Quận 1.
    expect(findDistricts('Quận I').map((d) => d.name)).toEqual(['1']);
  });
});

describe('communes from 1 July 2025', () => {
  it('holds the 3,321 units of that day: 2,621 xã, 687 phường, 13 đặc khu, each under one of the 34 provinces', () => {
    expect(COMMUNES_2025).toHaveLength(3321);
    const count = (level: string) => COMMUNES_2025.filter((c) => c.level === level).length;
    expect([count('xã'), count('phường'), count('đặc khu')]).toEqual([2621, 687, 13]);
    expect(COMMUNES_2025.every((c) => provinceByCode(c.provinceCode, 2025) !== null)).toBe(true);
  });
  it('finds a unit by its name, bare or with its unit word, in its 2025 province', () => {
    expect(provinceCodes(findCommunes2025('xã Óc Eo'))).toEqual(['91']); // An Giang
    expect(provinceCodes(findCommunes2025('Phường Hạc Thành'))).toEqual(['38']); // Thanh Hóa
    // "Cô Tô": the special zone of Quảng Ninh and a commune of An Giang.
    expect(provinceCodes(findCommunes2025('Cô Tô'))).toEqual(['22', '91']);
    expect(provinceCodes(findCommunes2025('đặc khu Cô Tô'))).toEqual(['22']);
    expect(provinceCodes(findCommunes2025('Cô Tô', { level: 'xã' }))).toEqual(['91']);
    // The towns (thị trấn) ended on 1 July 2025.
    expect(findCommunes2025('thị trấn Óc Eo')).toEqual([]);
  });
  it('scripts/build-communes-2025.ts reads merges.json\'s units into the plain CSV, by code, and refuses what it cannot read', () => {
    const merges = (names: string[]) => JSON.stringify({ data: [{ level1_id: '91', name: 'Tỉnh An Giang', level2s: names.map((name, i) => ({ level2_id: `3068${8 - i}`, name })) }] });
    expect(communesCsv(merges(['Xã Óc Eo', 'Đặc khu  Phú Quốc', 'Phường Long Xuyên'])))
      .toBe('code,name,type,province_code\n30686,Long Xuyên,phuong,91\n30687,Phú Quốc,dac-khu,91\n30688,Óc Eo,xa,91\n');
    expect(() => communesCsv(merges(['Thị trấn Óc Eo']))).toThrow(/cannot read the unit/);
  });
});

describe('isKnownPlaceName', () => {
  it.each([
    ['Châu Thành', true],
    ['huyện Vĩnh Thuận', true],
    ['Hậu Giang', true],
    ['Thừa Thiên - Huế', true],
    ['TP.HCM', true],
    ['Cư M’gar', true],
    ['Quận 1', true],
    ['Đạ Tẻh', true],
    ['1', false],
    ['Nguyễn Văn An', false],
    ['Ban Chấp hành', false],
    ['Phúc Xá', false], // a commune, not a province or district
    ['', false],
  ])('%j → %s', (name, known) => {
    expect(isKnownPlaceName(name)).toBe(known);
  });
});

describe('unknown names', () => {
  it('give null or []', () => {
    expect(findProvince('Atlantis')).toBeNull();
    expect(findProvince('')).toBeNull();
    expect(findProvince('tỉnh')).toBeNull();
    expect(findDistricts('Atlantis')).toEqual([]);
    expect(findDistricts('')).toEqual([]);
    expect(findDistricts('huyện')).toEqual([]);
    expect(findCommunes('Atlantis')).toEqual([]);
    expect(provinceByCode('99', 2024)).toBeNull();
    expect(provinceToday('00')).toBeNull();
    expect(provinceOnDate('00', '2020')).toBeNull();
    expect(communeByCode('99999')).toBeNull();
  });
});

describe('units.json', () => {
  const csvPresent = existsSync(join(DEFAULT_CSV_DIR, 'provinces-2024.csv'));
  if (!csvPresent) console.info(`gazetteer: ${DEFAULT_CSV_DIR} is absent, so units.json is not checked against the CSVs`);

  it.skipIf(!csvPresent)('is what the generator makes from ../shared/data/admin-units today (skipped without ../shared)', () => {
    const out = mkdtempSync(join(tmpdir(), 'gazetteer-'));
    try {
      const script = fileURLToPath(new URL('../scripts/build-gazetteer.ts', import.meta.url));
      execFileSync(process.execPath, ['--import', 'tsx', script, DEFAULT_CSV_DIR, '--out', out], { stdio: 'pipe' });
      for (const file of ['units.json', 'PROVENANCE.md']) {
        const fresh = readFileSync(join(out, file));
        const committed = readFileSync(fileURLToPath(new URL(`../src/gazetteer/${file}`, import.meta.url)));
        expect(fresh.equals(committed), `src/gazetteer/${file} is stale: run npm run gazetteer`).toBe(true);
      }
      // And a second, in-process run gives the same bytes.
      expect(build(DEFAULT_CSV_DIR).json).toBe(readFileSync(join(out, 'units.json'), 'utf8'));
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  it('carries its provenance', async () => {
    const { GAZETTEER_PROVENANCE } = await import('../src/gazetteer/index.ts');
    expect(GAZETTEER_PROVENANCE.sources.map((s) => s.commit)).toContain('eaddcea82fc336d59e908989f04178c336a9db10');
    expect(GAZETTEER_PROVENANCE.gsoState).toBe('2025-03-01');
  });
});
