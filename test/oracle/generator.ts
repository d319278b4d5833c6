/**
 * Random closed programs for the differential oracle: the code real model files are made of, with
 * every size known, so the engine can run them and judge the analyzer.
 *
 * A program is a few scenes, each with its own names: a recurrent layer built in one of the ways
 * people write it and called on input of the right or a slightly wrong shape; configuration objects
 * changed after they are made (property writes, `Object.assign`, an alias, a helper); loops that run
 * zero, one or many times with state carried across iterations, `break` and `continue`; branches on
 * known sizes and ranks (`x.dim() === 2`) with code in the branch not taken that would fail; early
 * returns; functions, arrows and methods called from several sites; callbacks (`forEach`, `map`,
 * `then`, `setTimeout`, a test's `it`); containers (arrays of layers, `Map`); optional chaining;
 * spreads in sizes and options; views of transposed tensors. Each scene errs with a small
 * probability, so programs come out clean or with one first error, somewhere. The generator does
 * not decide what is an error: the engine does, when the oracle runs the program.
 *
 * A scene that hides a value from the analysis on purpose (a condition on `Date.now()`) makes the
 * program open: the oracle then only requires that nothing that ran cleanly is flagged.
 */
import { mulberry32 } from "../helpers/random";

export interface GeneratedProgram {
  readonly text: string;
  /** Every value is known to a careful reader of the program. */
  readonly closed: boolean;
  /** The scenes it is made of, for reports. */
  readonly scenes: readonly string[];
}

type Kind = "RNN" | "GRU" | "LSTM";
type CellKind = "RNNCell" | "GRUCell" | "LSTMCell";

class Gen {
  readonly lines: string[] = [];
  closed = true;
  constructor(readonly r: () => number) {}
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.r() * (hi - lo + 1));
  }
  pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.r() * xs.length)] as T;
  }
  chance(p: number): boolean {
    return this.r() < p;
  }
  /** A size that is usually right and sometimes off by a little. */
  maybeWrong(right: number, p = 0.12): number {
    if (!this.chance(p)) return right;
    return Math.max(1, right + this.pick([-1, 1, 2, right]));
  }
  emit(...ls: string[]): void {
    this.lines.push(...ls);
  }
}

interface Layer {
  readonly kind: Kind;
  readonly input: number;
  readonly hidden: number;
  readonly layers: number;
  readonly batchFirst: boolean;
  readonly bidirectional: boolean;
}

const dirs = (l: Layer) => (l.bidirectional ? 2 : 1);

/** `new nn.LSTM(...)` in one of the ways code writes it; earlier lines (a config object) go to `g`. */
function constructor(g: Gen, k: string, l: Layer, nnRef: string): string {
  const opts: string[] = [];
  if (l.layers !== 1 || g.chance(0.3)) opts.push(`${g.pick(["numLayers", "num_layers"])}: ${l.layers}`);
  if (l.batchFirst || g.chance(0.2)) opts.push(`${g.pick(["batchFirst", "batch_first"])}: ${l.batchFirst}`);
  if (l.bidirectional || g.chance(0.2)) opts.push(`bidirectional: ${l.bidirectional}`);
  if (g.chance(0.1)) opts.push(`dropout: ${g.pick(["0", "0.1", "0.5"])}`);
  const form = g.int(0, 5);
  if (form === 0 && !l.batchFirst && !l.bidirectional && !opts.some((o) => o.startsWith("dropout"))) {
    return `new ${nnRef}.${l.kind}(${l.input}, ${l.hidden}${l.layers !== 1 || g.chance(0.5) ? `, ${l.layers}` : ""})`;
  }
  if (form === 1) return `new ${nnRef}.${l.kind}({ ${[`${g.pick(["inputSize", "input_size"])}: ${l.input}`, `${g.pick(["hiddenSize", "hidden_size"])}: ${l.hidden}`, ...opts].join(", ")} })`;
  if (form === 2) {
    // Options spread from a base object, overridden after the spread.
    g.emit(`const hp_${k} = { inputSize: ${l.input}, hiddenSize: ${l.hidden}, numLayers: ${g.chance(0.5) ? l.layers : 1} };`);
    return `new ${nnRef}.${l.kind}({ ...hp_${k}, ${[`numLayers: ${l.layers}`, ...opts.filter((o) => !/^num_?[lL]ayers/.test(o))].join(", ")} })`;
  }
  if (form === 3 && !l.batchFirst && !l.bidirectional) {
    g.emit(`const args_${k}: [number, number, number] = [${l.input}, ${l.hidden}, ${l.layers}];`);
    return `new ${nnRef}.${l.kind}(...args_${k})`;
  }
  if (form === 4) {
    g.emit(`const { ${l.kind}: ${l.kind}_${k} } = ${nnRef};`);
    return `new ${l.kind}_${k}(${l.input}, ${l.hidden}${opts.length > 0 ? `, { ${opts.join(", ")} }` : ""})`;
  }
  return `new ${nnRef}.${l.kind}(${l.input}, ${l.hidden}${opts.length > 0 ? `, { ${opts.join(", ")} }` : ""})`;
}

