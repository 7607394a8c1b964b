// The worker thread's entry: plain JavaScript, so that Node can start it without a TypeScript loader,
// and it then loads the TypeScript worker through tsx's API (node --import tsx does not reach worker
// threads on Node 20).
import { tsImport } from 'tsx/esm/api';

await tsImport('./worker.ts', import.meta.url);
