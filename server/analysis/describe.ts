/**
 * Words for what the analysis found: a tensor's shape with dim names (`Tensor[seq=5, batch=3, 20]`),
 * a module's configuration, expected shapes and parameters, a forward call's results and what
 * each dim means. Plain strings; the LSP layer wraps them in Markdown, the CLI prints them.
 */
import { shapes } from "../../engine";
import type { ModuleValue, TensorValue, Value } from "./interpreter/values";
import { syntaxFor, type SourceSyntax } from "./syntax";

type Dim = shapes.Dim;

export function formatShape(dims: readonly Dim[] | null, labels: readonly (string | null)[] | null = null): string {
  if (dims === null) return "Tensor[?]";
  const parts = dims.map((d, i) => {
    const label = labels?.[i] ?? null;
    const text = shapes.formatDim(d);
    if (!label || text === label) return text;
    if (typeof d !== "number" && d.kind === "sym") return text;
    return `${label}=${text}`;
  });
  return `Tensor[${parts.join(", ")}]`;
}

export function describeTensor(t: TensorValue): string {
  return formatShape(t.shape, t.labels);
}

/** The plain `[5, 3, 20]` form used by inlay hints. */
export function shortShape(t: TensorValue): string {
  return t.shape === null ? "[?]" : `[${t.shape.map(shapes.formatDim).join(", ")}]`;
}

function flag(v: boolean | null, syntax: SourceSyntax): string {
  return v === null ? "?" : syntax.bool(v);
}

/**
 * `LSTM(10, 20, num_layers=2, batch_first=true)`-style summary of the configuration, with the
 * literals of the language the module was built in (`True` in Python).
 */
export function describeConfig(m: ModuleValue): string {
  const c = m.config;
  const syntax = syntaxFor(m.at.file);
  if (!c) {
    const f = m.features;
    if (!f) return `${m.kind}(?)`;
    return `${m.kind}(${shapes.formatDim(f.inFeatures)}, ${shapes.formatDim(f.outFeatures)})`;
  }
  const parts = [shapes.formatDim(c.inputSize), shapes.formatDim(c.hiddenSize)];
  if (!shapes.isCellKind(c.kind)) {
    parts.push(`num_layers=${shapes.formatDim(c.numLayers)}`);
    if (c.batchFirst !== false) parts.push(`batch_first=${flag(c.batchFirst, syntax)}`);
    if (c.bidirectional !== false) parts.push(`bidirectional=${flag(c.bidirectional, syntax)}`);
    if (shapes.dimIs(c.projSize, 0) !== "yes") parts.push(`proj_size=${shapes.formatDim(c.projSize)}`);
    if (c.dropout !== 0) parts.push(`dropout=${c.dropout === null ? "?" : c.dropout}`);
  }
  if (c.bias === false) parts.push(`bias=${syntax.bool(false)}`);
  if (c.nonlinearity && c.nonlinearity !== "tanh") parts.push(`nonlinearity=${syntax.language === "python" ? `"${c.nonlinearity}"` : c.nonlinearity}`);
  return `${c.kind}(${parts.join(", ")})`;
}

export interface ParameterInfo {
  readonly name: string;
  readonly shape: string;
}

export function moduleParameters(m: ModuleValue): { params: ParameterInfo[]; count: string } {
  const fmt = (s: readonly Dim[]) => `[${s.map(shapes.formatDim).join(", ")}]`;
  let list: { name: string; shape: Dim[] }[] = [];
  if (m.config) {
    list = shapes.parameterShapes(m.config);
  } else if (m.features && m.kind === "Linear") {
    list = [
      { name: "weight", shape: [m.features.outFeatures, m.features.inFeatures] },
      { name: "bias", shape: [m.features.outFeatures] },
    ];
  } else if (m.features && m.kind === "Embedding") {
    list = [{ name: "weight", shape: [m.features.inFeatures, m.features.outFeatures] }];
  }
  let total: Dim = 0;
  for (const p of list) total = shapes.add(total, shapes.product(p.shape));
  const params = list.map((p) => ({ name: p.name, shape: fmt(p.shape) }));
  // With a symbolic or unknown layer count only layer 0 can be listed, and the total is not known.
  if (m.config && typeof m.config.numLayers !== "number") {
    params.push({ name: `… layers 1 to ${shapes.formatDim(shapes.sub(m.config.numLayers, 1))}`, shape: "like layer 0, with input size num_directions * hidden" });
    return { params, count: "?" };
  }
  return { params, count: shapes.formatDim(total) };
}

/** What each dim of a recurrent module's inputs and outputs means, the tutorial's way. */
export function dimMeanings(m: ModuleValue): { input: string; h0: string | null; c0: string | null; output: string; hN: string | null } | null {
  const c = m.config;
  if (!c) {
    if (m.kind === "Linear") return { input: "(*, in_features)", h0: null, c0: null, output: "(*, out_features)", hN: null };
    if (m.kind === "Embedding") return { input: "(*) integer indices", h0: null, c0: null, output: "(*, embedding_dim)", hN: null };
    return null;
  }
  if (shapes.isCellKind(c.kind)) {
    return { input: "(batch, input_size)", h0: "(batch, hidden_size)", c0: c.kind === "LSTMCell" ? "(batch, hidden_size)" : null, output: "(batch, hidden_size)", hN: null };
  }
  const hOut = shapes.dimIs(c.projSize, 0) === "yes" ? "hidden_size" : "proj_size";
  const seqBatch = c.batchFirst ? "batch, seq_len" : "seq_len, batch";
  return {
    input: `(${seqBatch}, input_size)`,
    h0: `(num_layers * num_directions, batch, ${hOut})`,
    c0: c.kind === "LSTM" ? "(num_layers * num_directions, batch, hidden_size)" : null,
    output: `(${seqBatch}, num_directions * ${hOut})`,
    hN: `(num_layers * num_directions, batch, ${hOut})`,
  };
}

/** A one-line description of any value, for hovers on things that are not tensors or modules. */
export function describeValue(v: Value): string | null {
  switch (v.t) {
    case "tensor":
      return describeTensor(v);
    case "module":
      return describeConfig(v);
    case "num":
      return shapes.isUnknown(v.dim) ? null : `number ${shapes.formatDim(v.dim)}`;
    case "tuple": {
      const inner = v.items.map((x) => describeValue(x) ?? "?");
      return inner.some((x) => x !== "?") ? `(${inner.join(", ")})` : null;
    }
    default:
      return null;
  }
}
