/**
 * `npm run bench:analyzer` (second part): `rnnlens check` throughput on a generated workspace of
 * 1,000 model files, on one thread (RNNLENS_WORKERS=0, the baseline measured in the same run)
 * and on every core. Prints figures and the ratio; asserts nothing.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { generateModelFile } from "./generate";

const FILES = 1000;
const root = join(__dirname, "..");
const dir = mkdtempSync(join(tmpdir(), "rnnlens-bench-cli-"));
try {
  // Files of ~60 lines each (one model block), in 20 folders, like a real project's models.
  const text = generateModelFile(60).text;
  for (let i = 0; i < FILES; i++) {
    const sub = join(dir, `pkg${i % 20}`);
    mkdirSync(sub, { recursive: true });
    writeFileSync(join(sub, `model${i}.ts`), text.replace(/Classifier0/g, `Classifier${i}`));
  }
  const lines = text.split("\n").length * FILES;
  const run = (workers: string | undefined) => {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, [join(root, "dist", "cli.js"), "check", dir, "--format", "json"], {
      encoding: "utf8",
      maxBuffer: 1 << 28,
      env: { ...process.env, ...(workers === undefined ? {} : { RNNLENS_WORKERS: workers }) },
    });
    const ms = performance.now() - t0;
    const out = JSON.parse(r.stdout) as { files: number; diagnostics: unknown[] };
    return { ms, files: out.files, diagnostics: out.diagnostics.length };
  };
  const one = run("0");
  const all = run(undefined);
  const row = (name: string, r: { ms: number; files: number; diagnostics: number }) =>
    console.log(`${name.padEnd(36)} ${(r.ms / 1000).toFixed(2).padStart(7)} s  ${((r.files / r.ms) * 1000).toFixed(0).padStart(6)} files/s  ${((lines / r.ms) * 1000).toFixed(0).padStart(8)} lines/s  (${r.diagnostics} diagnostics)`);
  console.log(`rnnlens check on ${FILES} files (${lines} lines), ${availableParallelism()} cores, node ${process.version}`);
  row("one thread (baseline)", one);
  row(`worker threads (all cores)`, all);
  console.log(`speed-up with all cores: ${(one.ms / all.ms).toFixed(2)}x`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