/** A tensor factory call of the given sizes, in one of its forms. */
function factory(g: Gen, k: string, sizes: readonly number[], torchRef: string): string {
  const fn = g.pick(["randn", "zeros", "ones", "rand"]);
  const form = g.int(0, 3);
  if (form === 1) return `${torchRef}.${fn}([${sizes.join(", ")}])`;
  if (form === 2) {
    const name = `shape_${k}_${g.int(0, 9999)}`;
    g.emit(`const ${name} = [${sizes.join(", ")}];`);
    return `${torchRef}.${fn}(...${name})`;
  }
  return `${torchRef}.${fn}(${sizes.join(", ")})`;
}

function randomLayer(g: Gen): Layer {
  return {
    kind: g.pick(["RNN", "GRU", "LSTM"] as const),
    input: g.int(2, 9),
    hidden: g.int(2, 9),
    layers: g.pick([1, 1, 2, 3]),
    batchFirst: g.chance(0.35),
    bidirectional: g.chance(0.25),
  };
}

function inputSizes(l: Layer, seq: number, batch: number, feats: number): number[] {
  return l.batchFirst ? [batch, seq, feats] : [seq, batch, feats];
}

/** h0 (and c0) for a layer, right or slightly wrong; the text of the hx argument. */
function state(g: Gen, k: string, l: Layer, batch: number, torchRef: string): string {
  const h = factory(g, k, [g.maybeWrong(l.layers * dirs(l)), g.maybeWrong(batch, 0.08), g.maybeWrong(l.hidden, 0.08)], torchRef);
  if (l.kind !== "LSTM") return h;
  const c = factory(g, k, [g.maybeWrong(l.layers * dirs(l), 0.06), batch, g.maybeWrong(l.hidden, 0.06)], torchRef);
  return `[${h}, ${c}]`;
}

interface Refs {
  readonly torch: string;
  readonly nn: string;
}

type Scene = (g: Gen, k: string, refs: Refs) => void;

/** A layer called once, its output read by a Linear head. */
const forward: Scene = (g, k, { torch, nn }) => {
  const l = randomLayer(g);
  const seq = g.int(1, 6);
  const batch = g.int(1, 4);
  g.emit(`const m_${k} = ${constructor(g, k, l, nn)};`);
  g.emit(`const x_${k} = ${factory(g, k, inputSizes(l, seq, batch, g.maybeWrong(l.input)), torch)};`);
  const hx = g.chance(0.5) ? `, ${state(g, k, l, batch, torch)}` : "";
  g.emit(`const [out_${k}, st_${k}] = m_${k}.forward(x_${k}${hx});`);
  if (g.chance(0.5)) {
    const head = g.int(2, 5);
    g.emit(`const head_${k} = new ${nn}.Linear(${g.maybeWrong(l.hidden * dirs(l))}, ${head});`);
    g.emit(`const y_${k} = head_${k}.forward(out_${k});`);
    if (g.chance(0.5)) g.emit(`const last_${k} = y_${k}.select(${l.batchFirst ? 1 : 0}, ${g.pick([0, -1, seq - 1])});`);
  }
  if (g.chance(0.3)) g.emit(`const n_${k} = out_${k}.size(${g.pick([0, 1, 2, -1])}) * ${l.kind === "LSTM" ? `st_${k}[0]` : `st_${k}`}.size(0);`);
};

