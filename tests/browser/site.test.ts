// The seed site in real Chromium: a reader's journey (home → Kiên Giang → the Vĩnh Thuận article →
// its chair), axe-core on every page kind, no console errors, and a phone-width screenshot of each
// page kind in tests/artifacts/ for a person to look at.
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import axe from 'axe-core';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArticleRecord } from '../../src/records/schema.ts';
import { urlFor } from '../../src/site/urls.ts';
import { buildInto, ROOT } from '../site/build-helpers.ts';
import { serve } from './serve.ts';

const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const ARTIFACTS = join(ROOT, 'tests', 'artifacts');
const HAVE_CHROMIUM = existsSync(CHROMIUM);
const NOT_FOUND = '/khong-co-trang-nay/';

if (!HAVE_CHROMIUM) {
  const how = `Chromium is not installed at ${CHROMIUM}: the browser tests are skipped. Install it with: apt-get install -y chromium`;
  if (process.env.CI === 'true') throw new Error(how);
  console.warn(`\n*** ${how} ***\n`);
}

// The facts of the seed archive this journey relies on (shared/seeds/expected.json).
const GOLD = { province: 'Kiên Giang', locality: 'Vĩnh Thuận', chair: 'Lê Trung Hồ', date: 'thứ Ba, 28 tháng 7 năm 2020' };

describe.skipIf(!HAVE_CHROMIUM)('the site in Chromium', () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serve>>;
  let site: string;
  let records: ArticleRecord[];
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    site = await buildInto(join(ROOT, 'content'));
    records = JSON.parse(await readFile(join(site, 'records.json'), 'utf8'));
    server = await serve(site);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
    await mkdir(ARTIFACTS, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (site) await rm(site, { recursive: true, force: true });
  });

  async function open(path: string, width = 1024): Promise<Page> {
    const page = await browser.newPage({ viewport: { width, height: 800 } });
    page.on('console', (m) => {
      // The 404 page is served with status 404 on purpose; Chromium logs that as an error.
      if (m.type() === 'error' && !(path === NOT_FOUND && m.text().includes('404'))) consoleErrors.push(`${path}: ${m.text()}`);
    });
    page.on('pageerror', (e) => consoleErrors.push(`${path}: ${e.message}`));
    await page.goto(new URL(path.replace(/^\//, ''), server.url).href);
    return page;
  }

  it('takes a reader from the home page to Kiên Giang, the Vĩnh Thuận article and its chair', async () => {
    const page = await open('/');
    await page.getByRole('link', { name: GOLD.province, exact: true }).first().click();
    await expect.poll(() => page.title()).toContain(GOLD.province);
    await page.locator('li.card', { hasText: GOLD.locality }).getByRole('link').first().click();
    expect(await page.locator('h1').textContent()).toContain('Hội nghị Ban chấp hành Đảng bộ huyện lần thứ 2');
    expect(await page.locator('dl.facts').textContent()).toContain(GOLD.date);
    await page.locator('dl.facts').getByRole('link', { name: GOLD.chair }).click();
    await expect.poll(() => page.title()).toContain(GOLD.chair);
    expect(await page.locator('h1').textContent()).toContain(GOLD.chair);
    await page.close();
  });

  it('has no serious or critical axe violation on any page kind, and takes phone screenshots', async () => {
    const byKind = (pred: (r: ArticleRecord) => boolean) => records.find(pred);
    const withQuarter = byKind((r) => r.quarter !== null);
    const withChair = byKind((r) => r.chair !== null);
    const withProvince = byKind((r) => r.province !== null);
    const kinds: [string, string][] = [
      ['home', urlFor.home()],
      ['article', urlFor.article(byKind((r) => r.locality?.name === GOLD.locality) ?? records[0]!)],
      ['articles', urlFor.articles()],
      ['provinces', urlFor.provinces()],
      ['quarters', urlFor.quarters()],
      ['people', urlFor.people()],
      ['meeting-types', urlFor.meetingTypes()],
      ['meeting-type', urlFor.meetingType(records[0]!.meetingType.key)],
      ['unknown-province', urlFor.unknownProvince()],
      ['unknown-date', urlFor.unknownDate()],
      ['about', urlFor.about()],
      ['not-found', NOT_FOUND],
    ];
    if (withProvince?.province) kinds.push(['province', urlFor.province(withProvince.province.slug)]);
    if (withQuarter?.quarter) kinds.push(['quarter', urlFor.quarter(withQuarter.quarter)]);
    if (withChair?.chair) kinds.push(['person', `/nguoi/${(await import('../../src/text/slug.ts')).slug(withChair.chair.name)}/`]);

    const problems: string[] = [];
    for (const [kind, path] of kinds) {
      const page = await open(path, 390);
      expect(await page.locator('html').getAttribute('lang'), path).toBe('vi');
      await page.evaluate(axe.source); // not a <script> tag: the page's CSP blocks inline scripts, DevTools evaluation is exempt
      const result = await page.evaluate(async () => {
        const r = await (window as unknown as { axe: typeof axe }).axe.run(document, { resultTypes: ['violations'] });
        return r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length, help: `${v.help} [${v.nodes.slice(0, 3).map((n) => `${n.target.join(" ")}: ${n.failureSummary?.split("\n").at(-1) ?? ""}`).join("; ")}]` }));
      });
      for (const v of result) if (v.impact === 'serious' || v.impact === 'critical') problems.push(`${kind} ${path}: ${v.id} (${v.impact}, ${v.nodes}×): ${v.help}`);
      // Nothing may be wider than a phone: no sideways scrolling.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `${kind} scrolls sideways at 390px`).toBeLessThanOrEqual(0);
      await page.screenshot({ path: join(ARTIFACTS, `${kind}.png`), fullPage: true });
      await page.close();
    }
    expect(problems).toEqual([]);
  });

  it('logged no console error on any page', () => {
    expect(consoleErrors).toEqual([]);
  });
});
