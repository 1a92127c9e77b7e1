/** Types of bundle.mjs (plain JavaScript: it runs before TypeScript can be loaded). */
export declare function bundleModule(module: URL): Promise<URL>;
export declare function moduleInputs(entries: readonly string[]): string[];
