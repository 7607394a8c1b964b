// Eleventy's configuration: a table of contents. Everything the pages show is computed in src/site;
// layouts/ holds the templates. Run through `npm run build` (src/cli/build.ts) or `npm start`.
import type { UserConfig } from '@11ty/eleventy';
import sitePlugin, { optionsFromEnv } from './src/site/plugin.ts';

export default function eleventy(config: UserConfig) {
  // Read per build, not at import: one process (a test run, `npm start`) may build more than once.
  config.addPlugin(sitePlugin, optionsFromEnv());
  return {
    dir: {
      // The articles in content/ are data, not templates: Eleventy reads only layouts/pages.
      input: 'layouts/pages',
      includes: '../_includes',
      data: '../_data',
    },
    templateFormats: ['njk'],
    htmlTemplateEngine: 'njk',
    // "/archive/" for a site hosted under a sub-path; the HTML <base> plugin applies it to every URL.
    pathPrefix: process.env.PATH_PREFIX || '/',
  };
}
