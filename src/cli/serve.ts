// npm start -- [--content <dir>] [--port <n>]
// Builds into _site/, serves it with Eleventy's dev server, and rebuilds when an article, a template,
// the stylesheet or src/ changes (the page reloads by itself).
import { parseArgs } from 'node:util';
import { eleventyFor } from '../site/run.ts';

const { values } = parseArgs({
  options: {
    content: { type: 'string', default: 'content' },
    out: { type: 'string', default: '_site' },
    port: { type: 'string', default: '8080' },
  },
});
const elev = eleventyFor({ contentDir: values.content, outDir: values.out }, 'serve');
await elev.init();
await elev.watch();
await elev.serve(Number(values.port));
