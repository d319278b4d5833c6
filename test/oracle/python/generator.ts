/**
 * Random closed PyTorch programs in Python for the Python differential oracle: the code real model
 * files are made of, with every size known, so real PyTorch can run them once (the recorded
 * corpus, test/oracle/python-corpus/) and judge the analyzer.
 *
 * A program is a few scenes, each with its own names (suffix `_<k>`), after the imports, in one of
 * the forms code reaches torch (`import torch.nn as nn`, `from torch import nn`,
 * `from torch.nn import LSTM, GRU`, `torch.nn.LSTM(...)` fully qualified). Scenes: a recurrent
 * layer built with positional and keyword arguments and called with or without h0/c0; PyTorch's
 * own constructor errors and the dropout warning; `nn.Module` subclasses with `init_hidden`;
 * cells stepped in `for`/`while` loops with `break`/`continue`; branches on known sizes (code in
 * the branch not taken would fail) and on `random.random()`; helpers with defaults and keyword
 * calls; sizes read back (`x.size(i)`, `x.shape[i]`, `len(x)`); unbatched inputs; tensor ops and
 * indexing; Embedding/Dropout/Linear heads; packed sequences; containers of layers; and things the
 * analysis must not guess (a config dict, `getattr`, `nn.Conv1d`, a local look-alike of `nn`),
 * which stay correct. A size is sometimes slightly wrong, so about half the programs raise; the
 * generator does not decide what raises: PyTorch does, when the program is recorded.
 *
 * A scene that branches on a value nobody knows (`random.random()`) makes the program open: the
 * oracle then accepts findings on code that did not run.
 */
import { mulberry32 } from "../../helpers/random";

export interface GeneratedPythonProgram {
  readonly text: string;
  /** Every value that decides what runs is known to a careful reader of the program. */
  readonly closed: boolean;
  /** The scenes it is made of, for reports. */
  readonly scenes: readonly string[];
}

type SeqKind = "RNN" | "GRU" | "LSTM";
type CellKind = "RNNCell" | "GRUCell" | "LSTMCell";
const RECURRENT = new Set<string>(["RNN", "GRU", "LSTM", "RNNCell", "GRUCell", "LSTMCell"]);

/** How the program names torch.nn's classes: the import forms real files use. */
type ImportForm = "nn-alias" | "from-torch-nn" | "qualified" | "from-names" | "mixed" | "import-torch-nn";
const IMPORT_FORMS: readonly ImportForm[] = ["nn-alias", "from-torch-nn", "qualified", "from-names", "mixed", "import-torch-nn"];

/** Scales every scene's odds of a wrong size: about half the programs raise. */
const WRONG_SCALE = 0.5;

class Gen {
  readonly lines: string[] = [];
  closed = true;
  /** Imports the scenes need besides torch and nn (whole lines). */
  readonly extraImports = new Set<string>();
  /** Names imported from torch.nn directly (`from torch.nn import ...`). */
  readonly directNames = new Set<string>();
  /** Whether some line names the nn module itself (nn.X or torch.nn.X). */
  usesNnModule = false;
  constructor(
    readonly r: () => number,
    readonly form: ImportForm,
  ) {}
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
  maybeWrong(right: number, p = 0.2): number {
    if (!this.chance(p * WRONG_SCALE)) return right;
    return Math.max(1, right + this.pick([-1, 1, 2, right]));
  }
  emit(...ls: string[]): void {
    this.lines.push(...ls);
  }
  /** The expression naming the torch.nn module. */
  nn(): string {
    this.usesNnModule = true;
    return this.form === "qualified" || this.form === "import-torch-nn" ? "torch.nn" : "nn";
  }
  /** The expression naming a torch.nn class, as the import form has it. */
  cls(name: string): string {
    if (this.form === "from-names" || (this.form === "mixed" && RECURRENT.has(name))) {
      this.directNames.add(name);
      return name;
    }
    return `${this.nn()}.${name}`;
  }
  /** The import lines the program needs, first. */
  imports(): string[] {
    const out: string[] = [];
    if (this.extraImports.has("import random")) out.push("import random");
    out.push(this.form === "import-torch-nn" ? "import torch.nn" : "import torch");
    if (this.usesNnModule || this.form === "mixed") {
      if (this.form === "nn-alias" || this.form === "mixed") out.push("import torch.nn as nn");
      else if (this.form === "from-torch-nn" || this.form === "from-names") out.push("from torch import nn");
    }
    if (this.directNames.size > 0) out.push(`from torch.nn import ${[...this.directNames].sort().join(", ")}`);
    for (const line of [...this.extraImports].sort()) if (line !== "import random") out.push(line);
    return out;
  }
}

interface Layer {
  readonly kind: SeqKind;
  readonly input: number;
  readonly hidden: number;
  readonly layers: number;
  readonly batchFirst: boolean;
  readonly bidirectional: boolean;
  /** LSTM only: 0 or a size below hidden. */
  readonly proj: number;
}

const dirs = (l: Layer): number => (l.bidirectional ? 2 : 1);
/** The last dim of the output and of h0: proj_size when an LSTM projects. */
const outWidth = (l: Layer): number => (l.proj > 0 ? l.proj : l.hidden);

function randomLayer(g: Gen, kinds: readonly SeqKind[] = ["RNN", "GRU", "LSTM"]): Layer {
  const kind = g.pick(kinds);
  const hidden = g.int(2, 9);
  return {
    kind,
    input: g.int(2, 9),
    hidden,
    layers: g.pick([1, 1, 2, 3]),
    batchFirst: g.chance(0.4),
    bidirectional: g.chance(0.25),
    proj: kind === "LSTM" && hidden > 2 && g.chance(0.12) ? g.int(1, hidden - 1) : 0,
  };
}

/** `nn.LSTM(...)` with positional and keyword arguments in the ways code writes them. */
function construct(g: Gen, l: Layer): string {
  const kw: string[] = [];
  if (g.chance(0.1)) kw.push("bias=False");
  if (l.batchFirst || g.chance(0.15)) kw.push(`batch_first=${l.batchFirst ? "True" : "False"}`);
  // dropout on a single layer is a slip PyTorch warns about.
  if ((l.layers > 1 && g.chance(0.25)) || g.chance(0.05)) kw.push(`dropout=${g.pick(["0.1", "0.2", "0.5"])}`);
  if (l.bidirectional || g.chance(0.15)) kw.push(`bidirectional=${l.bidirectional ? "True" : "False"}`);
  if (l.proj > 0) kw.push(`proj_size=${l.proj}`);
  if (l.kind === "RNN" && g.chance(0.2)) kw.push(`nonlinearity=${g.pick(["'relu'", "'tanh'", '"relu"'])}`);
  const form = g.int(0, 3);
  const writeLayers = l.layers !== 1 || g.chance(0.3);
  if (form === 0) {
    // All by keyword.
    const named = [`input_size=${l.input}`, `hidden_size=${l.hidden}`, ...(writeLayers ? [`num_layers=${l.layers}`] : []), ...kw];
    return `${g.cls(l.kind)}(${named.join(", ")})`;
  }
  if (form === 1 && !kw.some((k) => k.startsWith("dropout") || k.startsWith("proj") || k.startsWith("nonlin"))) {
    // The leading options positionally: num_layers, bias, batch_first.
    const bias = !kw.includes("bias=False");
    const rest = kw.filter((k) => k.startsWith("bidirectional"));
    return `${g.cls(l.kind)}(${[String(l.input), String(l.hidden), String(l.layers), bias ? "True" : "False", l.batchFirst ? "True" : "False", ...rest].join(", ")})`;
  }
  const sizes = [String(l.input), String(l.hidden), ...(writeLayers ? [form === 2 ? `num_layers=${l.layers}` : String(l.layers)] : [])];
  return `${g.cls(l.kind)}(${[...sizes, ...kw].join(", ")})`;
}

