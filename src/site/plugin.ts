// The site as one Eleventy plugin: records as global data (computed once per build), the RSS
// plugin's filters, the stylesheet, and the data files written beside the pages.
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { UserConfig } from '@11ty/eleventy';
import rssPlugin from '@11ty/eleventy-plugin-rss';
import MarkdownIt from 'markdown-it';
import { recordJsonSchemaText } from '../records/json-schema.ts';
import { recordsCsv, recordsJson } from './csv.ts';
import { loadSite, readProvenance, summary, type Loaded } from './load.ts';
import { searchFields, searchUrls, writeSearchScript } from './search.ts';
import { urlFor } from './urls.ts';

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

export default function sitePlugin(config: UserConfig, options: SiteOptions): void {
  let current: Loaded | null = null;

  // A function, so that every build (also a rebuild under `npm start`) reads content/ afresh.
  config.addGlobalData('site', async () => {
    current = await loadSite(options.contentDir);
    options.log(summary(current));
    return current.site;
  });
  config.addGlobalData('meta', async () => {
    const provenance = await readProvenance(options.provenancePath);
    return {
      name: 'Biên niên',
      description: 'Lưu trữ tin hội nghị của các cấp ủy Đảng địa phương: mỗi bài một bản ghi có ngày, địa bàn, người chủ trì, loại hội nghị và nhiệm vụ.',
      siteUrl: options.siteUrl,
      provenanceHtml: provenance ? markdown.render(provenance) : null,
      urls: { ...urlFor, ...searchUrls },
    };
  });

  // dateToRfc3339 and absoluteUrl for the Atom feed; it also registers the HTML <base> plugin,
  // which applies PATH_PREFIX to every URL in the written HTML.
  config.addPlugin(rssPlugin);
  config.setNunjucksEnvironmentOptions({ autoescape: true, throwOnUndefined: false, trimBlocks: true, lstripBlocks: true });
  config.addPassthroughCopy({ [options.assetsDir]: 'assets' });
  // Pagefind's attributes on article pages (the index itself is written by buildOnce).
  config.addFilter('searchFields', searchFields);
  // Articles are watched; src/ is not: Node cannot reload an ES module, so a change to the
  // extractor needs a restart of `npm start`.
  config.addWatchTarget(options.contentDir);

  // Eleventy 3 holds every written page in memory until the build ends. Held as UTF-8 bytes, a
  // Vietnamese page takes half the memory of a JS string (two bytes a character): at 20,000 articles
  // that is the difference between fitting in 1 GiB or not. Runs after every other transform.
  config.addTransform('utf8', function (this: { outputPath?: string | false }, content: unknown) {
    return typeof content === 'string' && typeof this.outputPath === 'string' && this.outputPath.endsWith('.html') ? Buffer.from(content) : content;
  });

  config.on('eleventy.after', async ({ directories }) => {
    if (!current) return;
    const out = resolve(directories.output);
    await mkdir(join(out, 'schema'), { recursive: true });
    await Promise.all([
      writeFile(join(out, urlFor.recordsJson()), recordsJson(current.records)),
      writeFile(join(out, urlFor.recordsCsv()), recordsCsv(current.records)),
      writeFile(join(out, urlFor.schema()), recordJsonSchemaText()),
      writeSearchScript(out),
    ]);
  });
}
