// Types of render-threads.mjs (plain JavaScript, so that the launcher can run it).
import type { SHARE_ENV, Worker } from 'node:worker_threads';

/** A render thread, loading its code; it waits for its settings, then for slices. */
export function newRenderThread(script: URL, env?: NodeJS.ProcessEnv | typeof SHARE_ENV): Worker;
/** Starts `count` render threads for a build to take over; they do not keep the process alive. */
export function startRenderThreadsEarly(count: number): Promise<void>;
/** The render threads started early, once (then none), each with any failure it had meanwhile. */
export function takeEarlyRenderThreads(): { worker: Worker; failure: Error | null }[];