/** A tensor factory call of the given sizes, in one of its forms. */
function factory(g: Gen, sizes: readonly number[], fns: readonly string[] = ["randn", "zeros", "ones", "rand"]): string {
  const fn = g.pick(fns);
  const form = g.int(0, 4);
  if (form === 1) return `torch.${fn}((${sizes.join(", ")}${sizes.length === 1 ? "," : ""}))`;
  if (form === 2) return `torch.${fn}([${sizes.join(", ")}])`;
  if (form === 3 && fn === "randn") return `torch.randn(${sizes.join(", ")}).float()`;
  return `torch.${fn}(${sizes.join(", ")})`;
}

function inputSizes(l: Layer, seq: number, batch: number, feats: number): number[] {
  return l.batchFirst ? [batch, seq, feats] : [seq, batch, feats];
}

/** The hx argument for a layer: h0 or (h0, c0), right or slightly wrong. */
function hiddenState(g: Gen, l: Layer, batch: number): string {
  const h = factory(g, [g.maybeWrong(l.layers * dirs(l)), g.maybeWrong(batch, 0.06), g.maybeWrong(outWidth(l), 0.06)], ["zeros", "randn", "zeros"]);
  if (l.kind !== "LSTM") return h;
  const c = factory(g, [g.maybeWrong(l.layers * dirs(l), 0.05), batch, g.maybeWrong(l.hidden, 0.05)], ["zeros", "randn", "zeros"]);
  return `(${h}, ${c})`;
}

/** The left side that unpacks a sequence layer's result. */
function unpack(g: Gen, l: Layer, k: string): { target: string; out: string; h: string } {
  if (l.kind === "LSTM") {
    const form = g.int(0, 2);
    if (form === 0) return { target: `out_${k}, (h_${k}, c_${k})`, out: `out_${k}`, h: `h_${k}` };
    if (form === 1) return { target: `out_${k}, state_${k}`, out: `out_${k}`, h: `state_${k}[0]` };
    return { target: `out_${k}, (h_${k}, _)`, out: `out_${k}`, h: `h_${k}` };
  }
  return g.chance(0.8) ? { target: `out_${k}, h_${k}`, out: `out_${k}`, h: `h_${k}` } : { target: `out_${k}, _`, out: `out_${k}`, h: `out_${k}[-1:]` };
}

type Scene = (g: Gen, k: string) => void;

/** A layer called once on a batch, its output read by a Linear head. */
const forward: Scene = (g, k) => {
  const l = randomLayer(g);
  const seq = g.int(1, 6);
  const batch = g.int(1, 4);
  g.emit(`rnn_${k} = ${construct(g, l)}`);
  // The batch-first mix-up: the input laid out the other way round from the layer's batch_first.
  const layout = g.chance(0.1) ? { ...l, batchFirst: !l.batchFirst } : l;
  let x = factory(g, inputSizes(layout, seq, batch, g.maybeWrong(l.input)));
  if (g.chance(0.15)) {
    g.extraImports.add("from torch.autograd import Variable");
    x = `Variable(${x})`;
  }
  g.emit(`x_${k} = ${x}`);
  const u = unpack(g, l, k);
  if (g.chance(0.5)) {
    g.emit(`hidden_${k} = ${hiddenState(g, l, batch)}`);
    g.emit(`${u.target} = rnn_${k}(x_${k}, hidden_${k})`);
  } else g.emit(`${u.target} = rnn_${k}(x_${k})`);
  const width = outWidth(l) * dirs(l);
  const head = g.int(0, 3);
  if (head === 0) {
    g.emit(`fc_${k} = ${g.cls("Linear")}(${g.maybeWrong(width)}, ${g.int(2, 5)})`);
    g.emit(`logits_${k} = fc_${k}(${u.out}[${l.batchFirst ? ":, -1, :" : "-1"}])`);
    if (g.chance(0.3)) {
      g.extraImports.add("import torch.nn.functional as F");
      g.emit(`probs_${k} = F.${g.pick(["log_softmax", "softmax"])}(logits_${k}, dim=-1)`);
    }
  } else if (head === 1) {
    g.emit(`fc_${k} = ${g.cls("Linear")}(${g.maybeWrong(outWidth(l))}, ${g.int(2, 5)})`);
    g.emit(`logits_${k} = fc_${k}(${u.h}[-1])`);
  } else if (head === 2 && l.bidirectional) {
    g.emit(`both_${k} = torch.cat((${u.h}[-2], ${u.h}[-1]), dim=1)`);
    g.emit(`fc_${k} = ${g.cls("Linear")}(${g.maybeWrong(2 * outWidth(l))}, 2)`);
    g.emit(`logits_${k} = fc_${k}(both_${k})`);
  } else g.emit(`n_${k} = ${u.out}.size(${g.pick([0, 1, 2, -1])}) * ${u.out}.dim()`);
};

/** PyTorch's own constructor errors and the dropout warning, beside valid look-alikes. */
const constructorArgs: Scene = (g, k) => {
  const input = g.int(2, 8);
  const hidden = g.int(2, 8);
  const cases: string[] = [
    `${g.cls("LSTM")}(${input}, ${hidden}, num_layers=2, dropout=${g.pick(["0.2", "0.5", "1.5", "-0.1", "1"])})`,
    `${g.cls("GRU")}(${input}, ${hidden}, dropout=${g.pick(["0.3", "0", "0.0"])})`,
    `${g.cls("LSTM")}(${input}, ${hidden}, proj_size=${g.pick([1, hidden - 1, hidden, hidden + 1, -1])})`,
    `${g.cls(g.pick(["GRU", "RNN"]))}(${input}, ${hidden}, proj_size=${g.pick([0, 1])})`,
    `${g.cls("RNN")}(${input}, ${hidden}, nonlinearity=${g.pick(["'relu'", "'tanh'", "'sigmoid'", "'ReLU'"])})`,
    `${g.cls(g.pick(["GRU", "LSTM"]))}(${input}, ${hidden}, nonlinearity='tanh')`,
    `${g.cls(g.pick(["RNN", "GRU", "LSTM"]))}(${input}, ${g.pick([hidden, hidden, 0])}, ${g.pick([1, 2])}, bias=${g.pick(["True", "False"])})`,
    `${g.cls(g.pick(["RNN", "GRU", "LSTM"]))}(input_size=${input}, hidden_size=${hidden}, num_layers=1, dropout=${g.pick(["0.25", "0.0"])})`,
  ];
  const pickedIndex = g.int(0, cases.length - 1);
  // Most picks are valid; the scene still runs the layer, so a working one is used afterwards.
  g.emit(`layer_${k} = ${cases[pickedIndex]}`);
  if (g.chance(0.6)) {
    const x = pickedIndex === 2 ? g.int(2, 4) : 3;
    g.emit(`y_${k}, _ = layer_${k}(torch.randn(${x}, 2, ${g.maybeWrong(input, 0.08)}))`);
  }
};

