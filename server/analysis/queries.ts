/**
 * Questions the editor asks about an analyzed file, answered as plain data: the hover at a
 * position, the inlay hints, every inferred shape (`rnnlens shapes`), and the module or forward
 * call at a position that "Run Cell" can run.
 */
import { shapes } from "../../engine";
import { describeConfig, describeTensor, describeValue, dimMeanings, formatShape, moduleParameters, shortShape } from "./describe";
import { expectedShapes } from "./interpreter/engine-api";
import type { Fact } from "./interpreter/context";
import type { ModuleValue, Value } from "./interpreter/values";
import type { Span } from "./ir";
import type { FileAnalysis } from "./workspace";

export interface HoverSection {
  readonly heading: string | null;
  readonly lines: readonly string[];
}

export interface HoverInfo {
  readonly span: Span;
  /** One line of code-like text: `input: Tensor[seq=5, batch=3, 10]`. */
  readonly title: string;
  readonly sections: readonly HoverSection[];
}

function knownness(v: Value): number {
  if (v.t === "tensor") return v.shape === null ? 1 : 2 + v.shape.filter((d) => !shapes.isUnknown(d)).length;
  if (v.t === "module") return 10;
  // A forward call's results: as known as what they hold.
  if (v.t === "tuple") return 1 + v.items.reduce((n, x) => n + knownness(x), 0);
  if (v.t === "unknown") return 0;
  return 1;
}

const bestFactsCache = new WeakMap<readonly Fact[], Fact[]>();

/**
 * The facts of one span merged into the most informative one (a span can be evaluated more than
 * once). Computed once per analysis: hovers and inlay hints ask many times between edits.
 */
function bestFacts(facts: readonly Fact[]): Fact[] {
  let best = bestFactsCache.get(facts);
  if (!best) {
    best = computeBestFacts(facts);
    bestFactsCache.set(facts, best);
  }
  return best;
}

function computeBestFacts(facts: readonly Fact[]): Fact[] {
  const bySpan = new Map<string, Fact>();
  for (const f of facts) {
    const key = `${f.span.start}:${f.span.end}:${f.role}`;
    const prev = bySpan.get(key);
    if (!prev || knownness(f.value) >= knownness(prev.value)) bySpan.set(key, f);
  }
  return [...bySpan.values()];
}

/** The innermost fact whose span contains the offset. */
export function factAt(a: FileAnalysis, offset: number): Fact | null {
  let best: Fact | null = null;
  for (const f of bestFacts(a.facts)) {
    if (offset < f.span.start || offset > f.span.end || f.role === "return") continue;
    if (describeValue(f.value) === null && f.role !== "call") continue;
    if (!best || f.span.end - f.span.start < best.span.end - best.span.start) best = f;
  }
  return best;
}

function moduleSections(m: ModuleValue): HoverSection[] {
  const sections: HoverSection[] = [];
  const expected = expectedShapes(m, shapes.sym("batch"), shapes.sym("seq"));
  const meanings = dimMeanings(m);
  if (expected && meanings) {
    const lines = [`input ${meanings.input}: ${formatShape(expected.input)}`];
    if (expected.h0 && meanings.h0) lines.push(`${m.kind === "LSTM" || m.kind === "LSTMCell" ? "h0" : "hx"} ${meanings.h0}: ${formatShape(expected.h0)}`);
    if (expected.c0 && meanings.c0) lines.push(`c0 ${meanings.c0}: ${formatShape(expected.c0)}`);
    sections.push({ heading: "Expects", lines });
  }
  const { params, count } = moduleParameters(m);
  if (params.length > 0) sections.push({ heading: `Parameters (${count})`, lines: params.map((p) => `${p.name} ${p.shape}`) });
  return sections;
}

function callSections(f: Fact): HoverSection[] {
  const m = f.module as ModuleValue;
  const meanings = dimMeanings(m);
  const v = f.value;
  const lines: string[] = [];
  const add = (name: string, t: Value | undefined, meaning: string | null | undefined) => {
    if (!t || t.t !== "tensor") return;
    lines.push(`${name}: ${describeTensor(t)}${meaning ? ` — ${meaning}` : ""}`);
  };
  if (m.kind === "LSTM" && v.t === "tuple") {
    const [out, state] = v.items;
    add("output", out, meanings?.output);
    if (state && state.t === "tuple") {
      add("h_n", state.items[0], meanings?.hN);
      add("c_n", state.items[1], meanings?.c0);
    }
  } else if ((m.kind === "RNN" || m.kind === "GRU") && v.t === "tuple") {
    add("output", v.items[0], meanings?.output);
    add("h_n", v.items[1], meanings?.hN);
  } else if (m.kind === "LSTMCell" && v.t === "tuple") {
    add("h'", v.items[0], meanings?.output);
    add("c'", v.items[1], meanings?.c0);
  } else {
    add("result", v, meanings?.output);
  }
  return lines.length > 0 ? [{ heading: "Returns", lines }] : [];
}

