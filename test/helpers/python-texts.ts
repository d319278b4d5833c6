/**
 * Python texts for the tests that compare a fast way of reading a syntax tree with a plain one:
 * every Python file of the repository, a sample of the Python oracle's programs, and random
 * small edits of a text (broken code included), the same for a given seed.
 */
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { mulberry32 } from "./random";

const ROOT = join(__dirname, "..", "..");

function pythonFilesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (name === "node_modules" || name.startsWith(".")) continue;
    if (statSync(path).isDirectory()) out.push(...pythonFilesUnder(path));
    else if (name.endsWith(".py")) out.push(path);
  }
  return out;
}

/** Every `.py` file under test/ and examples/. */
export function repositoryPythonFiles(): string[] {
  return [...pythonFilesUnder(join(ROOT, "test")), ...pythonFilesUnder(join(ROOT, "examples"))];
}

/** Every `every`-th program of the recorded Python oracle corpus. */
export function oracleCorpusSample(every: number): string[] {
  const corpus = join(ROOT, "test", "oracle", "python-corpus");
  return readdirSync(corpus)
    .filter((n) => n.endsWith(".py"))
    .filter((_, i) => i % every === 0)
    .map((n) => join(corpus, n));
}

/** `count` successive random edits of `text` (an insertion from `inserts`, or 1–3 characters deleted). */
export function* randomEdits(text: string, seed: number, count: number, inserts: readonly string[]): Generator<string> {
  const r = mulberry32(seed);
  for (let i = 0; i < count; i++) {
    const at = Math.floor(r() * (text.length + 1));
    const k = r();
    const insert = inserts[Math.floor(r() * inserts.length)] as string;
    text = k < 0.6 ? text.slice(0, at) + insert + text.slice(at) : text.slice(0, at) + text.slice(at + 1 + Math.floor(r() * 3));
    yield text;
  }
}