/** An nn.Module subclass with init_hidden, built and called, sometimes with a classic slip. */
const moduleClass: Scene = (g, k) => {
  const kind = g.pick(["GRU", "LSTM", "RNN"] as const);
  const batchFirst = g.chance(0.6);
  const bug = g.chance(0.3) ? g.pick(["directions", "batch-dim", "fc-width", "layers"] as const) : null;
  const superCall = g.chance(0.7) ? "super().__init__()" : `super(Model_${k}, self).__init__()`;
  const batchExpr = bug === "batch-dim" ? `x.size(${batchFirst ? 1 : 0})` : g.pick([`x.size(${batchFirst ? 0 : 1})`, `x.shape[${batchFirst ? 0 : 1}]`, ...(batchFirst ? ["len(x)"] : [])]);
  const layersExpr = bug === "directions" ? "self.num_layers" : bug === "layers" ? "self.num_directions" : "self.num_layers * self.num_directions";
  const fcIn = bug === "fc-width" ? "hidden_size" : "hidden_size * self.num_directions";
  const zeros = `torch.zeros(${layersExpr}, batch, self.hidden_size)`;
  // Dropout between layers: guarded as careful code does, or not (PyTorch warns for one layer).
  const dropout = g.pick(["", "", ", dropout=0.2 if num_layers > 1 else 0", ", dropout=0.3"]);
  g.emit(
    `class Model_${k}(${g.cls("Module")}):`,
    `    def __init__(self, input_size, hidden_size, num_layers=1, bidirectional=False, num_classes=3):`,
    `        ${superCall}`,
    `        self.hidden_size = hidden_size`,
    `        self.num_layers = num_layers`,
    `        self.num_directions = 2 if bidirectional else 1`,
    `        self.rnn = ${g.cls(kind)}(input_size, hidden_size, num_layers, batch_first=${batchFirst ? "True" : "False"}, bidirectional=bidirectional${dropout})`,
    `        self.fc = ${g.cls("Linear")}(${fcIn}, num_classes)`,
    ``,
    `    def init_hidden(self, batch):`,
    kind === "LSTM" ? `        return (${zeros}, ${zeros})` : `        return ${zeros}`,
    ``,
    `    def forward(self, x):`,
    `        hidden = self.init_hidden(${batchExpr})`,
    `        out, hidden = self.rnn(x, hidden)`,
    `        return self.fc(out[${batchFirst ? ":, -1, :" : "-1, :, :"}])`,
    ``,
  );
  const input = g.int(2, 8);
  const hidden = g.int(2, 8);
  const layers = g.pick([1, 2]);
  const bidirectional = g.chance(0.4);
  const args = [String(input), String(hidden)];
  if (layers !== 1 || g.chance(0.3)) args.push(g.chance(0.5) ? String(layers) : `num_layers=${layers}`);
  if (bidirectional || g.chance(0.2)) args.push(`bidirectional=${bidirectional ? "True" : "False"}`);
  const seq = g.int(1, 5);
  const batch = g.int(1, 4);
  const x = factory(g, batchFirst ? [batch, seq, g.maybeWrong(input, 0.08)] : [seq, batch, g.maybeWrong(input, 0.08)]);
  const how = g.int(0, 3);
  if (how === 0) {
    g.emit(`model_${k} = Model_${k}(${args.join(", ")})`, `logits_${k} = model_${k}(${x})`);
  } else if (how === 1) {
    g.emit(`device_${k} = torch.device("cpu")`, `model_${k} = Model_${k}(${args.join(", ")}).to(device_${k})`, `model_${k}.eval()`, `with torch.no_grad():`, `    logits_${k} = model_${k}(${x}.to(device_${k}))`);
  } else if (how === 2) {
    g.emit(`def build_${k}():`, `    return Model_${k}(${args.join(", ")})`, ``, `logits_${k} = build_${k}()(${x})`);
  } else {
    g.emit(`model_${k} = Model_${k}(${args.join(", ")})`, `logits_${k} = model_${k}.forward(${x}).detach()`);
  }
  if (g.chance(0.3)) g.emit(`probs_${k} = logits_${k}.softmax(dim=-1)`);
};

/** A cell stepped over time in a for loop, with break or continue, its outputs stacked. */
const cellLoop: Scene = (g, k) => {
  const kind = g.pick(["RNNCell", "GRUCell", "LSTMCell"] as const satisfies readonly CellKind[]);
  const input = g.int(2, 8);
  const hidden = g.int(2, 8);
  const batch = g.int(1, 4);
  const steps = g.int(1, 5);
  g.emit(`cell_${k} = ${g.cls(kind)}(${input}, ${hidden}${g.chance(0.2) ? ", bias=False" : ""})`);
  g.emit(`xs_${k} = torch.randn(${steps}, ${batch}, ${g.maybeWrong(input, 0.08)})`);
  g.emit(`h_${k} = torch.zeros(${g.maybeWrong(batch, 0.05)}, ${g.maybeWrong(hidden, 0.05)})`);
  if (kind === "LSTMCell") g.emit(`c_${k} = torch.zeros(${batch}, ${g.maybeWrong(hidden, 0.05)})`);
  g.emit(`outputs_${k} = []`);
  const step = kind === "LSTMCell" ? `h_${k}, c_${k} = cell_${k}(xs_${k}[t], (h_${k}, c_${k}))` : `h_${k} = cell_${k}(xs_${k}[t], h_${k})`;
  const range = g.pick([`range(${steps})`, `range(xs_${k}.size(0))`, `range(len(xs_${k}))`, `range(xs_${k}.shape[0])`]);
  g.emit(`for t in ${range}:`);
  const form = g.int(0, 2);
  if (form === 1) g.emit(`    if t == ${g.int(1, steps)}:`, `        break`);
  if (form === 2) g.emit(`    if t % 2 == 1:`, `        continue`);
  g.emit(`    ${step}`);
  // A state of the wrong width set in one iteration fails only in the next one.
  if (g.chance(0.12)) g.emit(`    if t == ${g.int(0, 2)}:`, `        h_${k} = torch.zeros(${batch}, ${hidden + 1})`);
  g.emit(`    outputs_${k}.append(h_${k})`);
  if (g.chance(0.6)) g.emit(`seq_${k} = torch.stack(outputs_${k}${g.chance(0.5) ? ", dim=0" : ""})`);
  if (g.chance(0.4)) g.emit(`head_${k} = ${g.cls("Linear")}(${g.maybeWrong(hidden, 0.1)}, 2)(h_${k})`);
};

/** A cell stepped in a while loop on unbatched (1-D) or batched input. */
const whileLoop: Scene = (g, k) => {
  const kind = g.pick(["RNNCell", "GRUCell"] as const);
  const input = g.int(2, 7);
  const hidden = g.int(2, 7);
  const steps = g.int(0, 4);
  const unbatched = g.chance(0.4);
  g.emit(`cell_${k} = ${g.cls(kind)}(input_size=${input}, hidden_size=${hidden}${kind === "RNNCell" && g.chance(0.3) ? ", nonlinearity='relu'" : ""})`);
  g.emit(`h_${k} = torch.zeros(${unbatched ? g.maybeWrong(hidden, 0.08) : `2, ${g.maybeWrong(hidden, 0.08)}`})`);
  g.emit(`t_${k} = 0`);
  g.emit(`while t_${k} < ${steps}:`);
  g.emit(`    h_${k} = cell_${k}(torch.randn(${unbatched ? g.maybeWrong(input, 0.1) : `2, ${g.maybeWrong(input, 0.1)}`}), h_${k})`);
  g.emit(`    t_${k} += 1`);
  if (g.chance(0.4)) g.emit(`z_${k} = h_${k}.unsqueeze(0).${g.pick(["squeeze(0)", "contiguous()", "flatten()"])}`);
};

/** Branches on known sizes and ranks: the branch not taken would fail. */
const knownBranches: Scene = (g, k) => {
  const input = g.int(2, 8);
  const hidden = g.int(2, 8);
  const rank = g.pick([2, 3]);
  g.emit(`gru_${k} = ${g.cls("GRU")}(${input}, ${hidden})`);
  g.emit(`x_${k} = torch.randn(${rank === 3 ? `4, 3, ${g.maybeWrong(input, 0.08)}` : `3, ${g.maybeWrong(input, 0.08)}`})`);
  const form = g.int(0, 3);
  if (form === 0) {
    g.emit(`if x_${k}.dim() == 2:`, `    x_${k} = x_${k}.unsqueeze(1)`, `out_${k}, h_${k} = gru_${k}(x_${k})`);
  } else if (form === 1) {
    g.emit(`cell_${k} = ${g.cls("GRUCell")}(${input}, ${hidden})`);
    g.emit(`if x_${k}.dim() == 3:`, `    out_${k}, _ = gru_${k}(x_${k})`, `else:`, `    out_${k} = cell_${k}(x_${k})`);
  } else if (form === 2) {
    g.emit(`if x_${k}.size(-1) == ${input}:`, `    out_${k}, _ = gru_${k}(x_${k})`, `else:`, `    out_${k}, _ = gru_${k}(torch.randn(2, 2, ${input + 1}))`);
  } else {
    const layers = g.pick([1, 2]);
    g.emit(`deep_${k} = ${g.cls("GRU")}(${input}, ${hidden}, num_layers=${layers})`);
    g.emit(`if deep_${k}.num_layers > 1:`, `    out_${k}, _ = deep_${k}(torch.randn(2, 3, ${input}), torch.zeros(2, 3, ${hidden}))`, `elif ${rank} == 3:`, `    out_${k}, _ = deep_${k}(torch.randn(2, 3, ${input}), torch.zeros(1, 3, ${hidden}))`, `else:`, `    out_${k}, _ = deep_${k}(torch.randn(2, 3, ${input}), torch.zeros(2, 3, ${hidden}))`);
  }
};

