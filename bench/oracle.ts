// The differential oracle at scale: COUNT generated programs (default 5000) from SEED (default
// 1_000_000), each analyzed and run in the engine. Prints how many ran cleanly or raised, the
// disagreements (0 expected; the first few are shown), and the time the analysis takes against
// the time running the same programs takes (the baseline of the same run).
import { performance } from "node:perf_hooks";
import { Workspace } from "../server/analysis/workspace";
import { execute } from "../test/helpers/execute";
import { judge } from "../test/helpers/oracle";
import { generateProgram } from "../test/oracle/generator";

const count = Number(process.argv[2] ?? "5000");
const seed = Number(process.argv[3] ?? "1000000");
const outcomes: Record<string, number> = {};
const scenes: Record<string, number> = {};
let disagreeing = 0;
let open = 0;
let analyzeMs = 0;
let executeMs = 0;
const started = performance.now();
for (let s = seed; s < seed + count; s++) {
  const p = generateProgram(s);
  const path = `/generated/seed-${s}.ts`;
  if (!p.closed) open++;
  for (const sc of p.scenes) scenes[sc] = (scenes[sc] ?? 0) + 1;
  // Timed apart from the judging: one analysis and one run of the same program.
  let t = performance.now();
  const ws = new Workspace();
  ws.setText(path, p.text);
  ws.analyze(path);
  analyzeMs += performance.now() - t;
  t = performance.now();
  execute([{ path, text: p.text }], path);
  executeMs += performance.now() - t;
  const [v] = judge({ name: String(s), files: [{ path, text: p.text }], closed: p.closed });
  if (!v) continue;
  outcomes[v.outcome] = (outcomes[v.outcome] ?? 0) + 1;
  if (v.disagreements.length > 0) {
    disagreeing++;
    if (disagreeing <= 5) console.log(`--- seed ${s}\n${p.text}\n  ${v.disagreements.join("\n  ")}`);
  }
}
const total = (performance.now() - started) / 1000;
console.log(`oracle bench: ${count} generated programs (seeds ${seed}..${seed + count - 1}, ${open} open), ${total.toFixed(1)} s`);
console.log(`  outcomes: ${Object.entries(outcomes).map(([k, n]) => `${k} ${n}`).join(", ")}`);
console.log(`  scenes: ${Object.entries(scenes).map(([k, n]) => `${k} ${n}`).join(", ")}`);
console.log(`  disagreements: ${disagreeing}`);
console.log(`  analysis ${(analyzeMs / count).toFixed(2)} ms/program, execution ${(executeMs / count).toFixed(2)} ms/program: analysis takes ${(analyzeMs / executeMs).toFixed(2)}x the time of running the program`);
process.exit(disagreeing === 0 ? 0 : 1);