/** A config object changed after it is made, in the ways code changes one, then read. */
const configWrites: Scene = (g, k, { torch, nn }) => {
  const input = g.int(2, 9);
  const hidden = g.int(2, 9);
  const first = g.pick([1, 2]);
  const then = g.pick([1, 2, 3]);
  g.emit(`const cfg_${k} = { inputSize: ${input}, hiddenSize: ${hidden}, numLayers: ${first} };`);
  const how = g.int(0, 5);
  if (how === 0) g.emit(`cfg_${k}.numLayers = ${then};`);
  else if (how === 1) g.emit(`Object.assign(cfg_${k}, { numLayers: ${then} });`);
  else if (how === 2) g.emit(`const alias_${k} = cfg_${k};`, `alias_${k}.numLayers = ${then};`);
  else if (how === 3) {
    g.emit(`function setLayers_${k}(c: { numLayers: number }, n: number): void {`, `  c.numLayers = n;`, `}`, `setLayers_${k}(cfg_${k}, ${then});`);
  } else if (how === 4) g.emit(`if (cfg_${k}.inputSize > ${g.int(0, 10)}) cfg_${k}.numLayers = ${then};`);
  else g.emit(`cfg_${k}["numLayers"] = ${then};`);
  const kind = g.pick(["RNN", "GRU"] as const);
  const batch = g.int(1, 4);
  g.emit(`const m_${k} = ${g.chance(0.5) ? `new ${nn}.${kind}(cfg_${k})` : `new ${nn}.${kind}(cfg_${k}.inputSize, cfg_${k}.hiddenSize, cfg_${k}.numLayers)`};`);
  // h0 built from a layer count that is right after the write, or the one before it.
  const layers = g.chance(0.7) ? `cfg_${k}.numLayers` : String(g.pick([first, then]));
  g.emit(`const [o_${k}, h_${k}] = m_${k}.forward(${torch}.randn(${g.int(1, 5)}, ${batch}, ${input}), ${torch}.zeros(${layers}, ${batch}, ${hidden}));`);
};

/** A cell stepped over time, state carried across iterations; the loop may run 0, 1 or many times. */
const cellLoop: Scene = (g, k, { torch, nn }) => {
  const kind = g.pick(["RNNCell", "GRUCell", "LSTMCell"] as const satisfies readonly CellKind[]);
  const input = g.int(2, 8);
  const hidden = g.int(2, 8);
  const batch = g.int(1, 4);
  const steps = g.pick([0, 1, 2, 4]);
  g.emit(`const cell_${k} = new ${nn}.${kind}(${input}, ${hidden});`);
  g.emit(`const xs_${k} = ${torch}.randn(${Math.max(steps, 1)}, ${batch}, ${g.maybeWrong(input, 0.08)});`);
  g.emit(`let h_${k} = ${torch}.zeros(${batch}, ${hidden});`);
  if (kind === "LSTMCell") g.emit(`let c_${k} = ${torch}.zeros(${batch}, ${hidden});`);
  const step = kind === "LSTMCell" ? `[h_${k}, c_${k}] = cell_${k}.forward(xs_${k}.select(0, t_${k}), [h_${k}, c_${k}]);` : `h_${k} = cell_${k}.forward(xs_${k}.select(0, t_${k}), h_${k});`;
  // A state of the wrong width set in an iteration fails only in the next one.
  const late = g.chance(0.15) ? [`  if (t_${k} === ${g.int(0, 2)}) h_${k} = ${torch}.zeros(${batch}, ${hidden + 1});`] : [];
  const form = g.int(0, 3);
  if (form === 0) g.emit(`for (let t_${k} = 0; t_${k} < ${steps}; t_${k}++) {`, `  ${step}`, ...late, `}`);
  else if (form === 1) g.emit(`let t_${k} = 0;`, `while (t_${k} < ${steps}) {`, `  ${step}`, ...late, `  t_${k} += 1;`, `}`);
  else if (form === 2) g.emit(`for (let t_${k} = 0; t_${k} < ${steps + 2}; t_${k}++) {`, `  if (t_${k} >= ${steps}) break;`, `  ${step}`, ...late, `}`);
  else g.emit(`for (let t_${k} = 0; t_${k} < ${steps}; t_${k}++) {`, `  if (t_${k} % 2 === 1) continue;`, `  ${step}`, ...late, `}`);
  if (g.chance(0.5)) g.emit(`const out_${k} = new ${nn}.Linear(${g.maybeWrong(hidden, 0.1)}, 2).forward(h_${k});`);
};

