// Rewrites test/oracle/corpus/: the first COUNT generated programs (seeds 1..COUNT, default 400)
// that the engine can run, each with its header (see corpus.ts). Run: npm run oracle:record.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { execute } from "../helpers/execute";
import { formatHeader, raisedOf } from "./corpus";
import { generateProgram } from "./generator";

const dir = join(dirname(fileURLToPath(import.meta.url)), "corpus");
const count = Number(process.argv[2] ?? "400");
mkdirSync(dir, { recursive: true });
for (const f of readdirSync(dir)) if (f.endsWith(".ts")) rmSync(join(dir, f));
let errors = 0;
for (let seed = 1; seed <= count; seed++) {
  const p = generateProgram(seed);
  const path = join(dir, `${String(seed).padStart(4, "0")}.ts`);
  // The header is line 1: the program runs with it, so recorded lines are the file's.
  const probe = `${formatHeader({ seed, closed: p.closed, raised: null })}\n${p.text}`;
  const outcome = execute([{ path, text: probe }], path);
  if (outcome.kind !== "clean" && outcome.kind !== "error") throw new Error(`seed ${seed}: the generator made a program that cannot run: ${outcome.kind === "crash" || outcome.kind === "not-executable" ? outcome.reason : ""}`);
  const raised = raisedOf(outcome);
  if (raised) errors++;
  writeFileSync(path, `${formatHeader({ seed, closed: p.closed, raised })}\n${p.text}`);
}
console.log(`oracle corpus: ${count} programs, ${errors} raise an error, ${count - errors} run cleanly -> ${dir}`);