/** Branches on `random.random()`: nobody knows which runs, so the program is open. */
const unknownBranches: Scene = (g, k) => {
  g.closed = false;
  g.extraImports.add("import random");
  const input = g.int(2, 8);
  const hidden = g.int(2, 8);
  g.emit(`lstm_${k} = ${g.cls("LSTM")}(${input}, ${hidden})`);
  // Each branch calls on its own input; what flows out has one shape whichever branch ran.
  g.emit(
    `if random.random() < 0.5:`,
    `    out_${k}, (h_${k}, c_${k}) = lstm_${k}(torch.randn(2, 3, ${g.maybeWrong(input, 0.2)}))`,
    `else:`,
    `    out_${k}, (h_${k}, c_${k}) = lstm_${k}(torch.randn(4, 3, ${g.maybeWrong(input, 0.2)}))`,
  );
  g.emit(`last_${k} = ${g.cls("Linear")}(${g.maybeWrong(hidden, 0.1)}, 2)(out_${k}[-1])`);
};

/** A helper with default and keyword parameters, called from several sites. */
const helpers: Scene = (g, k) => {
  const l = randomLayer(g, ["GRU", "RNN"]);
  g.emit(
    `def encode_${k}(layer, x, h0=None, batch_first=False):`,
    `    if h0 is None:`,
    `        out, h = layer(x)`,
    `    else:`,
    `        out, h = layer(x, h0)`,
    `    return out[:, -1] if batch_first else out[-1]`,
    ``,
  );
  g.emit(`enc_${k} = ${construct(g, { ...l, proj: 0 })}`);
  const bf = l.batchFirst ? ", batch_first=True" : "";
  const calls = g.int(1, 2);
  for (let i = 0; i < calls; i++) {
    const batch = g.int(1, 3);
    const x = factory(g, inputSizes(l, g.int(1, 4), batch, g.maybeWrong(l.input, 0.08)));
    const h0 = g.chance(0.5) ? `, h0=${factory(g, [g.maybeWrong(l.layers * dirs(l), 0.1), batch, l.hidden], ["zeros"])}` : "";
    g.emit(`last_${k}_${i} = encode_${k}(enc_${k}, ${x}${h0}${bf})`);
  }
};

/** Sizes read back from a tensor to build its h0: the batch-first mix-up when the wrong one is read. */
const sizesRead: Scene = (g, k) => {
  const l = randomLayer(g, ["GRU", "RNN", "LSTM"]);
  const seq = g.int(1, 5);
  const batch = g.int(1, 5);
  const batchDim = l.batchFirst ? 0 : 1;
  const readDim = g.chance(0.2) ? 1 - batchDim : batchDim;
  const readers = [`x_${k}.size(${readDim})`, `x_${k}.shape[${readDim}]`, `x_${k}.size()[${readDim}]`, ...(readDim === 0 ? [`len(x_${k})`] : [])];
  g.emit(`rnn_${k} = ${construct(g, l)}`);
  g.emit(`x_${k} = ${factory(g, inputSizes(l, seq, batch, l.input))}`);
  g.emit(`batch_${k} = ${g.pick(readers)}`);
  g.emit(`h0_${k} = torch.zeros(${l.layers * dirs(l)}, batch_${k}, ${outWidth(l)})`);
  if (l.kind === "LSTM") g.emit(`c0_${k} = torch.zeros(${l.layers * dirs(l)}, batch_${k}, ${l.hidden})`, `out_${k}, (hn_${k}, cn_${k}) = rnn_${k}(x_${k}, (h0_${k}, c0_${k}))`);
  else g.emit(`out_${k}, hn_${k} = rnn_${k}(x_${k}, h0_${k})`);
  if (g.chance(0.4)) g.emit(`assert out_${k}.dim() == 3`);
};

/** An unbatched (2-D) sequence input: h0 must be 2-D too. */
const unbatched: Scene = (g, k) => {
  const l = { ...randomLayer(g), batchFirst: false, proj: 0 };
  const seq = g.int(1, 5);
  g.emit(`rnn_${k} = ${construct(g, l)}`);
  g.emit(`x_${k} = torch.randn(${seq}, ${g.maybeWrong(l.input, 0.08)})`);
  const rank3 = g.chance(0.15);
  const h = rank3 ? `torch.zeros(${l.layers * dirs(l)}, 1, ${l.hidden})` : `torch.zeros(${g.maybeWrong(l.layers * dirs(l), 0.1)}, ${l.hidden})`;
  if (g.chance(0.6)) {
    const hx = l.kind === "LSTM" ? `(${h}, torch.zeros(${l.layers * dirs(l)}, ${l.hidden}))` : h;
    g.emit(`hx_${k} = ${hx}`, `out_${k}, _ = rnn_${k}(x_${k}, hx_${k})`);
  } else g.emit(`out_${k}, _ = rnn_${k}(x_${k})`);
  if (g.chance(0.5)) g.emit(`y_${k} = out_${k}[-1].view(${g.maybeWrong(l.hidden * dirs(l), 0.1)})`);
};

/** Shape operations and indexing on a layer's output and state. */
const tensorOps: Scene = (g, k) => {
  const seq = g.int(2, 4);
  const batch = g.int(2, 4);
  const hidden = g.int(2, 6);
  const layers = g.pick([1, 2]);
  g.emit(`lstm_${k} = ${g.cls("LSTM")}(3, ${hidden}, ${layers})`);
  g.emit(`out_${k}, (h_${k}, c_${k}) = lstm_${k}(torch.randn(${seq}, ${batch}, 3))`);
  const o = `out_${k}`;
  const ops = [
    `${o}.view(${g.maybeWrong(seq * batch, 0.25)}, ${hidden})`,
    `${o}.reshape(-1, ${g.pick([hidden, hidden, hidden + 1])})`,
    `${o}.transpose(0, 1).${g.pick(["contiguous().view", "reshape", "view"])}(${batch}, -1)`,
    `${o}.permute(${g.pick(["1, 0, 2", "2, 0, 1", "1, 0"])})`,
    `${o}.unsqueeze(${g.pick([0, 1, -1, 3])}).squeeze(${g.pick([0, 1, -1])})`,
    `${o}.flatten(${g.pick(["1", "start_dim=1", "0, 1"])})`,
    `${o}[:, -1, :]`,
    `${o}[..., :${g.int(1, hidden)}]`,
    `h_${k}[-1]`,
    `h_${k}[${g.pick([0, -1, layers, layers + 1])}]`,
    `h_${k}[-2:]`,
    `h_${k}[-1].unsqueeze(0).expand(${seq}, -1, -1)`,
    `c_${k}.repeat(1, 1, ${g.int(1, 2)})`,
    `torch.cat([h_${k}, c_${k}], dim=${g.pick([0, 2, -1, 3])})`,
    `torch.stack([h_${k}[-1], ${g.pick([`c_${k}[-1]`, `${o}[0]`, `${o}[:, 0]`])}], dim=0)`,
    `torch.cat((${o}, ${g.pick([`${o}`, `${o}[:, :, :1]`, `${o}[:1]`])}), ${g.pick(["2", "dim=-1", "dim=0"])})`,
    `${o}.chunk(2, dim=${g.pick(["-1", "0"])})[0]`,
    `torch.split(${o}, ${g.int(1, hidden)}, dim=2)[0]`,
    `${o}.size()`,
    `${o}.size(${g.pick([0, 1, 2, -1, 3])})`,
    `${o}.shape[${g.pick([0, -1, 2])}]`,
    `len(${o})`,
    `${o}.contiguous().view(${seq}, ${batch}, ${g.maybeWrong(hidden, 0.2)})`,
  ];
  const n = g.int(2, 4);
  for (let i = 0; i < n; i++) g.emit(`r_${k}_${i} = ${g.pick(ops)}`);
  // chunk returns fewer pieces than asked when the dim is short: unpacking two needs seq >= 2.
  if (g.chance(0.3)) g.emit(`a_${k}, b_${k} = ${o}.chunk(2, dim=0)`);
};