/** Layers stacked in an array and applied in a loop; widths change along the way. */
const stack: Scene = (g, k, { torch, nn }) => {
  const widths = [g.int(2, 8), g.int(2, 8), g.int(2, 8), g.int(2, 8)].slice(0, g.int(2, 4));
  const n = widths.length - 1;
  const kind = g.pick(["RNN", "GRU"] as const);
  const layers = Array.from({ length: n }, (_, i) => `new ${nn}.${kind}(${i === 0 ? widths[0] : g.maybeWrong(widths[i] as number, 0.1)}, ${widths[i + 1]})`);
  g.emit(`const layers_${k} = [${layers.join(", ")}];`);
  g.emit(`let y_${k} = ${torch}.randn(${g.int(1, 5)}, ${g.int(1, 3)}, ${widths[0]});`);
  const form = g.int(0, 2);
  if (form === 0) g.emit(`for (const layer of layers_${k}) {`, `  [y_${k}] = layer.forward(y_${k});`, `}`);
  else if (form === 1) g.emit(`for (let i = 0; i < layers_${k}.length; i++) {`, `  const [next] = layers_${k}[i].forward(y_${k});`, `  y_${k} = next;`, `}`);
  else g.emit(`layers_${k}.forEach((layer) => {`, `  [y_${k}] = layer.forward(y_${k});`, `});`);
  if (g.chance(0.4)) g.emit(`const z_${k} = new ${nn}.Linear(${g.maybeWrong(widths[n] as number, 0.15)}, 3).forward(y_${k});`);
};

/** Features grown in a loop, then used as a layer's input size. */
const growingWidth: Scene = (g, k, { torch, nn }) => {
  const base = g.int(2, 5);
  const grow = g.int(1, 3);
  const times = g.pick([0, 1, 3]);
  g.emit(`let feats_${k} = ${base};`);
  g.emit(`for (let i = 0; i < ${times}; i++) feats_${k} = feats_${k} + ${grow};`);
  const expect = base + grow * times;
  g.emit(`const m_${k} = new ${nn}.GRU(feats_${k}, 4);`);
  g.emit(`m_${k}.forward(${torch}.randn(2, 2, ${g.chance(0.6) ? `feats_${k}` : g.maybeWrong(expect, 0.5)}));`);
};

