// Types of scripts/build-cli.mjs for the TypeScript callers (the benchmark, the tests).
export declare const ROOT: string;
export declare function freshCliBundle(root?: string): string | null;
export declare function buildCliBundle(root?: string): Promise<{ bundle: string; inputs: number }>;
