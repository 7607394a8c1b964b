// npm start -- [--content <dir>] [--out <dir>] [--port <n>] [--cache <dir> | --no-cache]
// Builds into _site/, serves it with Eleventy's dev server, and rebuilds when an article, a sidecar
// correction, a template, the stylesheet or src/ changes (the page reloads by itself). Rebuilds are
// incremental: records come from the extraction cache (.cache/), so only the articles that changed
// are extracted again, and the build's first line says how many ("extracted 1 of 5,001, cached 5,000").
import { parseArgs } from 'node:util';
import { eleventyFor } from '../site/run.ts';

const { values } = parseArgs({
  options: {
    content: { type: 'string', default: 'content' },
    out: { type: 'string', default: '_site' },
    port: { type: 'string', default: '8080' },
    cache: { type: 'string' },
    'no-cache': { type: 'boolean', default: false },
  },
});
// Read by src/site/load.ts on every (re)build.
if (values['no-cache']) process.env.BIEN_NIEN_CACHE = 'off';
else if (values.cache) process.env.BIEN_NIEN_CACHE = values.cache;
const elev = eleventyFor({ contentDir: values.content, outDir: values.out }, 'serve');
await elev.init();
await elev.watch();
await elev.serve(Number(values.port));