/** Branches on sizes and ranks: the branch not taken would fail. */
const branches: Scene = (g, k, { torch, nn }) => {
  const input = g.int(2, 8);
  const hidden = g.int(2, 8);
  const rank = g.pick([2, 3]);
  g.emit(`const rnn_${k} = new ${nn}.GRU(${input}, ${hidden});`);
  g.emit(`const cell_${k} = new ${nn}.GRUCell(${input}, ${hidden});`);
  g.emit(`const x_${k} = ${torch}.randn(${rank === 3 ? `4, 3, ${g.maybeWrong(input, 0.1)}` : `3, ${g.maybeWrong(input, 0.1)}`});`);
  const form = g.int(0, 4);
  if (form === 0) {
    g.emit(`let r_${k};`, `if (x_${k}.dim() === 3) {`, `  [r_${k}] = rnn_${k}.forward(x_${k});`, `} else {`, `  r_${k} = cell_${k}.forward(x_${k});`, `}`);
  } else if (form === 1) {
    // An early return guards the code after it.
    g.emit(
      `function run_${k}(x: typeof x_${k}) {`,
      `  if (x.dim() !== 3) return cell_${k}.forward(x);`,
      `  const [o] = rnn_${k}.forward(x);`,
      `  return o;`,
      `}`,
      `const r_${k} = run_${k}(x_${k});`,
    );
  } else if (form === 2) {
    const layers = g.pick([1, 2]);
    g.emit(`const deep_${k} = new ${nn}.GRU(${input}, ${hidden}, ${layers});`);
    g.emit(`if (${layers} > 1) {`, `  deep_${k}.forward(${torch}.randn(2, 3, ${input}), ${torch}.zeros(2, 3, ${hidden}));`, `} else {`, `  deep_${k}.forward(${torch}.randn(2, 3, ${input}), ${torch}.zeros(1, 3, ${hidden}));`, `}`);
  } else if (form === 3) {
    g.emit(`const r_${k} = x_${k}.dim() === 3 ? rnn_${k}.forward(x_${k})[0] : cell_${k}.forward(x_${k});`);
  } else {
    // A condition the analysis cannot know: the program is open.
    g.closed = false;
    g.emit(`if (Date.now() < 0) {`, `  rnn_${k}.forward(${torch}.randn(2, 2, ${input + 1}));`, `}`, `${rank === 3 ? `rnn_${k}` : `cell_${k}`}.forward(x_${k});`);
  }
};

/** One helper called from several sites with different layers and inputs. */
const helpers: Scene = (g, k, { torch, nn }) => {
  const a = randomLayer(g);
  const b = { ...randomLayer(g), kind: a.kind === "LSTM" ? ("LSTM" as const) : g.pick(["RNN", "GRU"] as const) };
  const arrow = g.chance(0.5);
  if (arrow) g.emit(`const apply_${k} = (m: { forward: Function }, x: unknown) => m.forward(x)[0];`);
  else g.emit(`function apply_${k}(m: any, x: any) {`, `  const [o] = m.forward(x);`, `  return o;`, `}`);
  g.emit(`const a_${k} = ${constructor(g, k + "a", a, nn)};`);
  g.emit(`const b_${k} = ${constructor(g, k + "b", b, nn)};`);
  g.emit(`const oa_${k} = apply_${k}(a_${k}, ${factory(g, k, inputSizes(a, 3, 2, g.maybeWrong(a.input, 0.08)), torch)});`);
  g.emit(`const ob_${k} = apply_${k}(b_${k}, ${factory(g, k, inputSizes(b, 2, 3, g.maybeWrong(b.input, 0.08)), torch)});`);
};

/** A model class built twice with different sizes, its forward called on each. */
const modelClass: Scene = (g, k, { torch, nn }) => {
  const kind = g.pick(["GRU", "LSTM"] as const);
  g.emit(
    `class Model_${k} extends ${nn}.Module {`,
    `  rnn;`,
    `  head;`,
    `  constructor(inputs: number, hidden: number, classes: number) {`,
    `    super();`,
    `    this.rnn = new ${nn}.${kind}(inputs, hidden, { batchFirst: true });`,
    `    this.head = new ${nn}.Linear(hidden, classes);`,
    `  }`,
    `  forward(x: any) {`,
    `    const [out] = this.rnn.forward(x);`,
    `    return this.head.forward(out.select(1, -1));`,
    `  }`,
    `}`,
  );
  const sizes = [g.int(2, 8), g.int(2, 8)];
  sizes.forEach((inputs, i) => {
    g.emit(`const model_${k}_${i} = new Model_${k}(${inputs}, ${g.int(2, 8)}, ${g.int(2, 4)});`);
    g.emit(`const logits_${k}_${i} = model_${k}_${i}.forward(${torch}.randn(${g.int(1, 3)}, ${g.int(1, 4)}, ${g.maybeWrong(inputs, 0.1)}));`);
  });
  if (g.chance(0.3)) g.emit(`model_${k}_0.rnn = new ${nn}.${kind}(${g.int(2, 8)}, ${g.int(2, 8)}, { batchFirst: true });`, `model_${k}_0.forward(${torch}.randn(2, 2, ${sizes[0]}));`);
};