/** An Embedding (and Dropout) feeding a batch-first layer, as text models start. */
const embedding: Scene = (g, k) => {
  const vocab = g.int(10, 30);
  const dim = g.int(3, 8);
  const hidden = g.int(2, 8);
  const kind = g.pick(["GRU", "LSTM"] as const);
  g.emit(`embed_${k} = ${g.cls("Embedding")}(${vocab}, ${dim}${g.chance(0.3) ? ", padding_idx=0" : ""})`);
  if (g.chance(0.5)) g.emit(`drop_${k} = ${g.cls("Dropout")}(${g.pick(["0.1", "0.3", "p=0.5"])})`);
  else g.emit(`drop_${k} = ${g.cls("Dropout")}()`);
  g.emit(`rnn_${k} = ${g.cls(kind)}(${g.maybeWrong(dim, 0.15)}, ${hidden}, batch_first=True)`);
  if (g.chance(0.5)) g.emit(`tokens_${k} = torch.randint(0, ${vocab}, (${g.int(1, 4)}, ${g.int(1, 6)}))`);
  else g.emit(`tokens_${k} = torch.tensor([[1, 2, 3], [4, 5, ${vocab - 1}]])`);
  g.emit(`emb_${k} = drop_${k}(embed_${k}(tokens_${k}))`);
  g.emit(kind === "LSTM" ? `out_${k}, (h_${k}, c_${k}) = rnn_${k}(emb_${k})` : `out_${k}, h_${k} = rnn_${k}(emb_${k})`);
  if (g.chance(0.5)) g.emit(`scores_${k} = ${g.cls("Linear")}(${g.maybeWrong(hidden, 0.1)}, ${vocab})(out_${k})`);
};

/** pack_padded_sequence into a layer and pad_packed_sequence back. */
const packed: Scene = (g, k) => {
  const qualified = g.chance(0.3);
  const pack = qualified ? "torch.nn.utils.rnn.pack_padded_sequence" : "pack_padded_sequence";
  const pad = qualified ? "torch.nn.utils.rnn.pad_packed_sequence" : "pad_packed_sequence";
  if (!qualified) g.extraImports.add("from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence");
  const kind = g.pick(["GRU", "LSTM"] as const);
  const input = g.int(2, 7);
  const hidden = g.int(2, 7);
  const batchFirst = g.chance(0.6);
  const seq = g.int(3, 6);
  const batch = g.int(1, 4);
  const lengths = Array.from({ length: batch }, (_, i) => Math.max(1, seq - i));
  g.emit(`rnn_${k} = ${g.cls(kind)}(${input}, ${hidden}${batchFirst ? ", batch_first=True" : ""})`);
  g.emit(`x_${k} = torch.randn(${batchFirst ? `${batch}, ${seq}` : `${seq}, ${batch}`}, ${g.maybeWrong(input, 0.12)})`);
  g.emit(`lengths_${k} = ${g.chance(0.5) ? `torch.tensor([${lengths.join(", ")}])` : `[${lengths.join(", ")}]`}`);
  g.emit(`packed_${k} = ${pack}(x_${k}, lengths_${k}${batchFirst ? ", batch_first=True" : ""}${g.chance(0.4) ? ", enforce_sorted=False" : ""})`);
  if (g.chance(0.5)) {
    const h = `torch.zeros(1, ${g.maybeWrong(batch, 0.15)}, ${hidden})`;
    g.emit(kind === "LSTM" ? `packed_out_${k}, (h_${k}, c_${k}) = rnn_${k}(packed_${k}, (${h}, torch.zeros(1, ${batch}, ${hidden})))` : `packed_out_${k}, h_${k} = rnn_${k}(packed_${k}, ${h})`);
  } else g.emit(kind === "LSTM" ? `packed_out_${k}, (h_${k}, c_${k}) = rnn_${k}(packed_${k})` : `packed_out_${k}, h_${k} = rnn_${k}(packed_${k})`);
  g.emit(`out_${k}, out_lengths_${k} = ${pad}(packed_out_${k}${batchFirst ? ", batch_first=True" : ""})`);
  if (g.chance(0.5)) g.emit(`last_${k} = ${g.cls("Linear")}(${g.maybeWrong(hidden, 0.1)}, 2)(h_${k}[-1])`);
};

/** Layers in a list, ModuleList or dict, applied in a loop or by key; widths change on the way. */
const containers: Scene = (g, k) => {
  const widths = [g.int(2, 7), g.int(2, 7), g.int(2, 7), g.int(2, 7)].slice(0, g.int(2, 4));
  const n = widths.length - 1;
  const kind = g.pick(["RNN", "GRU"] as const);
  const layers = Array.from({ length: n }, (_, i) => `${g.cls(kind)}(${i === 0 ? widths[0] : g.maybeWrong(widths[i] as number, 0.1)}, ${widths[i + 1]})`);
  const form = g.int(0, 3);
  g.emit(`y_${k} = torch.randn(${g.int(1, 4)}, ${g.int(1, 3)}, ${widths[0]})`);
  if (form === 0) g.emit(`layers_${k} = ${g.cls("ModuleList")}([${layers.join(", ")}])`, `for layer in layers_${k}:`, `    y_${k}, _ = layer(y_${k})`);
  else if (form === 1) g.emit(`layers_${k} = [${layers.join(", ")}]`, `for i in range(len(layers_${k})):`, `    y_${k} = layers_${k}[i](y_${k})[0]`);
  else if (form === 2) {
    g.emit(`layers_${k} = {`, ...layers.map((l, i) => `    "l${i}": ${l},`), `}`);
    g.emit(`for name in [${layers.map((_, i) => `"l${i}"`).join(", ")}]:`, `    y_${k}, h_${k} = layers_${k}[name](y_${k})`);
  } else {
    g.emit(`stack_${k} = ${g.cls("ModuleDict")}({"enc": ${layers[0]}})`, `y_${k}, _ = stack_${k}["enc"](y_${k})`);
    if (n > 1) g.emit(`y_${k}, _ = ${layers[1]}(y_${k})`);
  }
  if (g.chance(0.4)) g.emit(`z_${k} = ${g.cls("Linear")}(${g.maybeWrong(form === 3 ? (widths[Math.min(n, 2)] as number) : (widths[n] as number), 0.12)}, 3)(y_${k})`);
};

