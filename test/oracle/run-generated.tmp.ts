import { judge } from "../helpers/oracle";
import { generateProgram } from "./generator";
const n = Number(process.argv[2] ?? 200);
const start = Number(process.argv[3] ?? 1);
const counts: Record<string, number> = {};
let bad = 0;
const byScene: Record<string, number> = {};
for (let s = start; s < start + n; s++) {
  const p = generateProgram(s);
  const path = `/virtual/prog${s}.ts`;
  const [v] = judge({ name: String(s), files: [{ path, text: p.text }], closed: p.closed });
  counts[v!.outcome] = (counts[v!.outcome] ?? 0) + 1;
  if (v!.disagreements.length) {
    bad++;
    for (const sc of p.scenes) byScene[sc] = (byScene[sc] ?? 0) + 1;
    if (bad <= Number(process.env.SHOW ?? 5)) console.log(`--- seed ${s} [${v!.outcome}] raised=${v!.raised} scenes=${p.scenes}\n${p.text.split("\n").map((l, i) => `${String(i + 1).padStart(3)} ${l}`).join("\n")}\n  ${v!.disagreements.join("\n  ")}`);
  }
}
console.log(counts, "disagreeing programs:", bad, byScene);
