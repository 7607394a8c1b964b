// The overview in real Chromium: /tong-quan/ and a province page with its small overview, at phone
// width (axe-core clean, no console error, no sideways scrolling, screenshots in tests/artifacts/),
// at desktop width (the two maps side by side), and a reader's click from a map region to its
// province, as a mouse user would.
import { existsSync } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import axe from 'axe-core';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildInto, ROOT } from '../site/build-helpers.ts';
import { serve } from './serve.ts';

const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const ARTIFACTS = join(ROOT, 'tests', 'artifacts');
const HAVE_CHROMIUM = existsSync(CHROMIUM);

if (!HAVE_CHROMIUM) {
  const how = `Chromium is not installed at ${CHROMIUM}: the browser tests are skipped. Install it with: apt-get install -y chromium`;
  if (process.env.CI === 'true') throw new Error(how);
  console.warn(`\n*** ${how} ***\n`);
}

describe.skipIf(!HAVE_CHROMIUM)('the overview in Chromium', () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serve>>;
  let site: string;
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    site = await buildInto(join(ROOT, 'content'));
    server = await serve(site);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
    await mkdir(ARTIFACTS, { recursive: true });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (site) await rm(site, { recursive: true, force: true });
  });

  async function open(path: string, width: number): Promise<Page> {
    const page = await browser.newPage({ viewport: { width, height: 800 } });
    page.on('console', (m) => {
      if (m.type() === 'error') consoleErrors.push(`${path}: ${m.text()}`);
    });
    page.on('pageerror', (e) => consoleErrors.push(`${path}: ${e.message}`));
    await page.goto(new URL(path.replace(/^\//, ''), server.url).href);
    return page;
  }

  async function axeViolations(page: Page): Promise<string[]> {
    await page.evaluate(axe.source); // DevTools evaluation: the page's CSP blocks inline scripts
    const result = await page.evaluate(async () => {
      const r = await (window as unknown as { axe: typeof axe }).axe.run(document, { resultTypes: ['violations'] });
      return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: `${v.help} [${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join('; ')}]` }));
    });
    return result.map((v) => `${v.id} (${v.impact}): ${v.help}`);
  }

  it.each([
    ['overview', '/tong-quan/'],
    ['overview-province', '/tinh/kien-giang/'],
  ])('%s at phone width: axe finds nothing, nothing scrolls sideways, a screenshot is saved', async (name, path) => {
    const page = await open(path, 390);
    expect(await axeViolations(page)).toEqual([]);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `${path} scrolls sideways at 390px`).toBeLessThanOrEqual(0);
    // Each map and chart fits the phone's width and is drawn at a readable size.
    for (const box of await page.locator('svg.map, svg.chart, svg.links').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as DOMRect))) {
      expect(box.right).toBeLessThanOrEqual(390);
      expect(box.width).toBeGreaterThan(100);
    }
    await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
    await page.close();
  });

  it('puts the two maps side by side on a desktop, each with its legend, and the "chưa rõ tỉnh" note in view', async () => {
    const page = await open('/tong-quan/', 1024);
    const [a, b] = await page.locator('svg.map').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as DOMRect));
    expect(Math.abs(a!.top - b!.top)).toBeLessThan(40);
    expect(b!.left).toBeGreaterThan(a!.right);
    // Each link layer lies exactly over its picture.
    const pairs = await page.locator('.graphic').evaluateAll((els) =>
      els.map((g) => [g.querySelector('svg[role="img"]')!.getBoundingClientRect().toJSON(), g.querySelector('svg.links')!.getBoundingClientRect().toJSON()] as [DOMRect, DOMRect]),
    );
    for (const [pic, layer] of pairs) {
      for (const k of ['left', 'top', 'width', 'height'] as const) expect(Math.abs(pic[k] - layer[k])).toBeLessThan(1);
    }
    expect(await page.locator('.map-figure ul.legend').count()).toBe(2);
    await expect.poll(() => page.locator('.map-note').isVisible()).toBe(true);
    await page.screenshot({ path: join(ARTIFACTS, 'overview-desktop.png'), fullPage: true });
    await page.close();
  });

  it('takes a mouse user from a map region to its province page, and a keyboard user through the table', async () => {
    const page = await open('/tong-quan/', 1024);
    // A point inside Kiên Giang's outline, on the screen; the mouse clicks there, on the picture.
    await page.locator('#ban-do-63 svg.map').scrollIntoViewIfNeeded();
    const point = await page.evaluate(() => {
      const path = document.querySelector<SVGPathElement>('#ban-do-63 svg.map path#map63-91')!;
      const box = path.getBBox();
      const ctm = path.getScreenCTM()!;
      for (let fy = 0.1; fy < 1; fy += 0.1) {
        for (let fx = 0.1; fx < 1; fx += 0.1) {
          const p = new DOMPoint(box.x + fx * box.width, box.y + fy * box.height);
          if (path.isPointInFill(p)) {
            const s = p.matrixTransform(ctm);
            return { x: s.x, y: s.y };
          }
        }
      }
      return null;
    });
    expect(point).not.toBeNull();
    await page.mouse.move(point!.x, point!.y);
    // What is under the mouse is Kiên Giang's link, with its tooltip.
    const under = await page.evaluate(({ x, y }) => {
      const a = document.elementFromPoint(x, y)?.closest('a');
      return a ? [a.getAttribute('href'), a.querySelector('title')?.textContent] : null;
    }, point!);
    expect(under).toEqual(['/tinh/kien-giang/', 'Kiên Giang: 1 bài']);
    await page.mouse.click(point!.x, point!.y);
    await expect.poll(() => page.title()).toContain('Kiên Giang');
    await page.goBack();
    await page.locator('#ban-do .map-table').first().getByRole('link', { name: 'Kiên Giang', exact: true }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.title()).toContain('Kiên Giang');
    await page.close();
  });

  it('prints: the maps and charts keep their colours and the menu is left out', async () => {
    const page = await open('/tong-quan/', 1024);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('header.site nav').isVisible()).toBe(false);
    expect(await page.locator('svg.map').first().isVisible()).toBe(true);
    await page.close();
  });

  it('logged no console error', () => {
    expect(consoleErrors).toEqual([]);
  });
});