/** Things the analysis must not guess (a config dict, getattr, Conv1d, a local look-alike of nn): all correct, all silent. */
const unknowns: Scene = (g, k) => {
  const input = g.int(2, 7);
  const hidden = g.int(2, 7);
  const form = g.int(0, 4);
  if (form === 0) {
    g.emit(`config_${k} = {"input_size": ${input}, "hidden_size": ${hidden}, "num_layers": ${g.pick([1, 2])}}`);
    g.emit(`rnn_${k} = ${g.cls("GRU")}(**config_${k})`);
    g.emit(`out_${k}, h_${k} = rnn_${k}(torch.randn(3, 2, config_${k}["input_size"]))`);
  } else if (form === 1) {
    g.emit(`kind_${k} = "${g.pick(["LSTM", "GRU"])}"`);
    g.emit(`rnn_${k} = getattr(${g.nn()}, kind_${k})(${input}, ${hidden})`);
    g.emit(`out_${k} = rnn_${k}(torch.randn(4, 2, ${input}))[0]`);
  } else if (form === 2) {
    g.emit(`conv_${k} = ${g.cls("Conv1d")}(${input}, ${hidden}, kernel_size=3, padding=1)`);
    g.emit(`feats_${k} = conv_${k}(torch.randn(2, ${input}, 6)).transpose(1, 2)`);
    g.emit(`rnn_${k} = ${g.cls("LSTM")}(${hidden}, 4, batch_first=True)`);
    g.emit(`out_${k}, _ = rnn_${k}(feats_${k})`);
  } else if (form === 3) {
    // A local name that only looks like torch.nn is not it: its "GRU" takes any size.
    g.emit(
      `def build_${k}():`,
      `    class nn:`,
      `        @staticmethod`,
      `        def GRU(*args, **kwargs):`,
      `            return lambda x, h=None: (x, h)`,
      `    return nn.GRU(${input}, ${hidden})`,
      ``,
      `fake_${k} = build_${k}()`,
      `y_${k}, _ = fake_${k}(torch.randn(2, 3, ${input + 5}), torch.zeros(9, 9))`,
    );
  } else {
    g.emit(`class Args_${k}:`, `    pass`, ``, `args_${k} = Args_${k}()`, `setattr(args_${k}, "hidden", ${hidden})`);
    g.emit(`rnn_${k} = ${g.cls("GRU")}(${input}, args_${k}.hidden)`);
    g.emit(`out_${k}, h_${k} = rnn_${k}(torch.randn(2, 2, ${input}), torch.zeros(1, 2, args_${k}.hidden))`);
  }
};

const SCENES: readonly [string, Scene][] = [
  ["forward", forward],
  ["constructor-args", constructorArgs],
  ["module-class", moduleClass],
  ["cell-loop", cellLoop],
  ["while-loop", whileLoop],
  ["known-branches", knownBranches],
  ["unknown-branches", unknownBranches],
  ["helpers", helpers],
  ["sizes-read", sizesRead],
  ["unbatched", unbatched],
  ["tensor-ops", tensorOps],
  ["embedding", embedding],
  ["packed", packed],
  ["containers", containers],
  ["unknowns", unknowns],
];

/** An input reshaped on its way into a layer: the tensor ops real forward methods apply first. */
const opsIntoLayer: Scene = (g, k) => {
  const l = { ...randomLayer(g), batchFirst: false };
  const seq = g.int(1, 5);
  const batch = g.int(1, 4);
  const feats = l.input;
  g.emit(`rnn_${k} = ${construct(g, l)}`);
  const form = g.int(0, 9);
  if (form === 0) {
    // Batch-first data made time-major.
    g.emit(`raw_${k} = torch.randn(${batch}, ${seq}, ${g.maybeWrong(feats, 0.1)})`);
    g.emit(`x_${k} = raw_${k}.${g.pick(["transpose(0, 1)", "permute(1, 0, 2)", "transpose(1, 0).contiguous()"])}`);
  } else if (form === 1) {
    // A 2-D block viewed as a sequence: -1 infers one size.
    g.emit(`flat_${k} = torch.randn(${seq * batch}, ${feats})`);
    g.emit(`x_${k} = flat_${k}.${g.pick(["view", "reshape"])}(${g.pick([`${seq}, ${batch}, -1`, `${seq}, -1, ${feats}`, `-1, ${batch}, ${g.maybeWrong(feats, 0.2)}`])})`);
  } else if (form === 2) {
    // Features cut to the input size with an ellipsis.
    const extra = g.int(0, 3);
    g.emit(`wide_${k} = torch.randn(${seq}, ${batch}, ${feats + extra})`);
    g.emit(`x_${k} = wide_${k}[..., :${g.maybeWrong(feats, 0.2)}]`);
  } else if (form === 3) {
    // Features built from two parts.
    const a = g.int(1, Math.max(1, feats - 1));
    g.emit(`left_${k} = torch.randn(${seq}, ${batch}, ${a})`);
    g.emit(`right_${k} = torch.randn(${seq}, ${batch}, ${g.maybeWrong(Math.max(1, feats - a), 0.2)})`);
    g.emit(`x_${k} = torch.cat(${g.pick([`[left_${k}, right_${k}]`, `(left_${k}, right_${k})`])}, ${g.pick(["dim=2", "dim=-1", "2", "-1"])})`);
  } else if (form === 4) {
    // One sequence, batch added.
    g.emit(`one_${k} = torch.randn(${seq}, ${g.maybeWrong(feats, 0.1)})`);
    g.emit(`x_${k} = one_${k}.unsqueeze(${g.pick(["1", "1", "dim=1"])})`);
  } else if (form === 5) {
    // A single step broadcast over time.
    g.emit(`step_${k} = torch.randn(1, ${batch}, ${g.maybeWrong(feats, 0.1)})`);
    g.emit(`x_${k} = step_${k}.${g.pick([`expand(${seq}, -1, -1)`, `expand(${seq}, ${batch}, ${feats})`, `repeat(${seq}, 1, 1)`])}`);
  } else if (form === 6) {
    // Steps stacked into a sequence.
    const steps = Array.from({ length: seq }, () => `torch.randn(${batch}, ${feats})`);
    if (g.chance(0.1)) steps[0] = `torch.randn(${batch}, ${feats + 1})`;
    g.emit(`x_${k} = torch.stack([${steps.join(", ")}]${g.pick(["", ", dim=0", ", 0"])})`);
  } else if (form === 7) {
    // Half of the features: chunk or split.
    g.emit(`both_${k} = torch.randn(${seq}, ${batch}, ${2 * feats})`);
    g.emit(
      g.pick([
        `x_${k}, _ = both_${k}.chunk(2, dim=${g.pick(["2", "-1"])})`,
        `x_${k}, _ = torch.chunk(both_${k}, 2, dim=2)`,
        `x_${k} = torch.split(both_${k}, ${g.maybeWrong(feats, 0.2)}, dim=-1)[0]`,
        `x_${k}, _ = both_${k}.split([${feats}, ${feats}], dim=2)`,
      ]),
    );
  } else if (form === 8) {
    // Device and dtype moves keep the shape.
    g.emit(`device_${k} = torch.device("cpu")`);
    g.emit(
      `x_${k} = torch.randn(${seq}, ${batch}, ${g.maybeWrong(feats, 0.1)})${g.pick([`.to(device_${k})`, `.float()`, `.detach()`, `.to(device_${k}).float()`, `.to("cpu")`, `.to(torch.float32)`, `.cpu()`, `.clone().detach()`])}`,
    );
  } else {
    // Flattened steps put back: view with sizes read from another tensor.
    g.emit(`ref_${k} = torch.zeros(${seq}, ${batch}, 1)`);
    g.emit(`x_${k} = torch.randn(${seq * batch * feats}).view(ref_${k}.size(0), ref_${k}.size(1), ${g.pick(["-1", String(g.maybeWrong(feats, 0.2))])})`);
  }
  const u = unpack(g, l, k);
  g.emit(`${u.target} = rnn_${k}(x_${k})`);
  if (g.chance(0.4)) g.emit(`flat_out_${k} = ${u.out}.contiguous().view(-1, ${g.maybeWrong(outWidth(l) * dirs(l), 0.1)})`);
};

