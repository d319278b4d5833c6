// Fuzzing the analyzer: thousands of generated model programs and mutations of real ones. No
// exception may escape, and every file must come back analyzed (not skipped for an internal
// error), whatever the syntax. Seeded, so a failure reproduces; FUZZ_SCALE multiplies the count.
import assert from "node:assert/strict";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { Workspace } from "../../server/analysis/workspace";
import { mulberry32 as rng } from "../helpers/random";

const SCALE = Number(process.env["FUZZ_SCALE"] ?? "1");


const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
const int = (r: () => number, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));

/** A random but plausible model program: modules, tensors, forward calls, ops, classes, loops. */
function generate(r: () => number): string {
  const lines = ['import { torch, nn } from "rnnlens";'];
  const tensors: string[] = [];
  const modules: string[] = [];
  const size = () => (r() < 0.15 ? pick(r, ["batch", "seq", "H", "-1", "0", "2.5", "x.size(1)", "n * 2"]) : String(int(r, 0, 12)));
  const dims = () => Array.from({ length: int(r, 0, 4) }, size).join(", ");
  for (let i = 0; i < int(r, 3, 25); i++) {
    const k = r();
    if (k < 0.2) {
      const name = `m${i}`;
      const kind = pick(r, ["RNN", "GRU", "LSTM", "RNNCell", "GRUCell", "LSTMCell", "Linear", "Embedding"]);
      const opts = r() < 0.5 ? "" : `, { ${pick(r, ["numLayers", "num_layers", "batchFirst", "bidirectional", "projSize", "dropout", "nonlinearity", "bias", "foo"])}: ${pick(r, ["2", "true", "0.5", '"relu"', "x", "-1"])} }`;
      lines.push(`const ${name} = new nn.${kind}(${size()}, ${size()}${r() < 0.3 ? `, ${size()}` : ""}${opts});`);
      modules.push(name);
    } else if (k < 0.45) {
      const name = `t${i}`;
      lines.push(`const ${name} = torch.${pick(r, ["zeros", "randn", "ones", "rand"])}(${dims()});`);
      tensors.push(name);
    } else if (k < 0.7 && modules.length > 0 && tensors.length > 0) {
      const hx = r() < 0.5 ? "" : r() < 0.5 ? `, ${pick(r, tensors)}` : `, [${pick(r, tensors)}, ${pick(r, tensors)}]`;
      lines.push(`const r${i} = ${pick(r, modules)}.forward(${pick(r, tensors)}${hx});`);
      if (r() < 0.5) lines.push(`const [o${i}, h${i}] = ${pick(r, modules)}.forward(${pick(r, tensors)});`);
    } else if (k < 0.85 && tensors.length > 0) {
      const op = pick(r, [`view(${dims()})`, `reshape(-1, ${size()})`, `permute(${dims()})`, `transpose(${size()}, ${size()})`, `unsqueeze(${size()})`, `squeeze()`, `flatten(${size()})`, `select(${size()}, ${size()})`, `slice(${size()}, ${size()})`, "contiguous()", `size(${size()})`]);
      const name = `v${i}`;
      lines.push(`const ${name} = ${pick(r, tensors)}.${op};`);
      tensors.push(name);
    } else if (k < 0.9) {
      lines.push(`class C${i} extends nn.Module {\n  constructor(a: number, b: number) { super(); this.rnn = new nn.GRU(a, b); }\n  forward(x) { for (let i = 0; i < 3; i++) { x = this.rnn.forward(x)[0]; } return x; }\n}\nnew C${i}(${size()}, ${size()}).forward(torch.zeros(${dims()}));`);
    } else if (tensors.length > 1) {
      lines.push(`const c${i} = torch.${pick(r, ["cat", "stack"])}([${pick(r, tensors)}, ${pick(r, tensors)}], ${size()});`);
    }
  }
  return lines.join("\n");
}

/** Breaks a program: deletes, duplicates, swaps or inserts characters and lines. */
function mutate(r: () => number, text: string): string {
  let s = text;
  for (let i = 0; i < int(r, 1, 6); i++) {
    const at = int(r, 0, s.length);
    const len = int(r, 0, 40);
    const k = r();
    if (k < 0.3) s = s.slice(0, at) + s.slice(at + len);
    else if (k < 0.5) s = s.slice(0, at) + s.slice(at, at + len) + s.slice(at);
    else if (k < 0.8) s = s.slice(0, at) + pick(r, ["(", ")", "[", "]", "{", "}", ",", ";", "=>", "new ", ".forward(", "...", "`${", "/*", "@shape [a, b]", "\u0000", "\uffff", "9e999", "-"]) + s.slice(at);
    else {
      const lines = s.split("\n");
      const a = int(r, 0, lines.length - 1);
      const b = int(r, 0, lines.length - 1);
      [lines[a], lines[b]] = [lines[b] as string, lines[a] as string];
      s = lines.join("\n");
    }
  }
  return s;
}

function corpus(): string[] {
  const root = join(__dirname, "..", "..");
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.[jt]sx?$/.test(name)) out.push(readFileSync(p, "utf8"));
    }
  };
  walk(join(root, "examples"));
  walk(join(root, "test", "analyzer", "snapshot-inputs"));
  try {
    walk(join(root, "test", "fixtures"));
  } catch {
    // fixtures are optional input here
  }
  return out;
}

function analyzeOne(ws: Workspace, file: string, text: string): void {
  ws.setText(file, text);
  const a = ws.analyze(file);
  assert.ok(a.skipped === null || !a.skipped.startsWith("internal error"), `internal error on:\n${text}\n--\n${a.skipped}`);
  for (const f of a.findings) {
    assert.ok(f.span.start >= 0 && f.span.end <= text.length && f.span.start <= f.span.end, `finding outside the text: ${JSON.stringify(f.span)}`);
  }
}

describe("analyzer fuzzing", { timeout: 300_000 }, () => {
  it(`${2000 * SCALE} generated programs`, () => {
    const r = rng(1234);
    const ws = new Workspace({ maxSteps: 200_000 });
    for (let i = 0; i < 2000 * SCALE; i++) analyzeOne(ws, `/fuzz/gen${i % 7}.ts`, generate(r));
  });
  it(`${2000 * SCALE} mutated real programs`, () => {
    const r = rng(99);
    const base = corpus();
    const ws = new Workspace({ maxSteps: 200_000 });
    for (let i = 0; i < 2000 * SCALE; i++) analyzeOne(ws, `/fuzz/mut${i % 5}.${pick(r, ["ts", "js", "tsx"])}`, mutate(r, pick(r, base)));
  });
  it("pathological inputs", () => {
    const ws = new Workspace({ maxSteps: 200_000 });
    const deep = (n: number, open: string, close: string) => open.repeat(n) + "1" + close.repeat(n);
    const cases = [
      deep(5000, "(", ")"),
      deep(5000, "[", "]"),
      `const x = ${Array.from({ length: 50_000 }, () => "a").join(" + ")};`,
      `import { torch } from "rnnlens";\nlet t = torch.zeros(2, 3);\n${"t = t.unsqueeze(0).squeeze(0);\n".repeat(5000)}`,
      `function f(x) { return f(f(x)); }\nf(1);`,
      `class A { constructor() { new A(); } }\nnew A();`,
      "\u0000\u0001\u0002".repeat(10_000),
      `for (;;) { for (;;) { for (;;) { for (;;) { const x = 1; } } } }`,
    ];
    cases.forEach((text, i) => analyzeOne(ws, `/fuzz/path${i}.ts`, text));
  });
});
