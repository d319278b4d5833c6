/**
 * The sample workspace the in-editor suites and the smoke test open (test/editor/workspace/),
 * copied into a run's own folder so edits, settings and saves never touch the repository. The
 * copy's tsconfig maps `rnnlens` to this repository's engine by absolute path.
 */
import { cpSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "./code-server";

export const SAMPLE_WORKSPACE = join(ROOT, "test", "editor", "workspace");

export function copySampleWorkspace(target: string): string {
  cpSync(SAMPLE_WORKSPACE, target, { recursive: true });
  const tsconfigFile = join(target, "tsconfig.json");
  const tsconfig: unknown = JSON.parse(readFileSync(tsconfigFile, "utf8"));
  if (typeof tsconfig === "object" && tsconfig !== null && "compilerOptions" in tsconfig && typeof tsconfig.compilerOptions === "object" && tsconfig.compilerOptions !== null) {
    Object.assign(tsconfig.compilerOptions, { paths: { rnnlens: [join(ROOT, "engine", "index.ts")] } });
  }
  writeFileSync(tsconfigFile, `${JSON.stringify(tsconfig, null, 2)}\n`);
  return target;
}