/** Callbacks: run now (forEach, map), later (then, setTimeout), or by a test runner (it). */
const callbacks: Scene = (g, k, { torch, nn }) => {
  const input = g.int(2, 8);
  g.emit(`const m_${k} = new ${nn}.GRU(${input}, ${g.int(2, 6)});`);
  const good = `${torch}.randn(2, 3, ${input})`;
  const maybe = `${torch}.randn(2, 3, ${g.maybeWrong(input, 0.15)})`;
  const form = g.int(0, 6);
  if (form === 0) g.emit(`[${good}, ${maybe}].forEach((x) => m_${k}.forward(x));`);
  else if (form === 1) g.emit(`const outs_${k} = [${maybe}, ${good}].map((x) => m_${k}.forward(x)[0]);`);
  else if (form === 2) g.emit(`Promise.resolve(${maybe}).then((x) => m_${k}.forward(x));`);
  else if (form === 3) g.emit(`setTimeout(() => m_${k}.forward(${maybe}), ${g.int(0, 10)});`);
  else if (form === 4) g.emit(`it("runs the layer", () => {`, `  m_${k}.forward(${maybe});`, `});`);
  else if (form === 5) {
    // The callback runs after the variable it reads is reassigned.
    const first = g.chance(0.5) ? good : `${torch}.randn(2, 3, ${input + 1})`;
    g.emit(`let late_${k} = ${first};`, `setTimeout(() => m_${k}.forward(late_${k}), 0);`, `late_${k} = ${maybe};`);
  } else {
    // Assignments in a callback change what the code after the call sees.
    g.emit(`let w_${k} = ${input + 1};`, `[1, 2].forEach(() => {`, `  w_${k} = ${g.maybeWrong(input, 0.2)};`, `});`, `m_${k}.forward(${torch}.randn(2, 3, w_${k}));`);
  }
};

/** Containers of layers and optional chaining. */
const containers: Scene = (g, k, { torch, nn }) => {
  const input = g.int(2, 8);
  const hidden = g.int(2, 8);
  const form = g.int(0, 3);
  if (form === 0) {
    g.emit(`const byName_${k} = new Map();`, `byName_${k}.set("enc", new ${nn}.LSTM(${input}, ${hidden}));`, `byName_${k}.get("enc").forward(${torch}.randn(2, 2, ${g.maybeWrong(input)}));`);
  } else if (form === 1) {
    g.emit(`const pair_${k} = [new ${nn}.GRU(${input}, ${hidden}), new ${nn}.GRU(${hidden}, ${hidden})];`, `pair_${k}[${g.pick([0, 1])}].forward(${torch}.randn(2, 2, ${g.pick([input, hidden])}));`);
  } else if (form === 2) {
    g.emit(`const maybe_${k} = ${g.chance(0.7) ? `new ${nn}.RNN(${input}, ${hidden})` : "null"};`, `maybe_${k}?.forward(${torch}.randn(3, 1, ${g.maybeWrong(input)}));`);
  } else {
    g.emit(`const opts_${k} = { layers: ${g.pick([1, 2])} };`, `const m_${k} = new ${nn}.GRU(${input}, ${hidden}, opts_${k}?.layers ?? 1);`, `m_${k}.forward(${torch}.randn(2, 2, ${input}), ${torch}.zeros(opts_${k}.layers, 2, ${hidden}));`);
  }
};

