// A render thread: draws the pages it is sent (article or list pages), one slice at a time
// (src/site/render.ts), answering each with the number of files written. Its settings come first, in
// a message of their own: the launcher may start the thread before they are known.
import { parentPort } from 'node:worker_threads';
import { renderSlice, type RenderSettings, type RenderThreadMessage, type SliceJob } from './render.ts';

let settings: RenderSettings | null = null;
// A slice may arrive while the last is being drawn: one Eleventy run at a time, in the order sent.
let queue = Promise.resolve();
parentPort!.on('message', (message: RenderThreadMessage) => {
  if ('settings' in message) {
    settings = message.settings;
    return;
  }
  const job: SliceJob = message;
  queue = queue.then(() =>
    renderSlice(job, settings!).then(
      (written) => parentPort!.postMessage({ written }),
      (error: unknown) => parentPort!.postMessage({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
    ),
  );
});
