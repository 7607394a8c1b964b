// A render thread's entry: plain JavaScript, so that Node starts it without a TypeScript loader; it
// loads the TypeScript worker through tsx's API (node --import tsx does not reach worker threads on
// Node 20).
import { tsImport } from 'tsx/esm/api';

await tsImport('./render-worker.ts', import.meta.url);
