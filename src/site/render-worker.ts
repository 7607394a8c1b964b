// A render thread: draws the article pages it is sent, one slice at a time (src/site/render.ts).
import { parentPort, workerData } from 'node:worker_threads';
import { renderSlice, type SliceJob, type RenderSettings } from './render.ts';

const settings = workerData as RenderSettings;
parentPort!.on('message', (job: SliceJob) => {
  renderSlice(job, settings).then(
    (written) => parentPort!.postMessage({ written }),
    (error: unknown) => parentPort!.postMessage({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
  );
});
parentPort!.postMessage('ready');
