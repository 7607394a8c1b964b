// The site as one Eleventy configuration function: directories, records as global data, the RSS
// plugin's filters, the stylesheet, and the data files written beside the pages. `.eleventy.ts`
// (npm start, or Eleventy's own command line) and the build's render threads (src/site/render.ts)
// both configure Eleventy through `siteConfig`, so they cannot drift apart.
import { mkdir, open, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { UserConfig } from '@11ty/eleventy';
import rssPlugin from '@11ty/eleventy-plugin-rss';
import MarkdownIt from 'markdown-it';
import { articleTemplate } from '../../layouts/article.ts';
import * as chrome from '../../layouts/chrome.ts';
import { LIST_TEMPLATES, listTemplate } from '../../layouts/list.ts';
import { sitemapTemplate } from '../../layouts/sitemap.ts';
import * as parts from '../../layouts/parts.ts';
import { recordJsonSchemaText } from '../records/json-schema.ts';
import type { ArticleRecord } from '../records/schema.ts';
import { csvPieces, jsonPieces } from './csv.ts';
import { loadSite, readProvenance, summary } from './load.ts';
import type { SiteData } from './model.ts';
import { writeSearchScript } from './search.ts';
import { urlFor } from './urls.ts';

/** Where the Nunjucks page templates are. Article pages come from layouts/article.ts. */
export const TEMPLATES_DIR = 'layouts/pages';

/**
 * What one Eleventy run draws. `all`: every page from the content directory, read afresh on every
 * build (npm start). The build splits a site into one `singles` run (the pages made once: home,
 * indexes, overview, feed, sitemap, ...; and the stylesheet) and `slices` runs of a few thousand
 * paginated pages each, article or list pages (src/site/render.ts): Eleventy holds every page it
 * renders until its run ends, so a run's size bounds the build's memory.
 */
export type Part = 'all' | 'singles' | 'slices';

export type SiteOptions = {
  /** Where the articles are (`content/`). */
  contentDir: string;
  /** "https://example.org" when known: the feed and sitemap need absolute URLs to be of use elsewhere. */
  siteUrl: string | null;
  /** The gazetteer's provenance note, summarised on the about page. */
  provenancePath: string;
  /** The stylesheet's directory, copied to /assets/. */
  assetsDir: string;
  /** Where the build summary goes (stderr by default; tests silence it). */
  log: (text: string) => void;
  part?: Part;
  /** The site's data when the caller computed it (`singles` and `slices` runs, whose caller writes
   * the data files); `all` reads content/ and writes them. */
  site?: SiteData;
};

export function optionsFromEnv(env: NodeJS.ProcessEnv = process.env): SiteOptions {
  const siteUrl = env.SITE_URL?.trim() || null;
  return {
    contentDir: env.BIEN_NIEN_CONTENT || 'content',
    siteUrl: siteUrl ? siteUrl.replace(/\/+$/, '') : null,
    provenancePath: 'src/gazetteer/PROVENANCE.md',
    assetsDir: 'assets',
    log: env.BIEN_NIEN_QUIET ? () => {} : (text) => process.stderr.write(text),
  };
}

// Our own documentation, not article text: raw HTML in it is escaped all the same (html: false).
const markdown = new MarkdownIt({ html: false, linkify: true });

export function siteConfig(config: UserConfig, options: SiteOptions): void {
  const part = options.part ?? 'all';
  config.setInputDirectory(TEMPLATES_DIR);
  config.setIncludesDirectory('../_includes');
  config.setDataDirectory('../_data');
  config.setTemplateFormats(['njk', '11ty.js']);
  // Article pages: a TypeScript template, registered as a virtual one (Eleventy would otherwise need
  // a TypeScript loader in every thread). `slices` runs read no other template; a `singles` run
  // finds no article in its data.
  config.addTemplate('bai-viet.11ty.js', articleTemplate);
  // The long lists too (thousands of pages in a large archive), also drawn in slices.
  for (const [name, key] of LIST_TEMPLATES) config.addTemplate(`${name}.11ty.js`, listTemplate(key));
  if (part === 'slices') config.ignores.add(`${TEMPLATES_DIR}/**`);
  else config.addTemplate('sitemap.11ty.js', sitemapTemplate);
  // The head, header and footer for Nunjucks pages, from the one copy the TypeScript pages use.
  config.addNunjucksGlobal('chrome', {
    headStart: () => chrome.headStart().text,
    headLinks: () => chrome.headLinks().text,
    siteHeader: () => chrome.siteHeader().text,
    siteFooter: () => chrome.siteFooter().text,
  });
  config.addNunjucksGlobal('parts', {
    card: (c: Parameters<typeof parts.card>[0]) => parts.card(c).text,
    counts: (list: Parameters<typeof parts.counts>[0], cls?: string) => parts.counts(list, cls).text,
    crumbs: (links: Parameters<typeof parts.crumbs>[0], here: string) => parts.crumbs(links, here).text,
  });

  let records: readonly ArticleRecord[] | null = null;
  // A function, so that every build (also a rebuild under `npm start`) reads content/ afresh.
  config.addGlobalData('site', async () => {
    if (options.site) return options.site;
    const loaded = await loadSite(options.contentDir);
    options.log(summary(loaded));
    records = loaded.records;
    return loaded.site;
  });
  config.addGlobalData('meta', async () => {
    const provenance = part === 'slices' ? null : await readProvenance(options.provenancePath);
    return {
      name: chrome.SITE_NAME,
      description: 'Lưu trữ tin hội nghị của các cấp ủy Đảng địa phương: mỗi bài một bản ghi có ngày, địa bàn, người chủ trì, loại hội nghị và nhiệm vụ.',
      siteUrl: options.siteUrl,
      provenanceHtml: provenance ? markdown.render(provenance) : null,
      urls: chrome.SITE_URLS,
    };
  });

  // dateToRfc3339 and absoluteUrl for the Atom feed; it also registers the HTML <base> plugin,
  // which applies PATH_PREFIX to every URL in the written HTML.
  config.addPlugin(rssPlugin);
  config.setNunjucksEnvironmentOptions({ autoescape: true, throwOnUndefined: false, trimBlocks: true, lstripBlocks: true });
  if (part === 'slices') return;

  config.addPassthroughCopy({ [options.assetsDir]: 'assets' });
  // Articles are watched; src/ is not: Node cannot reload an ES module, so a change to the
  // extractor needs a restart of `npm start`.
  config.addWatchTarget(options.contentDir);
  config.on('eleventy.after', async ({ directories }) => {
    if (part === 'all' && records) await writeDataFiles(resolve(directories.output), records);
  });
}

/** records.json, records.csv (written piece by piece), the JSON Schema and the search page's script. */
export async function writeDataFiles(out: string, records: readonly ArticleRecord[]): Promise<void> {
  await Promise.all([writeRecordsJson(out, records), writeOtherDataFiles(out, records)]);
}

/**
 * records.json alone: the build writes it as soon as the records are known, to let go of their JSON
 * text (src/records/json-text.ts) before the rest of the site is computed.
 */
export async function writeRecordsJson(out: string, records: readonly ArticleRecord[]): Promise<void> {
  await mkdir(out, { recursive: true });
  await writePieces(join(out, urlFor.recordsJson()), jsonPieces(records));
}

/** The data files but records.json. */
export async function writeOtherDataFiles(out: string, records: readonly ArticleRecord[]): Promise<void> {
  await mkdir(join(out, 'schema'), { recursive: true });
  await Promise.all([
    writePieces(join(out, urlFor.recordsCsv()), csvPieces(records)),
    writeFile(join(out, urlFor.schema()), recordJsonSchemaText()),
    writeSearchScript(out),
  ]);
}

/** Bytes a data file is written in (the last piece of a buffer may make it longer). */
const WRITE_BUFFER = 1 << 20;

/**
 * A file written from pieces of text, encoded one after another into one buffer that is written and
 * reused: a stream of strings encodes every piece into memory of its own, which touched ~0.5 GB of
 * fresh pages for the two data files at 20,000 articles (~1 processor second of page faults).
 */
export async function writePieces(path: string, pieces: Iterable<string | Uint8Array>): Promise<void> {
  const file = await open(path, 'w');
  try {
    let buffer = Buffer.allocUnsafeSlow(WRITE_BUFFER);
    let used = 0;
    const flush = async () => {
      for (let at = 0; at < used; ) at += (await file.write(buffer, at, used - at)).bytesWritten;
      used = 0;
    };
    for (const piece of pieces) {
      // UTF-8 takes at most three bytes for a UTF-16 unit; bytes are copied as they are.
      const most = typeof piece === 'string' ? 3 * piece.length : piece.length;
      if (used + most > buffer.length) {
        await flush();
        if (most > buffer.length) buffer = Buffer.allocUnsafeSlow(most);
      }
      if (typeof piece === 'string') used += buffer.write(piece, used);
      else {
        buffer.set(piece, used);
        used += piece.length;
      }
    }
    await flush();
  } finally {
    await file.close();
  }
}
