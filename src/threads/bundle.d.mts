// Types of bundle.mjs (plain JavaScript, so that the launcher can run it).

/** The bundled entries: the build's command, and the worker threads' scripts. */
export type BundleKind = 'build' | 'render' | 'extract';

/** Files under a directory, recursively, in a fixed order (a path that is a file: itself). */
export function filesUnder(path: string): string[];
/** 16 hex digits naming the project's place and every file under src/ and layouts/. */
export function sourcesVersion(root?: string): string;
/** The bundled file of one entry, made if need be (once per process). */
export function bundleFile(kind: BundleKind): Promise<URL>;
/** A worker thread's Node options: the profilers' alone. */
export function threadExecArgv(execArgv?: readonly string[]): string[];
