// Runs the built CLI (dist/cli.js) as a user would, for the CLI tests.
import { execFile } from "node:child_process";
import { join } from "node:path";

export const CLI = join(__dirname, "..", "..", "dist", "cli.js");

export interface CliResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * `rnnlens <args>` in `cwd`, with `env` added. RNNLENS_WORKERS and RNNLENS_DEBUG from the test's
 * own environment are dropped unless `env` sets them, so the CLI runs as it does by default.
 */
export function runCli(args: readonly string[], cwd: string, env: Record<string, string> = {}): Promise<CliResult> {
  const full: NodeJS.ProcessEnv = { ...process.env, ...env };
  for (const k of ["RNNLENS_WORKERS", "RNNLENS_DEBUG"]) if (!(k in env)) delete full[k];
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [CLI, ...args], { cwd, env: full, encoding: "utf8", timeout: 120_000, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error && typeof error.code !== "number") reject(new Error(`rnnlens ${args.join(" ")}: ${error.message}\n${stderr}`));
      else resolve({ code: error ? (error.code as number) : 0, stdout, stderr });
    });
  });
}
