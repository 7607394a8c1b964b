// TCVN3 and VNI tables: full alphabet round trips, the garbage each looks like, and what detection
// must leave alone.
import { describe, expect, it } from 'vitest';
import { detectLegacy, fromTcvn3, fromVni, toTcvn3, toVni } from '../../src/ingest/legacy-vn.ts';

// Every vowel with no tone and the five tones (huyền, hỏi, ngã, sắc, nặng), then đ: 12 × 6 + 1 letters.
const LOWER = 'aàảãáạ ăằẳẵắặ âầẩẫấậ eèẻẽéẹ êềểễếệ iìỉĩíị oòỏõóọ ôồổỗốộ ơờởỡớợ uùủũúụ ưừửữứự yỳỷỹýỵ đ';
const UPPER = 'AÀẢÃÁẠ ĂẰẲẴẮẶ ÂẦẨẪẤẬ EÈẺẼÉẸ ÊỀỂỄẾỆ IÌỈĨÍỊ OÒỎÕÓỌ ÔỒỔỖỐỘ ƠỜỞỠỚỢ UÙỦŨÚỤ ƯỪỬỮỨỰ YỲỶỸÝỴ Đ';

describe('the alphabet strings themselves', () => {
  it('hold 73 letters each, in NFC, matching each base with each tone mark', () => {
    expect(LOWER.replace(/ /g, '')).toHaveLength(73);
    expect(LOWER.normalize('NFC')).toBe(LOWER);
    expect(UPPER).toBe(LOWER.toUpperCase());
    const marks = ['', '\u0300', '\u0309', '\u0303', '\u0301', '\u0323'];
    const built = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y']
      .map((v) => marks.map((m) => (v + m).normalize('NFC')).join(''))
      .join(' ');
    expect(`${built} đ`).toBe(LOWER);
  });
});

describe('TCVN3 (ABC)', () => {
  it('round-trips every lowercase letter and the seven capitals it has', () => {
    expect(fromTcvn3(toTcvn3(LOWER))).toBe(LOWER);
    expect(fromTcvn3(toTcvn3('Ă Â Ê Ô Ơ Ư Đ'))).toBe('Ă Â Ê Ô Ơ Ư Đ');
  });

  it('encodes one byte per letter, all in 0xA0–0xFE', () => {
    const encoded = toTcvn3(LOWER.replace(/[ aeiouy]/g, ''));
    expect(encoded).toHaveLength(67);
    for (const ch of encoded) expect(ch.charCodeAt(0)).toBeGreaterThanOrEqual(0xa1);
  });

  it('reads the garbage old .VnTime text shows as Latin-1', () => {
    expect(fromTcvn3('Héi nghÞ TØnh ñy')).toBe('Hội nghị Tỉnh ủy');
    expect(fromTcvn3('§¶ng bé huyÖn Th¹ch Hµ')).toBe('Đảng bộ huyện Thạch Hà');
    expect(fromTcvn3('B¸t X¸t, M­êng Kh­¬ng')).toBe('Bát Xát, Mường Khương');
  });

  it('draws toned capitals with lowercase codes (the .VnTimeH convention), so they come back lowercase', () => {
    expect(fromTcvn3(toTcvn3('ỦY BAN'))).toBe('ủY BAN');
  });
});

describe('VNI-Windows', () => {
  it('round-trips every letter, lower and upper case', () => {
    expect(fromVni(toVni(LOWER))).toBe(LOWER);
    expect(fromVni(toVni(UPPER))).toBe(UPPER);
  });

  it('reads the garbage old VNI-Times text shows as Latin-1', () => {
    expect(fromVni('Hoäi nghò Tænh uûy')).toBe('Hội nghị Tỉnh ủy');
    expect(fromVni('ñöôïc Myõ Tho, kyû nieäm')).toBe('được Mỹ Tho, kỷ niệm');
    expect(fromVni('ÑAÛNG UÛY')).toBe('ĐẢNG ỦY');
  });

  it('writes ỷ and ỹ as y + accent byte (the npm converter gets these wrong)', () => {
    expect(toVni('kỷ Mỹ')).toBe('kyû Myõ');
  });
});

describe('detectLegacy', () => {
  const text = 'Sáng ngày 14/4, Thành ủy Hà Tĩnh tổ chức hội nghị giao ban với Đảng ủy các phường, xã nhằm đánh giá tình hình công tác xây dựng Đảng quý I/2022.';

  it('converts TCVN3 and VNI text and names the encoding', () => {
    expect(detectLegacy(toTcvn3(text))).toMatchObject({ kind: 'converted', encoding: 'tcvn3', text });
    expect(detectLegacy(toVni(text))).toMatchObject({ kind: 'converted', encoding: 'vni-windows', text });
  });

  it('leaves Unicode Vietnamese alone, old tone placement included ("hoà" is VNI for "hồ")', () => {
    expect(detectLegacy(text)).toEqual({ kind: 'unicode' });
    expect(detectLegacy('Khánh Hoà, thuỷ lợi, sức khoẻ, Uỷ ban, hoà bình, loà xoà, toà án.')).toEqual({ kind: 'unicode' });
  });

  it('leaves Unicode alone when it holds a few Latin-1 symbols and foreign names', () => {
    expect(detectLegacy(`${text} Đạt ½ kế hoạch, nhiệt độ 30°C, ông Müller (Đức) và bà Zoë dự «hội thảo» · ©2022.`)).toEqual({ kind: 'unicode' });
  });

  it('ASCII-only text has no evidence either way', () => {
    expect(detectLegacy('Hoi nghi Tinh uy Ha Tinh')).toEqual({ kind: 'unicode' });
  });

  it('reports, and does not convert, text that neither table reads', () => {
    const mixed = `${toTcvn3(text)} ${toVni(text)}`;
    expect(detectLegacy(mixed)).toMatchObject({ kind: 'suspected' });
    // UTF-8 read as Windows-1252 ("mojibake") is not a font encoding either.
    const mojibake = 'Há»™i nghá»‹ Tá»‰nh á»§y HÃ  TÄ©nh tá»• chá»©c há»™i nghá»‹ giao ban vá»›i cÃ¡c phÆ°á»ng';
    expect(detectLegacy(mojibake).kind).toBe('suspected');
  });
});
