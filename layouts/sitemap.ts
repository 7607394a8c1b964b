// sitemap.xml: every page's location, absolute when SITE_URL is set, as the sitemap protocol asks.
// The path prefix and the site's URL are joined once, not per location: through Nunjucks' `url`
// and `absoluteUrl` filters each of 25,000 locations cost ~20 µs.
import { escape } from 'html-escaper';

type Data = { site: { sitemap: readonly string[] }; meta: { siteUrl: string | null } };

/** Registered by src/site/plugin.ts as a virtual 11ty.js template. */
export const sitemapTemplate = {
  data: () => ({ permalink: '/sitemap.xml', eleventyExcludeFromCollections: true }),
  render(this: { url: (path: string) => string }, { site, meta }: Data): string {
    // Eleventy's `url` filter on "/" is the path prefix: "/" or "/archive/".
    const prefix = this.url('/');
    const base = meta.siteUrl ? new URL(prefix, `${meta.siteUrl}/`).href : prefix;
    let out = '<?xml version="1.0" encoding="utf-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n';
    // Every path in site.sitemap starts with "/" (src/site/urls.ts).
    for (const path of site.sitemap) out += `<url><loc>${escape(base + path.slice(1))}</loc></url>\n`;
    return `${out}</urlset>\n`;
  },
};