/** One layer's final state fed to another as h0, the ways encoder-decoder code does it. */
const stateIntoLayer: Scene = (g, k) => {
  const kind = g.pick(["GRU", "RNN", "LSTM"] as const);
  const input = g.int(2, 6);
  const hidden = g.int(2, 6);
  const encLayers = g.pick([1, 2, 2]);
  const bidirectional = g.chance(0.4);
  const batch = g.int(1, 4);
  const lstm = kind === "LSTM";
  g.emit(`enc_${k} = ${g.cls(kind)}(${input}, ${hidden}, num_layers=${encLayers}${bidirectional ? ", bidirectional=True" : ""})`);
  g.emit(lstm ? `_, (h_${k}, c_${k}) = enc_${k}(torch.randn(3, ${batch}, ${input}))` : `_, h_${k} = enc_${k}(torch.randn(3, ${batch}, ${input}))`);
  const encDirs = bidirectional ? 2 : 1;
  const form = g.int(0, 7);
  // The state handed on, its layer count, and its width.
  let state: string;
  let layers = 1;
  let width = hidden;
  if (form === 0) {
    state = `h_${k}[-1:]`;
  } else if (form === 1) {
    state = `h_${k}[-1].unsqueeze(0)`;
  } else if (form === 2) {
    layers = Math.min(2, encLayers * encDirs);
    state = `h_${k}[-${layers}:]`;
  } else if (form === 3) {
    layers = encLayers * encDirs;
    state = g.pick([`torch.zeros_like(h_${k})`, `h_${k}.detach()`, `h_${k}.clone()`, `torch.empty_like(h_${k})`]);
  } else if (form === 4 && bidirectional) {
    // Both directions of the last layer side by side: a decoder twice as wide.
    width = 2 * hidden;
    state = `torch.cat((h_${k}[-2], h_${k}[-1]), dim=1).unsqueeze(0)`;
  } else if (form === 5) {
    layers = g.pick([1, 2]);
    state = `h_${k}[-1:].repeat(${layers}, 1, 1)`;
  } else if (form === 6) {
    layers = 2;
    state = `h_${k}[-1].unsqueeze(0).expand(2, -1, -1).contiguous()`;
  } else {
    layers = encLayers * encDirs;
    state = `h_${k}.view(${encLayers}, ${encDirs}, ${batch}, ${hidden})[-1]`;
    layers = encDirs;
  }
  g.emit(`h0_${k} = ${state}`);
  const decLayers = g.maybeWrong(layers, 0.15);
  const decWidth = g.maybeWrong(width, 0.1);
  g.emit(`dec_${k} = ${g.cls(kind)}(input_size=${input}, hidden_size=${decWidth}${decLayers !== 1 || g.chance(0.3) ? `, num_layers=${decLayers}` : ""})`);
  const y = `torch.randn(${g.int(1, 4)}, ${batch}, ${input})`;
  const hx = lstm ? `(h0_${k}, torch.zeros_like(h0_${k}))` : `h0_${k}`;
  g.emit(`y_${k}, _ = dec_${k}(${y}, ${g.chance(0.4) ? `hx=${hx}` : hx})`);
};

/** A text model as tutorials write it: keyword constructors, forward(x, hidden=None), init_hidden(batch). */
const textModel: Scene = (g, k) => {
  const kind = g.pick(["GRU", "LSTM"] as const);
  const bug = g.chance(0.3) ? g.pick(["view-width", "fc-width", "init-batch", "emb-dim"] as const) : null;
  const lstm = kind === "LSTM";
  const zeros = `torch.zeros(self.n_layers, batch_size, self.hidden_dim${g.chance(0.3) ? ", device=device" : ""})`;
  g.emit(
    `class TextModel_${k}(${g.cls("Module")}):`,
    `    def __init__(self, vocab_size, embedding_dim, hidden_dim, n_layers=1, n_out=2):`,
    `        super().__init__()`,
    `        self.hidden_dim = hidden_dim`,
    `        self.n_layers = n_layers`,
    `        self.embedding = ${g.cls("Embedding")}(num_embeddings=vocab_size, embedding_dim=embedding_dim)`,
    `        self.rnn = ${g.cls(kind)}(input_size=${bug === "emb-dim" ? "embedding_dim + 1" : "embedding_dim"}, hidden_size=hidden_dim, num_layers=n_layers, batch_first=True)`,
    `        self.dropout = ${g.cls("Dropout")}(p=0.2)`,
    `        self.fc = ${g.cls("Linear")}(in_features=${bug === "fc-width" ? "hidden_dim * 2" : "hidden_dim"}, out_features=n_out)`,
    ``,
    `    def init_hidden(self, batch_size, device=torch.device("cpu")):`,
    lstm ? `        return (${zeros}, ${zeros})` : `        return ${zeros}`,
    ``,
    `    def forward(self, x, hidden=None):`,
    `        batch_size = x.size(0)`,
    `        if hidden is None:`,
    `            hidden = self.init_hidden(${bug === "init-batch" ? "x.size(1)" : "batch_size"})`,
    `        embeds = self.dropout(self.embedding(x))`,
    `        out, hidden = self.rnn(embeds, hidden)`,
    `        out = out.contiguous().view(-1, ${bug === "view-width" ? "self.hidden_dim + 1" : "self.hidden_dim"})`,
    `        out = self.fc(out)`,
    `        out = out.view(batch_size, -1, out.size(-1))`,
    `        return out[:, -1], hidden`,
    ``,
  );
  const vocab = g.int(10, 30);
  const layers = g.pick([1, 2]);
  g.emit(`model_${k} = TextModel_${k}(${vocab}, ${g.int(2, 6)}, ${g.int(2, 6)}, n_layers=${layers})`);
  const batch = g.int(1, 4);
  const seq = g.int(1, 5);
  g.emit(`tokens_${k} = torch.randint(0, ${vocab}, (${batch}, ${seq}))`);
  const how = g.int(0, 2);
  if (how === 0) g.emit(`pred_${k}, h_${k} = model_${k}(tokens_${k})`);
  else if (how === 1) g.emit(`h_${k} = model_${k}.init_hidden(${g.maybeWrong(batch, 0.2)})`, `pred_${k}, h_${k} = model_${k}(tokens_${k}, h_${k})`);
  else g.emit(`pred_${k}, h_${k} = model_${k}(tokens_${k}, hidden=model_${k}.init_hidden(batch_size=${g.maybeWrong(batch, 0.2)}))`);
};

/** Inputs and states from the other factories (nested lists, size tuples, *_like, empty) and a bidirectional head. */
const factoriesAndHeads: Scene = (g, k) => {
  const kind = g.pick(["GRU", "LSTM", "RNN"] as const);
  const input = g.int(2, 4);
  const hidden = g.int(2, 5);
  const layers = g.pick([1, 2]);
  const bidirectional = g.chance(0.5);
  const batchFirst = g.chance(0.4);
  const d = bidirectional ? 2 : 1;
  const seq = g.int(1, 3);
  const batch = g.int(1, 3);
  g.emit(`rnn_${k} = ${g.cls(kind)}(${input}, ${hidden}, num_layers=${layers}, bidirectional=${bidirectional ? "True" : "False"}, batch_first=${batchFirst ? "True" : "False"})`);
  const outer = batchFirst ? batch : seq;
  const inner = batchFirst ? seq : batch;
  const feats = g.maybeWrong(input, 0.1);
  if (g.chance(0.5)) {
    // A nested list literal: every number written out.
    const row = `[${Array.from({ length: feats }, (_, i) => `${(i + 1) / 10}`).join(", ")}]`;
    const block = `[${Array.from({ length: inner }, () => row).join(", ")}]`;
    g.emit(`x_${k} = torch.tensor([${Array.from({ length: outer }, () => block).join(", ")}])`);
  } else g.emit(`x_${k} = ${g.pick(["torch.empty", "torch.rand", "torch.ones"])}(${outer}, ${inner}, ${feats})`);
  const batchRead = batchFirst ? `x_${k}.size(0)` : `x_${k}.shape[1]`;
  g.emit(`shape_${k} = (${g.maybeWrong(layers * d, 0.1)}, ${batchRead}, ${hidden})`);
  const form = g.int(0, 2);
  if (form === 0) g.emit(`h0_${k} = torch.zeros(shape_${k})`);
  else if (form === 1) g.emit(`h0_${k} = torch.randn(*shape_${k})`);
  else g.emit(`h0_${k} = torch.zeros_like(torch.empty(shape_${k}))`);
  const hx = kind === "LSTM" ? `(h0_${k}, ${g.pick([`torch.zeros_like(h0_${k})`, `torch.randn_like(h0_${k})`, `torch.ones_like(h0_${k})`])})` : `h0_${k}`;
  g.emit(kind === "LSTM" ? `out_${k}, (h_${k}, c_${k}) = rnn_${k}(x_${k}, ${hx})` : `out_${k}, h_${k} = rnn_${k}(x_${k}, ${hx})`);
  if (bidirectional) {
    g.emit(`final_${k} = torch.cat((h_${k}[-2, :, :], h_${k}[-1, :, :]), dim=1)`);
    g.emit(`head_${k} = ${g.cls("Linear")}(${g.maybeWrong(2 * hidden, 0.15)}, 2)(final_${k})`);
  } else {
    g.emit(`last_${k} = out_${k}[${batchFirst ? ":, -1, :" : "-1, :, :"}]`);
    g.emit(`head_${k} = ${g.cls("Linear")}(${g.maybeWrong(hidden, 0.15)}, 2)(last_${k})`);
  }
  if (g.chance(0.3)) g.emit(`per_layer_${k} = h_${k}.view(${layers}, ${d}, ${batchRead}, ${g.maybeWrong(hidden, 0.15)})`);
};