/** Views and reshapes of outputs, some of them of transposed (non-contiguous) tensors. */
const views: Scene = (g, k, { torch, nn }) => {
  const seq = g.int(2, 4);
  const batch = g.int(2, 4);
  const hidden = g.int(2, 6);
  g.emit(`const m_${k} = new ${nn}.GRU(3, ${hidden});`);
  g.emit(`const [o_${k}] = m_${k}.forward(${torch}.randn(${seq}, ${batch}, 3));`);
  const form = g.int(0, 6);
  if (form === 6) g.emit(`const dims_${k} = [${g.maybeWrong(seq, 0.3)}, ${batch * hidden}];`, `const v_${k} = o_${k}.view(...dims_${k});`);
  else if (form === 0) g.emit(`const v_${k} = o_${k}.transpose(0, 1).view(${batch}, -1);`);
  else if (form === 1) g.emit(`const v_${k} = o_${k}.transpose(0, 1).contiguous().view(${batch}, -1);`);
  else if (form === 2) g.emit(`const v_${k} = o_${k}.transpose(0, 1).reshape(${batch}, -1);`);
  else if (form === 3) g.emit(`const v_${k} = o_${k}.permute(1, 0, 2).view(${batch}, ${seq}, ${hidden});`);
  else if (form === 4) g.emit(`const v_${k} = o_${k}.view(${g.maybeWrong(seq * batch, 0.3)}, ${hidden});`);
  else g.emit(`const v_${k} = o_${k}.transpose(1, 2).view(${seq}, ${g.pick([hidden * batch, hidden, batch])}, -1);`);
  if (g.chance(0.4)) g.emit(`const s_${k} = ${torch}.zeros(...v_${k}.shape);`);
};

/** Every tensor method the analysis knows, on outputs and states: none may be missing in the engine. */
const tensorMethods: Scene = (g, k, { torch, nn }) => {
  const seq = g.int(2, 4);
  const batch = g.int(1, 3);
  const hidden = g.int(2, 5);
  g.emit(`const m_${k} = new ${nn}.LSTM(4, ${hidden});`);
  g.emit(`const [o_${k}, [h_${k}, c_${k}]] = m_${k}.forward(${torch}.randn(${seq}, ${batch}, 4));`);
  const ops = [
    `o_${k}.detach().clone().contiguous()`,
    `h_${k}.squeeze(0).unsqueeze(${g.pick([0, 1, -1])})`,
    `o_${k}.flatten(${g.pick([0, 1])}, ${g.pick([1, 2, -1])})`,
    `o_${k}.slice(0, ${g.int(0, 1)}, ${g.int(1, seq)})`,
    `c_${k}.select(0, ${g.pick([0, -1, 1])})`,
    `h_${k}.squeeze()`,
    `o_${k}.select(1, 0).t()`,
    `o_${k}.reshape(${g.maybeWrong(seq * batch, 0.2)}, -1)`,
    `o_${k}.permute(${g.pick(["2, 0, 1", "1, 0, 2", "0, 2, 1"])}).contiguous()`,
    // Sizes computed by division: a fraction when the numbers do not divide (PyTorch's TypeError).
    `o_${k}.view(${seq * batch} / ${g.pick([1, 2, 3])}, -1)`,
    `o_${k}.select(0, ${seq} / 2)`,
    `${torch}.zeros(${batch} / ${g.pick([1, 2])}, ${hidden})`,
  ];
  for (let i = 0; i < g.int(2, 4); i++) g.emit(`const r_${k}_${i} = ${g.pick(ops)};`);
  g.emit(`const n_${k} = o_${k}.numel() + o_${k}.dim() + o_${k}.size(${g.pick([0, -1])});`);
  if (g.chance(0.3)) g.emit(`m_${k}.eval();`, `m_${k}.train();`);
};

/** A switch on a config string picks the layer; the cases not picked would fail. */
const switchKind: Scene = (g, k, { torch, nn }) => {
  const input = g.int(2, 8);
  const hidden = g.int(2, 8);
  const kind = g.pick(["lstm", "gru", "rnn"]);
  g.emit(`const opts_${k} = { kind: "${kind}", layers: ${g.pick([1, 2])} };`);
  g.emit(`let m_${k};`);
  g.emit(`switch (opts_${k}.kind) {`);
  g.emit(`  case "lstm":`, `    m_${k} = new ${nn}.LSTM(${input}, ${hidden}, opts_${k}.layers);`, `    break;`);
  g.emit(`  case "gru":`, `    m_${k} = new ${nn}.GRU(${input}, ${hidden}, opts_${k}.layers);`, `    break;`);
  g.emit(`  default:`, `    m_${k} = new ${nn}.RNN(${input}, ${hidden}, opts_${k}.layers);`);
  g.emit(`}`);
  g.emit(`const [o_${k}] = m_${k}.forward(${torch}.randn(3, 2, ${g.maybeWrong(input, 0.1)}));`);
  // A case that would fail only for another kind.
  g.emit(`switch (opts_${k}.kind) {`, `  case "${kind === "lstm" ? "gru" : "lstm"}":`, `    m_${k}.forward(${torch}.randn(3, 2, ${input + 1}));`, `    break;`, `}`);
};