export function hoverAt(a: FileAnalysis, offset: number): HoverInfo | null {
  const f = factAt(a, offset);
  if (!f) return null;
  const v = f.value;
  if (f.role === "call" && f.module) {
    return { span: f.span, title: `${f.name}(...): ${describeConfig(f.module)}`, sections: [...callSections(f), ...moduleSections(f.module)] };
  }
  if (v.t === "module") return { span: f.span, title: `${f.name}: ${describeConfig(v)}`, sections: moduleSections(v) };
  const d = describeValue(v);
  if (d === null) return null;
  const sections: HoverSection[] = [];
  if (v.t === "tensor" && v.shape && v.labels) {
    const named = v.shape.map((dim, i) => (v.labels?.[i] ? `${v.labels[i]}: ${shapes.formatDim(dim)}` : null)).filter((x): x is string => x !== null);
    if (named.length > 0) sections.push({ heading: null, lines: [named.join(", ")] });
  }
  return { span: f.span, title: `${f.name}: ${d}`, sections };
}

export interface InlayHint {
  /** Offset the hint is shown after. */
  readonly offset: number;
  readonly label: string;
}

/** The shape after each tensor-valued declaration. */
export function inlayHints(a: FileAnalysis): InlayHint[] {
  const out: InlayHint[] = [];
  for (const f of bestFacts(a.facts)) {
    if (f.role !== "declaration" || f.value.t !== "tensor" || f.value.shape === null) continue;
    out.push({ offset: f.span.end, label: `: ${shortShape(f.value)}` });
  }
  return out.sort((x, y) => x.offset - y.offset);
}

export interface ShapeEntry {
  readonly span: Span;
  readonly name: string;
  readonly kind: "tensor" | "module" | "call";
  readonly text: string;
}

/** Every inferred tensor shape and module, by position. */
export function shapeEntries(a: FileAnalysis): ShapeEntry[] {
  const out: ShapeEntry[] = [];
  for (const f of bestFacts(a.facts)) {
    if (f.role === "return") continue;
    if (f.role === "call" && f.module) {
      const d = describeValue(f.value);
      if (d) out.push({ span: f.span, name: f.name, kind: "call", text: d });
    } else if (f.value.t === "tensor") out.push({ span: f.span, name: f.name, kind: "tensor", text: describeTensor(f.value) });
    else if (f.value.t === "module") out.push({ span: f.span, name: f.name, kind: "module", text: describeConfig(f.value) });
  }
  return out.sort((x, y) => x.span.start - y.span.start || x.span.end - y.span.end);
}

export interface Runnable {
  readonly module: ModuleValue;
  /** The forward call's inferred input and hidden-state values, when the position is on a call. */
  readonly call: { readonly span: Span; readonly args: readonly Value[]; readonly result: Value } | null;
  readonly span: Span;
}

/** The module or forward call at a position (constructor, a variable or field holding it, or a call). */
export function runnableAt(a: FileAnalysis, offset: number): Runnable | null {
  let best: Runnable | null = null;
  let size = Infinity;
  for (const f of bestFacts(a.facts)) {
    if (offset < f.span.start || offset > f.span.end) continue;
    const m = f.role === "call" ? f.module : f.value.t === "module" ? f.value : undefined;
    if (!m || (!m.config && !m.features)) continue;
    const s = f.span.end - f.span.start;
    if (s < size) {
      size = s;
      best = { module: m, call: f.role === "call" ? { span: f.span, args: f.args ?? [], result: f.value } : null, span: f.span };
    }
  }
  if (best) return best;
  // On a constructor call itself: the module built there.
  for (const f of a.facts) {
    const m = f.value.t === "module" ? f.value : null;
    if (m && m.at.file === a.file && offset >= m.at.span.start && offset <= m.at.span.end) return { module: m, call: null, span: m.at.span };
  }
  return null;
}

/** The recurrent constructors in the file (for "Run on sample input" code lenses). */
export function recurrentConstructors(a: FileAnalysis): ModuleValue[] {
  const seen = new Map<number, ModuleValue>();
  for (const f of a.facts) {
    const m = f.value.t === "module" ? f.value : f.module;
    if (m && m.config && m.at.file === a.file && !seen.has(m.at.span.start)) seen.set(m.at.span.start, m);
  }
  return [...seen.values()].sort((x, y) => x.at.span.start - y.at.span.start);
}
