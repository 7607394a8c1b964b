// The benchmark's yardstick: bare Eleventy paginating the same records through a one-line template.
import { readFileSync } from 'node:fs';

export default function (config) {
  config.addGlobalData('records', () => JSON.parse(readFileSync(process.env.RECORDS_JSON, 'utf8')));
}
export const config = { dir: { input: 'pages' }, templateFormats: ['njk'] };
