// A search-index thread (src/site/search.ts runs two): Pagefind's Node API drives one Pagefind
// process per module instance, so each thread has its own, and two shards are indexed at once on two
// cores. Plain JavaScript, so that Node starts the thread without a TypeScript loader.
//
// A job is one shard: { source, glob, output, config }. Pagefind is closed after each, so the next
// shard starts in a fresh process and a finished shard's memory goes back to the system.
import { parentPort } from 'node:worker_threads';
import * as pagefind from 'pagefind';

async function indexShard({ source, glob, output, config }) {
  try {
    const { index, errors } = await pagefind.createIndex(config);
    if (!index) throw new Error(errors.join('; '));
    const added = await index.addDirectory({ path: source, glob });
    if (added.errors.length) throw new Error(added.errors.join('; '));
    const written = await index.writeFiles({ outputPath: output });
    if (written.errors.length) throw new Error(written.errors.join('; '));
    return { pages: added.page_count };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  } finally {
    await pagefind.close();
  }
}

parentPort?.on('message', async (job) => parentPort?.postMessage(await indexShard(job)));
