// Types of scripts/preflight.mjs for the TypeScript callers (the CLI's serve command, the tests).
export declare const ROOT: string;
export declare function electronBinary(root?: string, env?: NodeJS.ProcessEnv): string | null;
export declare function electronMissingHelp(): string;
export type BetterSqliteCheck =
  { ok: true } | { ok: false; problem: 'notInstalled' | 'missingBinary' | 'wrongAbi' | 'other'; detail: string };
export declare function checkBetterSqlite(root?: string): BetterSqliteCheck;
export declare function betterSqliteHelp(): string;
export declare function ensureBetterSqlite(options?: {
  root?: string;
  repair?: boolean;
  log?: (line: string) => void;
  stdio?: import('node:child_process').StdioOptions;
}): boolean;
