// Eleventy 3 and its RSS plugin ship JavaScript without declarations. These are the parts of their
// APIs this project calls, typed so that strict mode checks our side of the boundary.

declare module '@11ty/eleventy' {
  export type EleventyDirectories = { input: string; includes: string; data: string; output: string };
  export type EleventyAfterEvent = { directories: EleventyDirectories; runMode: 'build' | 'serve' | 'watch' };

  export interface UserConfig {
    addPlugin<O>(plugin: (config: UserConfig, options: O) => void, options?: O): void;
    addGlobalData(name: string, value: unknown): void;
    addFilter(name: string, fn: (...args: never[]) => unknown): void;
    addNunjucksGlobal(name: string, value: unknown): void;
    /** A template that is not a file: `content` is an 11ty.js template object for "*.11ty.js" paths. */
    addTemplate(virtualPath: string, content: unknown, data?: object): void;
    addTransform(name: string, fn: (this: { outputPath?: string | false; url?: string }, content: unknown) => unknown): void;
    addPassthroughCopy(paths: string | { [from: string]: string }): void;
    addWatchTarget(path: string): void;
    setNunjucksEnvironmentOptions(options: { [key: string]: unknown }): void;
    setServerOptions(options: { [key: string]: unknown }): void;
    setQuietMode(quiet: boolean): void;
    setInputDirectory(dir: string): void;
    setIncludesDirectory(dir: string): void;
    setDataDirectory(dir: string): void;
    setTemplateFormats(formats: string[]): void;
    /** Paths (from the project root) Eleventy does not read as templates. */
    ignores: Set<string>;
    on(event: 'eleventy.after', fn: (event: EleventyAfterEvent) => unknown): void;
    on(event: 'eleventy.before', fn: (event: EleventyAfterEvent) => unknown): void;
    pathPrefix: string;
  }

  export type EleventyOptions = {
    configPath?: string;
    pathPrefix?: string;
    quietMode?: boolean;
    runMode?: 'build' | 'serve' | 'watch';
    config?: (config: UserConfig) => void | Promise<void>;
  };

  export default class Eleventy {
    constructor(input?: string, output?: string, options?: EleventyOptions);
    write(): Promise<unknown>;
    watch(): Promise<unknown>;
    serve(port?: number): Promise<void>;
    init(): Promise<void>;
    /** No "Wrote N files" line: a caller that runs Eleventy several times reports once. */
    disableLogger(): void;
  }
}

declare module '@11ty/eleventy-plugin-rss' {
  import type { UserConfig } from '@11ty/eleventy';
  const rssPlugin: (config: UserConfig, options?: unknown) => void;
  export default rssPlugin;
  export function dateToRfc3339(date: Date): string;
}
