// A render thread: draws the pages it is sent (article or list pages), one slice at a time
// (src/site/render.ts), answering each with the number of files written.
import { parentPort, workerData } from 'node:worker_threads';
import { renderSlice, type SliceJob, type RenderSettings } from './render.ts';

const settings = workerData as RenderSettings;
// A slice may arrive while the last is being drawn: one Eleventy run at a time, in the order sent.
let queue = Promise.resolve();
parentPort!.on('message', (job: SliceJob) => {
  queue = queue.then(() =>
    renderSlice(job, settings).then(
      (written) => parentPort!.postMessage({ written }),
      (error: unknown) => parentPort!.postMessage({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
    ),
  );
});