/** Loops in loops: epochs of batches, each stepping a cell over time. */
const nestedLoops: Scene = (g, k, { torch, nn }) => {
  const input = g.int(2, 6);
  const hidden = g.int(2, 6);
  const epochs = g.pick([0, 1, 2]);
  const steps = g.pick([1, 3]);
  g.emit(`const cell_${k} = new ${nn}.GRUCell(${input}, ${hidden});`);
  g.emit(`for (let e = 0; e < ${epochs}; e++) {`);
  g.emit(`  let h = ${torch}.zeros(2, ${hidden});`);
  g.emit(`  for (let t = 0; t < ${steps}; t++) {`);
  g.emit(`    h = cell_${k}.forward(${torch}.randn(2, ${g.maybeWrong(input, 0.1)}), h);`);
  if (g.chance(0.2)) g.emit(`    if (e === 1 && t === ${steps - 1}) h = ${torch}.zeros(2, ${hidden + 1});`);
  g.emit(`  }`, `}`);
};

/** Closures: a function that returns a function holding a layer. */
const closures: Scene = (g, k, { torch, nn }) => {
  const input = g.int(2, 8);
  g.emit(`const makeStep_${k} = (layer: any) => (x: any) => layer.forward(x)[0];`);
  g.emit(`const step_${k} = makeStep_${k}(new ${nn}.GRU(${input}, ${g.int(2, 6)}));`);
  g.emit(`const y_${k} = step_${k}(${torch}.randn(2, 2, ${g.maybeWrong(input, 0.12)}));`);
  g.emit(`function counter_${k}() {`, `  let calls = 0;`, `  return () => (calls += 1);`, `}`, `const next_${k} = counter_${k}();`, `next_${k}();`);
};

const SCENES: readonly [string, Scene][] = [
  ["switch", switchKind],
  ["nested-loops", nestedLoops],
  ["closures", closures],
  ["tensor-methods", tensorMethods],
  ["forward", forward],
  ["config-writes", configWrites],
  ["cell-loop", cellLoop],
  ["stack", stack],
  ["growing-width", growingWidth],
  ["branches", branches],
  ["helpers", helpers],
  ["model-class", modelClass],
  ["callbacks", callbacks],
  ["containers", containers],
  ["views", views],
];

/** The ways a file reaches the engine: named, namespace and default imports, destructuring, CommonJS. */
function preamble(g: Gen): Refs {
  const form = g.int(0, 5);
  if (form === 5) {
    g.emit(`import rl from "rnnlens";`);
    return { torch: "rl.torch", nn: "rl.nn" };
  }
  if (form === 1) {
    g.emit(`import * as rl from "rnnlens";`);
    return { torch: "rl.torch", nn: "rl.nn" };
  }
  if (form === 2) {
    g.emit(`import * as rl from "rnnlens";`, `const { torch, nn } = rl;`);
    return { torch: "torch", nn: "nn" };
  }
  if (form === 3) {
    g.emit(`const { torch, nn } = require("rnnlens");`);
    return { torch: "torch", nn: "nn" };
  }
  if (form === 4) {
    g.emit(`import rnnlens = require("rnnlens");`);
    return { torch: "rnnlens.torch", nn: "rnnlens.nn" };
  }
  g.emit(`import { torch, nn } from "rnnlens";`);
  return { torch: "torch", nn: "nn" };
}

/** The program of one seed. */
export function generateProgram(seed: number): GeneratedProgram {
  const g = new Gen(mulberry32(seed));
  const refs = preamble(g);
  g.emit("");
  const scenes: string[] = [];
  const count = g.int(1, 3);
  for (let i = 0; i < count; i++) {
    const [name, scene] = g.pick(SCENES);
    scenes.push(name);
    scene(g, String(i), refs);
    g.emit("");
  }
  return { text: g.lines.join("\n"), closed: g.closed, scenes };
}
