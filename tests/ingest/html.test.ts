// Saved web pages: recognised by their preamble or their density of tags, never by a stray tag in
// an article; their text keeps its paragraphs and loses scripts, styles and navigation.
import { describe, expect, it } from 'vitest';
import { htmlToText, looksLikeHtml } from '../../src/ingest/html.ts';
import { sourceFromBytes, isUnreadable } from '../../src/ingest/index.ts';

describe('looksLikeHtml', () => {
  it.each([
    ['<!DOCTYPE html><html><body><p>Hội nghị</p></body></html>'],
    ['\ufeff\n  <!doctype HTML>\n<title>x</title>'],
    ['<html lang="vi"><p>Hội nghị</p>'],
    ['<?xml version="1.0" encoding="utf-8"?>\n<html xmlns="http://www.w3.org/1999/xhtml"><body></body></html>'],
    ['<!-- saved from url=(0042)https://example.vn/tin -->\n<html><body>x</body></html>'],
    ['<body><div>Hội nghị</div></body>'],
    [Array.from({ length: 8 }, (_, i) => `<div class="row"><p>Đoạn ${i}</p></div>`).join('')],
  ])('a page: %j', (text) => {
    expect(looksLikeHtml(text)).toBe(true);
  });

  it.each([
    ['Hội nghị Ban Thường vụ Tỉnh ủy.\n\nĐồng chí Bí thư chủ trì.'],
    ['Bạn đọc gửi: <script>alert(1)</script> và <img src=x onerror=alert(1)>.\n\nHội nghị diễn ra sáng nay.'],
    ['Quy định: 3 < 5 và 7 > 2; điểm <b>quan trọng</b>.'],
    ['{{ site.title }} {% include "x" %}'],
  ])('not a page: %j', (text) => {
    expect(looksLikeHtml(text)).toBe(false);
  });
});

describe('htmlToText', () => {
  it('keeps headings and paragraphs as paragraphs and line breaks as lines', () => {
    const html = '<html><body><h1>Tiêu đề</h1><p>Dòng một<br>dòng hai</p><ul><li>Một</li><li>Hai</li></ul></body></html>';
    expect(htmlToText(html)).toBe('Tiêu đề\n\nDòng một\ndòng hai\n\nMột\n\nHai');
  });

  it('drops head, script, style, nav, aside and the page header/footer, keeps an article header', () => {
    const html = `<html><head><title>Cổng</title><style>.a{}</style></head><body>
      <header>Logo</header><nav><a>Trang chủ</a></nav>
      <article><header><h1>Hội nghị</h1></header><p>Nội dung.</p><footer>Tác giả: Minh An</footer></article>
      <aside>Tin khác</aside><footer>Bản quyền</footer><script>document.write("<p>x</p>")</script></body></html>`;
    expect(htmlToText(html)).toBe('Hội nghị\n\nNội dung.\n\nTác giả: Minh An');
  });

  it('decodes entities and collapses white space and &nbsp;', () => {
    expect(htmlToText('<p>H&#7897;i&nbsp;&nbsp;ngh&#x1ECB;\n   t&agrave;i &amp; ch&iacute;nh &lt;3</p>')).toBe('Hội nghị tài & chính <3');
  });

  it('keeps the lines of <pre>', () => {
    expect(htmlToText('<pre>a\n  b</pre>')).toBe('a\nb');
  });

  it('survives broken markup', () => {
    expect(htmlToText('<html><body><p>Một<div>Hai</p></span><p>Ba')).toBe('Một\n\nHai\n\nBa');
    expect(htmlToText('<script>never closed <p>x</p>')).toBe('');
  });
});

describe('a saved page through ingest', () => {
  it('with no readable text is an empty file', () => {
    const s = sourceFromBytes('p.txt', Buffer.from('<!doctype html><html><head><title>x</title></head><body><script>1</script></body></html>'));
    expect(isUnreadable(s) && s.message.id).toBe('ingest/empty');
  });

  it('in TCVN3 behind entities is converted after extraction', () => {
    // "Hội nghị Tỉnh ủy" and more in TCVN3, written as numeric entities by an old page editor.
    const tcvn3 = 'Héi nghÞ TØnh ñy Hµ TÜnh tæ chøc héi nghÞ giao ban víi c¸c §¶ng ñy c¬ së';
    const entities = [...tcvn3].map((ch) => (ch.charCodeAt(0) > 0x7f ? `&#${ch.charCodeAt(0)};` : ch)).join('');
    const s = sourceFromBytes('p.txt', Buffer.from(`<!doctype html><html><body><p>${entities}</p></body></html>`));
    expect(isUnreadable(s)).toBe(false);
    if (isUnreadable(s)) return;
    expect(s.text).toBe('Hội nghị Tỉnh ủy Hà Tĩnh tổ chức hội nghị giao ban với các Đảng ủy cơ sở');
    expect(s.messages.map((m) => m.id)).toEqual(['ingest/html', 'ingest/legacy-encoding']);
  });
});

describe('character references left in a text file', () => {
  it('"xã Long Hiệp,&nbsp;Bí thư", "&quot;Dân vận khéo&quot;", "&#7897;" are read as their characters, and said so', () => {
    const s = sourceFromBytes('a.txt', Buffer.from('Ngày 05 tháng 10 năm 2022, tại xã Long Hiệp,&nbsp;Bí thư Huyện ủy xây dựng mô hình &quot;Dân vận khéo&quot; ở h&#7897;i trường.'));
    if (isUnreadable(s)) throw new Error('unreadable');
    expect(s.text).toBe('Ngày 05 tháng 10 năm 2022, tại xã Long Hiệp,\u00a0Bí thư Huyện ủy xây dựng mô hình "Dân vận khéo" ở hội trường.');
    expect(s.messages.map((m) => m.id)).toContain('ingest/html-entities');
  });
  it('an ampersand that is no complete reference ("R&D", "Văn hóa & Đời sống", "&amp" without ";") stays', () => {
    const text = 'Chuyên mục Văn hóa & Đời sống, quỹ R&D, và &amp không dấu chấm phẩy.';
    const s = sourceFromBytes('b.txt', Buffer.from(text));
    if (isUnreadable(s)) throw new Error('unreadable');
    expect(s.text).toBe(text);
    expect(s.messages.map((m) => m.id)).not.toContain('ingest/html-entities');
  });
});