/** A chain of shape ops on a tensor with dims of size 1, the generator following the shape, then a Linear on the last dim. */
const opChains: Scene = (g, k) => {
  let shape = Array.from({ length: g.int(2, 4) }, () => g.pick([1, 1, 2, 3, 4]));
  g.emit(`t_${k} = torch.randn(${shape.join(", ")})`);
  const prod = (xs: readonly number[]): number => xs.reduce((a, b) => a * b, 1);
  const steps = g.int(1, 4);
  for (let i = 0; i < steps; i++) {
    const rank = shape.length;
    const d = g.int(0, rank - 1);
    const neg = g.chance(0.3) ? d - rank : d;
    // Each op: its text and the shape PyTorch gives.
    const ops: (() => [string, number[]])[] = [
      () => {
        const e = g.int(0, rank - 1);
        const out = [...shape];
        [out[d], out[e]] = [shape[e] as number, shape[d] as number];
        return [g.chance(0.5) ? `t_${k}.transpose(${neg}, ${e})` : `torch.transpose(t_${k}, ${neg}, ${e})`, out];
      },
      () => {
        const order = shape.map((_, j) => j).reverse();
        return [`t_${k}.permute(${order.join(", ")})`, order.map((j) => shape[j] as number)];
      },
      () => {
        const at = g.int(0, rank);
        const out = [...shape];
        out.splice(at, 0, 1);
        return [g.chance(0.3) ? `t_${k}[${[...Array(at).fill(":"), "None"].join(", ")}]` : `t_${k}.unsqueeze(${g.chance(0.3) ? at - rank - 1 : at})`, out];
      },
      () => [`t_${k}.squeeze(${neg})`, shape[d] === 1 && rank > 1 ? shape.filter((_, j) => j !== d) : [...shape]],
      () => {
        const out = shape.filter((x) => x !== 1);
        return out.length > 0 ? [g.chance(0.5) ? `t_${k}.squeeze()` : `torch.squeeze(t_${k})`, out] : [`t_${k}.view(-1)`, [prod(shape)]];
      },
      () => [`t_${k}.reshape(-1, ${shape[rank - 1]})`, [prod(shape) / (shape[rank - 1] as number), shape[rank - 1] as number]],
      () => [`t_${k}.contiguous().view(${shape.slice(0, rank - 1).join(", ")}${rank > 1 ? ", " : ""}-1)`, [...shape]],
      () => [`t_${k}.flatten(${d})`, [...shape.slice(0, d), prod(shape.slice(d))]],
      () => {
        const out = shape.map((x) => (x === 1 && g.chance(0.5) ? 3 : x));
        return [`t_${k}.expand(${out.map((x, j) => (x === shape[j] && g.chance(0.5) ? -1 : x)).join(", ")})`, out];
      },
      () => {
        const reps = shape.map(() => g.pick([1, 1, 2]));
        return [`t_${k}.repeat(${reps.join(", ")})`, shape.map((x, j) => x * (reps[j] as number))];
      },
      () => {
        const last = shape[rank - 1] as number;
        const cut = g.int(1, last + 1);
        return [`t_${k}[..., :${cut}]`, [...shape.slice(0, rank - 1), Math.min(cut, last)]];
      },
      () => {
        const n = g.int(2, 3);
        const size = shape[d] as number;
        const piece = Math.ceil(size / n);
        return [`t_${k}.chunk(${n}, dim=${neg})[0]`, shape.map((x, j) => (j === d ? Math.min(piece, x) : x))];
      },
      () => {
        const size = shape[d] as number;
        const piece = g.int(1, Math.max(1, size));
        const last = size % piece === 0 ? piece : size % piece;
        return [`torch.split(t_${k}, ${piece}, dim=${neg})[-1]`, shape.map((x, j) => (j === d ? last : x))];
      },
      () => [`torch.cat([t_${k}, t_${k}], dim=${neg})`, shape.map((x, j) => (j === d ? 2 * x : x))],
      () => {
        const at = g.int(0, rank);
        const out = [...shape];
        out.splice(at, 0, 2);
        return [`torch.stack((t_${k}, t_${k}), ${at})`, out];
      },
      () => [`t_${k}.sum(${neg})`, rank > 1 ? shape.filter((_, j) => j !== d) : [...shape]],
      () => [`t_${k}.mean(dim=${neg}, keepdim=True)`, shape.map((x, j) => (j === d ? 1 : x))],
      () => [`t_${k} * torch.ones(${shape[rank - 1]})`, [...shape]],
      () => [`t_${k} + torch.zeros(2, ${shape.slice(1).join(", ")})`, [shape[0] === 1 ? 2 : (shape[0] as number), ...shape.slice(1)]],
      () => [`t_${k}.view_as(t_${k}).expand_as(t_${k})`, [...shape]],
    ];
    const [text, out] = (g.pick(ops) as () => [string, number[]])();
    // A sum on a 1-D tensor gives a 0-D one: keep the chain at rank 1 or more.
    if (text.includes(".sum(") && rank === 1) continue;
    g.emit(`t_${k} = ${text}`);
    shape = out;
  }
  g.emit(`y_${k} = ${g.cls("Linear")}(${g.maybeWrong(shape[shape.length - 1] as number, 0.3)}, 2)(t_${k})`);
};

/** Scenes only the bench's extended runs pick (see GeneratorOptions). */
const EXTENDED_SCENES: readonly [string, Scene][] = [
  ["ops-into-layer", opsIntoLayer],
  ["state-into-layer", stateIntoLayer],
  ["text-model", textModel],
  ["factories-and-heads", factoriesAndHeads],
  ["op-chains", opChains],
];

export interface GeneratorOptions {
  /**
   * Adds EXTENDED_SCENES to the scenes picked from (the same seed then makes another program).
   * The recorded corpus never sets it, so its programs stay what was recorded; the bench
   * (`npm run bench:oracle:python -- --extended`) does.
   */
  readonly extended?: boolean;
}

/** The program of one seed. */
export function generateProgram(seed: number, options: GeneratorOptions = {}): GeneratedPythonProgram {
  const scenePool = options.extended ? [...SCENES, ...EXTENDED_SCENES] : SCENES;
  const r = mulberry32(seed);
  const g = new Gen(r, IMPORT_FORMS[Math.floor(r() * IMPORT_FORMS.length)] as ImportForm);
  const scenes: string[] = [];
  // Scenes until the program is 20 to 60 lines long (the imports add a few).
  const target = g.int(18, 40);
  for (let i = 0; i < 5 && g.lines.length < target; i++) {
    const [name, scene] = g.pick(scenePool);
    scenes.push(name);
    scene(g, String(i));
    g.emit("");
  }
  const text = [...g.imports(), "", ...g.lines].join("\n").replace(/\n+$/, "\n");
  return { text, closed: g.closed, scenes };
}
