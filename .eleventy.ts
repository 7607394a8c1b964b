// Eleventy's configuration for `npm start` and Eleventy's own command line
// (`node --import tsx node_modules/.bin/eleventy --config=.eleventy.ts`): the whole site in one run,
// read from content/ on every build. `npm run build` configures Eleventy with the same function from
// its render threads (src/site/render.ts). Everything the pages show is computed in src/site.
import type { UserConfig } from '@11ty/eleventy';
import { optionsFromEnv, siteConfig } from './src/site/plugin.ts';

export default function eleventy(config: UserConfig) {
  // Read per build, not at import: one process (a test run, `npm start`) may build more than once.
  siteConfig(config, optionsFromEnv());
  // "/archive/" for a site hosted under a sub-path; the HTML <base> plugin applies it to every URL.
  return { pathPrefix: process.env.PATH_PREFIX || '/' };
}
