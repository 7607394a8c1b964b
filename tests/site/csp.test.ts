// Content-Security-Policy: every page carries, first in its <head>, a policy that lets only the site's
// own files run and style it (Pagefind's script, WebAssembly and worker included), and no page holds
// anything that policy would block: no inline script or style, no event-handler attribute, no
// javascript: URL. (Chromium's own verdict, no violation in the console, is in tests/browser/.)
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildInto, readPages, ROOT, type Page } from './build-helpers.ts';

let site: string;
let pages: Map<string, Page>;

beforeAll(async () => {
  site = await buildInto(join(ROOT, 'content'));
  pages = await readPages(site);
});

afterAll(async () => {
  if (site) await rm(site, { recursive: true, force: true });
});

const policyOf = (p: Page) => {
  const metas = [...p.document.querySelectorAll('meta[http-equiv]')].filter((m) => m.getAttribute('http-equiv')!.toLowerCase() === 'content-security-policy');
  return metas.map((m) => m.getAttribute('content') ?? '');
};
const directives = (policy: string) =>
  new Map(policy.split(';').map((d) => d.trim()).filter(Boolean).map((d) => {
    const [name, ...values] = d.split(/\s+/);
    return [name!.toLowerCase(), values] as const;
  }));

describe('Content-Security-Policy', () => {
  it('is on every HTML page, once, before anything the page loads', () => {
    expect(pages.size).toBeGreaterThan(10);
    for (const p of pages.values()) {
      expect(policyOf(p), p.url).toHaveLength(1);
      const head = [...p.document.head.children];
      const at = head.findIndex((el) => el.getAttribute('http-equiv')?.toLowerCase() === 'content-security-policy');
      const firstLoad = head.findIndex((el) => el.matches('link[href], script, style'));
      expect(at, p.url).toBeGreaterThanOrEqual(0);
      if (firstLoad >= 0) expect(at, p.url).toBeLessThan(firstLoad);
    }
  });

  it("allows only the site's own scripts and styles: script-src 'self', never 'unsafe-inline' or 'unsafe-eval'", () => {
    for (const p of pages.values()) {
      const policy = policyOf(p)[0]!;
      expect(policy, p.url).not.toMatch(/'unsafe-inline'|'unsafe-eval'|'unsafe-hashes'|\*/);
      const d = directives(policy);
      expect(d.get('default-src'), p.url).toEqual(["'self'"]);
      // Pagefind compiles its WebAssembly: 'wasm-unsafe-eval' allows that and nothing else.
      expect(d.get('script-src'), p.url).toEqual(["'self'", "'wasm-unsafe-eval'"]);
      expect(d.get('style-src'), p.url).toEqual(["'self'"]);
      expect(d.get('worker-src'), p.url).toEqual(["'self'"]);
      expect(d.get('connect-src'), p.url).toEqual(["'self'"]);
      expect(d.get('img-src'), p.url).toEqual(["'self'"]);
      expect(d.get('object-src'), p.url).toEqual(["'none'"]);
      expect(d.get('base-uri'), p.url).toEqual(["'self'"]);
      expect(d.get('form-action'), p.url).toEqual(["'self'"]);
      // Ignored in a meta tag, and a browser says so in the console.
      expect(d.has('frame-ancestors'), p.url).toBe(false);
    }
  });

  it('has nothing on any page that the policy would block', () => {
    const blocked: string[] = [];
    for (const p of pages.values()) {
      for (const s of p.document.querySelectorAll('script')) {
        if (!s.getAttribute('src')) blocked.push(`${p.url}: inline <script>`);
        else if (/^(https?:)?\/\//.test(s.getAttribute('src')!)) blocked.push(`${p.url}: script from elsewhere ${s.getAttribute('src')}`);
      }
      if (p.document.querySelector('style')) blocked.push(`${p.url}: inline <style>`);
      for (const el of p.document.querySelectorAll('*')) {
        for (const a of el.attributes) {
          if (a.name === 'style') blocked.push(`${p.url}: style attribute on <${el.localName}>`);
          if (/^on/i.test(a.name)) blocked.push(`${p.url}: ${a.name} handler on <${el.localName}>`);
          if (/^(href|src|action)$/.test(a.name) && /^\s*javascript:/i.test(a.value)) blocked.push(`${p.url}: javascript: URL`);
        }
      }
      for (const l of p.document.querySelectorAll('link[rel~="stylesheet"]')) {
        if (/^(https?:)?\/\//.test(l.getAttribute('href') ?? '')) blocked.push(`${p.url}: stylesheet from elsewhere`);
      }
    }
    expect(blocked).toEqual([]);
  });
});
