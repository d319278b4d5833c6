// Property tests (fast-check, fixed seed) tying the shape rules in engine/shapes to the concrete
// engine and to themselves:
//   1. sequence modules: the rule `sequenceForward` fails iff the module's forward throws (same
//      message and type), and otherwise gives the shapes the forward returns;
//   2. the same for the cells and `cellForward`;
//   3. constructors: `checkRecurrentConfig` fails iff `new nn.X(...)` throws;
//   4. symbolic soundness of the recurrent rules: a certain error is certain, a symbolic result
//      is an abstraction of every concrete one, and no error is reported for a call that can work;
//   5. the tensor ops against the Tensor methods, and symbolic soundness of view/reshape, cat,
//      stack and Linear;
//   6. the dim algebra (add/sub/mul, dimEquals, dimLess, formatDim, divExact).
// Set PROPERTY_SEED to explore other seeds and PROPERTY_RUNS_SCALE to run more cases; the
// defaults keep the runs reproducible and short.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import { ArgumentError, GRU, GRUCell, LSTM, LSTMCell, RNN, RNNCell, ShapeError, Tensor, TorchError, nn, setWarningHandler, torch } from "../../engine";
import {
  POSITIONAL_PARAMETERS,
  UNKNOWN,
  add,
  catShape,
  cellForward,
  checkRecurrentConfig,
  dimEquals,
  dimLess,
  divExact,
  flattenShape,
  formatDim,
  isSym,
  linearShape,
  mul,
  permuteShape,
  selectShape,
  sequenceForward,
  sliceShape,
  squeezeShape,
  stackShape,
  sub,
  sym,
  transposeShape,
  unsqueezeShape,
  viewShape,
  type CellKind,
  type Dim,
  type HiddenArg,
  type MaybeShape,
  type RecurrentArgs,
  type RecurrentKind,
  type RuleError,
  type RuleResult,
  type SequenceKind,
  type SymDim,
} from "../../engine/shapes";

setWarningHandler(() => {}); // the dropout warning is compared, not printed

const SEED = Number(process.env.PROPERTY_SEED ?? 20250613);
/** PROPERTY_RUNS_SCALE=10 runs ten times as many cases (for a longer search). */
const RUNS_SCALE = Number(process.env.PROPERTY_RUNS_SCALE ?? 1);
function runs(numRuns: number): { seed: number; numRuns: number } {
  return { seed: SEED, numRuns: Math.max(1, Math.round(numRuns * RUNS_SCALE)) };
}

// ---------------------------------------------------------------------------------------------
// Shared helpers
// ---------------------------------------------------------------------------------------------

/** What calling the engine gave: a value, or the TorchError it threw. Any other throw is a bug. */
type Outcome<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly type: string; readonly message: string; readonly check: string | undefined };

function attempt<T>(f: () => T): Outcome<T> {
  try {
    return { ok: true, value: f() };
  } catch (e) {
    if (!(e instanceof TorchError)) throw e; // a plain JavaScript error is an engine bug in itself
    const check = e instanceof ShapeError || e instanceof ArgumentError ? e.check : undefined;
    return { ok: false, type: e.pytorchType, message: e.message, check };
  }
}

/** The engine threw exactly the error the rule reports. */
function assertSameFailure(error: RuleError, outcome: Outcome<unknown>): void {
  if (outcome.ok) assert.fail(`the rule fails (${error.check}: ${error.message}) but the engine returns`);
  assert.equal(outcome.message, error.message, "message");
  assert.equal(outcome.type, error.pytorchType, "pytorchType");
  if (outcome.check !== undefined) assert.equal(outcome.check, error.check, "check");
}

function assertEngineSucceeds<T>(outcome: Outcome<T>): T {
  if (!outcome.ok) assert.fail(`the rule succeeds but the engine throws ${outcome.type}: ${outcome.message}`);
  return outcome.value;
}

/** Sizes for tensors: mostly 1..5, sometimes 0. */
const sizeArb = fc.oneof({ weight: 1, arbitrary: fc.constant(0) }, { weight: 5, arbitrary: fc.integer({ min: 1, max: 5 }) });

/** A shape of the given ranks whose last dim is most often `feature`. */
function featureShapeArb(feature: number, preferredRanks: readonly number[], minRank: number, maxRank: number): fc.Arbitrary<number[]> {
  const rankArb = fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...preferredRanks) },
    { weight: 1, arbitrary: fc.integer({ min: minRank, max: maxRank }) },
  );
  const featureArb = fc.oneof({ weight: 4, arbitrary: fc.constant(feature) }, { weight: 1, arbitrary: fc.integer({ min: 0, max: 6 }) });
  return rankArb.chain((rank) =>
    rank === 0
      ? fc.constant<number[]>([])
      : fc.tuple(fc.array(sizeArb, { minLength: rank - 1, maxLength: rank - 1 }), featureArb).map(([lead, f]) => [...lead, f]),
  );
}

/** A hidden-state shape: the expected one (most often), one dim changed, or one dim added or dropped. */
function perturbedShapeArb(shape: readonly number[]): fc.Arbitrary<number[]> {
  const options: fc.WeightedArbitrary<number[]>[] = [
    { weight: 6, arbitrary: fc.constant([...shape]) },
    { weight: 1, arbitrary: fc.constant([...shape, 1]) },
    { weight: 1, arbitrary: sizeArb.map((d) => [d, ...shape]) },
  ];
  if (shape.length > 0) {
    const changedDim = fc
      .tuple(fc.nat({ max: shape.length - 1 }), fc.integer({ min: 0, max: 7 }))
      .filter(([i, v]) => shape[i] !== v)
      .map(([i, v]) => shape.map((d, j) => (j === i ? v : d)));
    options.push({ weight: 4, arbitrary: changedDim });
    options.push({ weight: 1, arbitrary: fc.nat({ max: shape.length - 1 }).map((i) => shape.filter((_, j) => j !== i)) });
  }
  return fc.oneof(...options);
}

/** A hidden-state argument with concrete shapes, as a test builds it. */
type HxSpec =
  | { readonly kind: "none" }
  | { readonly kind: "tensor"; readonly shape: readonly number[] }
  | { readonly kind: "tuple"; readonly shapes: readonly (readonly number[])[] };

const NO_HX: HxSpec = { kind: "none" };

function hiddenArgOf(spec: HxSpec): HiddenArg {
  if (spec.kind === "none") return { kind: "none" };
  if (spec.kind === "tensor") return { kind: "tensor", shape: spec.shape };
  return { kind: "tuple", shapes: spec.shapes };
}

type LooseHx = Tensor | readonly Tensor[] | null | undefined;

function tensorsOf(spec: HxSpec): LooseHx {
  if (spec.kind === "none") return undefined;
  if (spec.kind === "tensor") return torch.zeros([...spec.shape]);
  return spec.shapes.map((s) => torch.zeros([...s]));
}

/** An LSTM-style pair with one of its two states perturbed, or the pair as one tensor, or too few/many states. */
function pairHxArb(h: readonly number[], c: readonly number[]): fc.Arbitrary<HxSpec> {
  const pair = fc.oneof(
    perturbedShapeArb(h).map((hs): HxSpec => ({ kind: "tuple", shapes: [hs, c] })),
    perturbedShapeArb(c).map((cs): HxSpec => ({ kind: "tuple", shapes: [h, cs] })),
  );
  const oneTensor = fc
    .tuple(fc.constantFrom(2, 2, 1, 0, 3), perturbedShapeArb(h))
    .map(([n, hs]): HxSpec => ({ kind: "tensor", shape: [n, ...hs] }));
  const wrongCount = fc.constantFrom<HxSpec>({ kind: "tuple", shapes: [h] }, { kind: "tuple", shapes: [h, c, c] }, { kind: "tuple", shapes: [] });
  return fc.oneof(
    { weight: 2, arbitrary: fc.constant(NO_HX) },
    { weight: 7, arbitrary: pair },
    { weight: 1, arbitrary: oneTensor },
    { weight: 1, arbitrary: wrongCount },
  );
}

/** One state tensor, perturbed, or (rarely) a tuple where a tensor belongs. */
function singleHxArb(h: readonly number[]): fc.Arbitrary<HxSpec> {
  return fc.oneof(
    { weight: 2, arbitrary: fc.constant(NO_HX) },
    { weight: 7, arbitrary: perturbedShapeArb(h).map((shape): HxSpec => ({ kind: "tensor", shape })) },
    { weight: 1, arbitrary: perturbedShapeArb(h).map((shape): HxSpec => ({ kind: "tuple", shapes: [shape] })) },
  );
}

// ---------------------------------------------------------------------------------------------
// 1. Sequence modules: rule vs engine
// ---------------------------------------------------------------------------------------------

interface SequenceSetup {
  readonly kind: SequenceKind;
  readonly nonlinearity: "tanh" | "relu";
  readonly inputSize: number;
  readonly hiddenSize: number;
  readonly numLayers: number;
  readonly bidirectional: boolean;
  readonly batchFirst: boolean;
  readonly projSize: number;
}

const sequenceSetupArb: fc.Arbitrary<SequenceSetup> = fc
  .record({
    kind: fc.constantFrom<SequenceKind>("RNN", "GRU", "LSTM"),
    nonlinearity: fc.constantFrom<"tanh" | "relu">("tanh", "relu"),
    inputSize: fc.integer({ min: 1, max: 6 }),
    hiddenSize: fc.integer({ min: 1, max: 6 }),
    numLayers: fc.integer({ min: 1, max: 3 }),
    bidirectional: fc.boolean(),
    batchFirst: fc.boolean(),
  })
  .chain((s) =>
    fc
      .oneof(fc.constant(0), fc.integer({ min: 0, max: s.hiddenSize - 1 }))
      .map((p): SequenceSetup => ({ ...s, projSize: s.kind === "LSTM" ? p : 0 })),
  );

function sequenceArgs(s: SequenceSetup): RecurrentArgs {
  return {
    input_size: s.inputSize,
    hidden_size: s.hiddenSize,
    num_layers: s.numLayers,
    batch_first: s.batchFirst,
    bidirectional: s.bidirectional,
    ...(s.kind === "LSTM" ? { proj_size: s.projSize } : {}),
    ...(s.kind === "RNN" ? { nonlinearity: s.nonlinearity } : {}),
  };
}

function buildSequence(s: SequenceSetup): RNN | GRU | LSTM {
  const common = { inputSize: s.inputSize, hiddenSize: s.hiddenSize, numLayers: s.numLayers, batchFirst: s.batchFirst, bidirectional: s.bidirectional };
  if (s.kind === "LSTM") return new nn.LSTM({ ...common, projSize: s.projSize });
  if (s.kind === "GRU") return new nn.GRU(common);
  return new nn.RNN({ ...common, nonlinearity: s.nonlinearity });
}

/** The h0 / c0 shapes the module expects for an input shape (unbatched form for ranks other than 3). */
function expectedSequenceStates(s: SequenceSetup, input: readonly number[]): { h: number[]; c: number[] } {
  const layers = s.numLayers * (s.bidirectional ? 2 : 1);
  const hOut = s.projSize > 0 ? s.projSize : s.hiddenSize;
  if (input.length !== 3) return { h: [layers, hOut], c: [layers, s.hiddenSize] };
  const batch = (s.batchFirst ? input[0] : input[1]) ?? 1;
  return { h: [layers, batch, hOut], c: [layers, batch, s.hiddenSize] };
}

interface SequenceCase {
  readonly setup: SequenceSetup;
  readonly input: readonly number[];
  readonly hx: HxSpec;
}

const sequenceCaseArb: fc.Arbitrary<SequenceCase> = sequenceSetupArb.chain((setup) =>
  featureShapeArb(setup.inputSize, [2, 3, 3], 0, 4).chain((input) => {
    const { h, c } = expectedSequenceStates(setup, input);
    const hxArb = setup.kind === "LSTM" ? pairHxArb(h, c) : singleHxArb(h);
    return hxArb.map((hx): SequenceCase => ({ setup, input, hx }));
  }),
);

interface SequenceShapes {
  readonly output: number[];
  readonly hN: number[];
  readonly cN: number[] | undefined;
}

function forwardSequence(m: RNN | GRU | LSTM, input: Tensor, hx: LooseHx): SequenceShapes {
  if (m instanceof LSTM) {
    const [output, [hN, cN]] = m.forward(input, hx);
    return { output: output.shape, hN: hN.shape, cN: cN.shape };
  }
  // RNN and GRU are typed for one tensor; a tuple is passed on purpose to see PyTorch's error.
  const forward = m.forward.bind(m) as (input: Tensor, hx?: LooseHx) => [Tensor, Tensor];
  const [output, hN] = forward(input, hx);
  return { output: output.shape, hN: hN.shape, cN: undefined };
}

describe("sequence modules: the rule and the engine agree", () => {
  it("sequenceForward fails iff forward throws, and otherwise gives its shapes", () => {
    fc.assert(
      fc.property(sequenceCaseArb, ({ setup, input, hx }) => {
        const config = checkRecurrentConfig(setup.kind, sequenceArgs(setup));
        if (!config.ok) assert.fail(`valid setup rejected: ${config.error.message}`);
        const rule = sequenceForward(config.value, input, hiddenArgOf(hx));
        const module = buildSequence(setup);
        const engine = attempt(() => forwardSequence(module, torch.zeros([...input]), tensorsOf(hx)));
        if (!rule.ok) return assertSameFailure(rule.error, engine);
        const shapes = assertEngineSucceeds(engine);
        assert.deepEqual(shapes.output, rule.value.output, "output");
        assert.deepEqual(shapes.hN, rule.value.hN, "h_n");
        assert.deepEqual(shapes.cN, rule.value.cN ?? undefined, "c_n");
      }),
      runs(600),
    );
  });
});

// ---------------------------------------------------------------------------------------------
// 2. Cells: rule vs engine
// ---------------------------------------------------------------------------------------------

interface CellSetup {
  readonly kind: CellKind;
  readonly nonlinearity: "tanh" | "relu";
  readonly inputSize: number;
  readonly hiddenSize: number;
}

const cellSetupArb: fc.Arbitrary<CellSetup> = fc.record({
  kind: fc.constantFrom<CellKind>("RNNCell", "GRUCell", "LSTMCell"),
  nonlinearity: fc.constantFrom<"tanh" | "relu">("tanh", "relu"),
  inputSize: fc.integer({ min: 1, max: 6 }),
  hiddenSize: fc.integer({ min: 1, max: 6 }),
});

function cellArgs(s: CellSetup): RecurrentArgs {
  return { input_size: s.inputSize, hidden_size: s.hiddenSize, ...(s.kind === "RNNCell" ? { nonlinearity: s.nonlinearity } : {}) };
}

function buildCell(s: CellSetup): RNNCell | GRUCell | LSTMCell {
  const common = { inputSize: s.inputSize, hiddenSize: s.hiddenSize };
  if (s.kind === "LSTMCell") return new nn.LSTMCell(common);
  if (s.kind === "GRUCell") return new nn.GRUCell(common);
  return new nn.RNNCell({ ...common, nonlinearity: s.nonlinearity });
}

interface CellCase {
  readonly setup: CellSetup;
  readonly input: readonly number[];
  readonly hx: HxSpec;
}

const cellCaseArb: fc.Arbitrary<CellCase> = cellSetupArb.chain((setup) =>
  featureShapeArb(setup.inputSize, [1, 2, 2], 0, 3).chain((input) => {
    const h = input.length === 2 ? [input[0] ?? 1, setup.hiddenSize] : [setup.hiddenSize];
    const hxArb = setup.kind === "LSTMCell" ? pairHxArb(h, h) : singleHxArb(h);
    return hxArb.map((hx): CellCase => ({ setup, input, hx }));
  }),
);

function forwardCell(m: RNNCell | GRUCell | LSTMCell, input: Tensor, hx: LooseHx): { h: number[]; c: number[] | undefined } {
  if (m instanceof LSTMCell) {
    const [h, c] = m.forward(input, hx);
    return { h: h.shape, c: c.shape };
  }
  const forward = m.forward.bind(m) as (input: Tensor, hx?: LooseHx) => Tensor;
  return { h: forward(input, hx).shape, c: undefined };
}

describe("cells: the rule and the engine agree", () => {
  it("cellForward fails iff forward throws, and otherwise gives its shapes", () => {
    fc.assert(
      fc.property(cellCaseArb, ({ setup, input, hx }) => {
        const config = checkRecurrentConfig(setup.kind, cellArgs(setup));
        if (!config.ok) assert.fail(`valid setup rejected: ${config.error.message}`);
        const rule = cellForward(config.value, input, hiddenArgOf(hx));
        const module = buildCell(setup);
        const engine = attempt(() => forwardCell(module, torch.zeros([...input]), tensorsOf(hx)));
        if (!rule.ok) return assertSameFailure(rule.error, engine);
        if (rule.value.h === null) {
          // A state of rank > 2 that PyTorch would broadcast: the engine says it does not model it.
          assert.ok(!engine.ok && engine.check === "cell_hx_rank", "the engine refuses states of rank > 2");
          return;
        }
        const shapes = assertEngineSucceeds(engine);
        assert.deepEqual(shapes.h, rule.value.h, "h'");
        assert.deepEqual(shapes.c, rule.value.c ?? undefined, "c'");
      }),
      runs(600),
    );
  });
});

// ---------------------------------------------------------------------------------------------
// 3. Constructors: checkRecurrentConfig vs new nn.X(...)
// ---------------------------------------------------------------------------------------------

const ARG_NAMES = ["input_size", "hidden_size", "num_layers", "bias", "batch_first", "dropout", "bidirectional", "proj_size", "nonlinearity"] as const;
type ArgName = (typeof ARG_NAMES)[number];
type RawValue = number | string | boolean | null;

const CAMEL_CASE: Partial<Record<ArgName, string>> = {
  input_size: "inputSize",
  hidden_size: "hiddenSize",
  num_layers: "numLayers",
  batch_first: "batchFirst",
  proj_size: "projSize",
};

/** Sizes: mostly small integers (negative and zero included), sometimes floats or other types. */
const rawSizeArb: fc.Arbitrary<RawValue> = fc.oneof(
  { weight: 10, arbitrary: fc.integer({ min: -2, max: 6 }) },
  { weight: 1, arbitrary: fc.constantFrom(1.5, -0.5, 2.25, Number.NaN, 1e-5, -0) },
  { weight: 1, arbitrary: fc.constantFrom<RawValue>("3", true, null) },
);
/** dropout: a number in [-0.5, 1.5], a bool, a string (parsable or not), None. */
const rawDropoutArb: fc.Arbitrary<RawValue> = fc.oneof(
  { weight: 4, arbitrary: fc.double({ min: -0.5, max: 1.5, noNaN: true }) },
  { weight: 2, arbitrary: fc.constantFrom(0, 1, 0.5, Number.NaN) },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constantFrom("0.5", "abc", "1e-3", " 2 ", "nan", "") },
  { weight: 1, arbitrary: fc.constant(null) },
);
/** bias / batch_first / bidirectional: bools, ints PyTorch takes as flags, other junk. */
const rawFlagArb: fc.Arbitrary<RawValue> = fc.oneof(
  { weight: 5, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constantFrom(0, 1, 2) },
  { weight: 1, arbitrary: fc.constantFrom<RawValue>("yes", null) },
);
const rawNonlinearityArb: fc.Arbitrary<RawValue> = fc.constantFrom<RawValue>("tanh", "relu", "tanh", "relu", "sigmoid", "", "TANH", 3, null);

const RAW_ARB: Record<ArgName, fc.Arbitrary<RawValue>> = {
  input_size: rawSizeArb,
  hidden_size: rawSizeArb,
  num_layers: rawSizeArb,
  bias: rawFlagArb,
  batch_first: rawFlagArb,
  dropout: rawDropoutArb,
  bidirectional: rawFlagArb,
  proj_size: rawSizeArb,
  nonlinearity: rawNonlinearityArb,
};

/** How often an argument is given: the two sizes nearly always, own options half the time, foreign ones rarely. */
function presenceWeights(kind: RecurrentKind, name: ArgName): [given: number, absent: number] {
  if (name === "input_size" || name === "hidden_size") return [20, 1];
  const own = (POSITIONAL_PARAMETERS[kind] as readonly string[]).includes(name) || (kind === "RNN" && name === "nonlinearity");
  return own ? [1, 1] : [1, 30];
}

interface CtorCase {
  readonly kind: RecurrentKind;
  readonly given: Readonly<Partial<Record<ArgName, RawValue>>>;
  readonly extra: { readonly name: string; readonly value: RawValue } | undefined;
  /** How many leading arguments are passed positionally (as far as they are given). */
  readonly positionalCount: number;
  readonly camelCase: boolean;
  readonly dropEmptyOptions: boolean;
}

const ctorCaseArb: fc.Arbitrary<CtorCase> = fc
  .constantFrom<RecurrentKind>("RNN", "GRU", "LSTM", "RNNCell", "GRUCell", "LSTMCell")
  .chain((kind) => {
    const maybe = (name: ArgName): fc.Arbitrary<RawValue | undefined> => {
      const [given, absent] = presenceWeights(kind, name);
      return fc.oneof({ weight: given, arbitrary: RAW_ARB[name] }, { weight: absent, arbitrary: fc.constant(undefined) });
    };
    const givenArb = fc
      .tuple(...ARG_NAMES.map(maybe))
      .map((values) => Object.fromEntries(ARG_NAMES.flatMap((name, i) => (values[i] === undefined ? [] : [[name, values[i]]]))) as Partial<Record<ArgName, RawValue>>);
    const extraArb = fc.oneof(
      { weight: 1, arbitrary: fc.record({ name: fc.constantFrom("foo", "hidden", "batchfirst", "num_layer"), value: rawFlagArb }) },
      { weight: 9, arbitrary: fc.constant(undefined) },
    );
    return fc.record({
      kind: fc.constant(kind),
      given: givenArb,
      extra: extraArb,
      positionalCount: fc.nat({ max: 8 }),
      camelCase: fc.boolean(),
      dropEmptyOptions: fc.boolean(),
    });
  });

/** The JavaScript call `new nn.X(...args)` for a case: leading positional values, then an options object. */
function ctorCall(c: CtorCase): unknown[] {
  const names = POSITIONAL_PARAMETERS[c.kind];
  const positionalNames: string[] = [];
  for (const name of names) {
    if (positionalNames.length >= c.positionalCount || c.given[name] === undefined) break;
    positionalNames.push(name);
  }
  const positional = positionalNames.map((n) => c.given[n as ArgName]);
  const options: Record<string, unknown> = {};
  for (const name of ARG_NAMES) {
    const v = c.given[name];
    if (v === undefined || positionalNames.includes(name)) continue;
    options[c.camelCase ? (CAMEL_CASE[name] ?? name) : name] = v;
  }
  if (c.extra) options[c.extra.name] = c.extra.value;
  return Object.keys(options).length === 0 && c.dropEmptyOptions ? positional : [...positional, options];
}

function construct(kind: RecurrentKind, args: unknown[]): { readonly warnings: readonly string[] } {
  switch (kind) {
    case "RNN":
      return new nn.RNN(...args);
    case "GRU":
      return new nn.GRU(...args);
    case "LSTM":
      return new nn.LSTM(...args);
    case "RNNCell":
      return new nn.RNNCell(...args);
    case "GRUCell":
      return new nn.GRUCell(...args);
    case "LSTMCell":
      return new nn.LSTMCell(...args);
  }
}

describe("constructors: the rule and the engine agree", () => {
  it("checkRecurrentConfig fails iff new nn.X(...) throws, with the same error and warnings", () => {
    fc.assert(
      fc.property(ctorCaseArb, (c) => {
        const rule = checkRecurrentConfig(c.kind, { ...c.given, unexpected: c.extra ? [c.extra] : [] });
        const engine = attempt(() => construct(c.kind, ctorCall(c)));
        if (!rule.ok) return assertSameFailure(rule.error, engine);
        const module = assertEngineSucceeds(engine);
        assert.deepEqual(module.warnings, rule.warnings.map((w) => w.message), "warnings");
      }),
      runs(800),
    );
  });
});

// ---------------------------------------------------------------------------------------------
// 4. Symbolic soundness of the recurrent rules
// ---------------------------------------------------------------------------------------------

/** Values of the size symbols (and of the flags the analyzer may not know: 0 / 1). */
type Env = Readonly<Record<string, number>>;

/**
 * The least value a size symbol stands for. engine/shapes/dim.ts assumes every symbol is an
 * integer >= 1 ("an empty batch or a zero-width layer is not a case the checker reasons about"),
 * so assignments never give a symbol 0; dims that are 0 still occur, as numbers or as `s - 1`.
 */
const SYMBOL_MIN = 1;
const symbolValueArb = fc.integer({ min: SYMBOL_MIN, max: 6 });

/** The value of a dim once its symbols are given values; null for UNKNOWN. */
function substitute(d: Dim, env: Env): number | null {
  if (typeof d === "number") return d;
  if (d.kind === "unknown") return null;
  let total = 0;
  for (const [monomial, coefficient] of d.terms) {
    let term = coefficient;
    if (monomial !== "") {
      for (const name of monomial.split("*")) {
        const v = env[name];
        if (v === undefined) throw new Error(`no value for symbol '${name}'`);
        term *= v;
      }
    }
    total += term;
  }
  return total;
}

/** A dim of a test's template: never UNKNOWN, so every assignment gives it a value. */
type TemplateDim = number | SymDim;

function valueOf(d: TemplateDim, env: Env): number {
  return substitute(d, env) as number;
}

/** Substitutes a template shape; null when some dim comes out negative (no such tensor). */
function concreteShape(template: readonly TemplateDim[], env: Env): number[] | null {
  const out = template.map((d) => valueOf(d, env));
  return out.some((d) => d < 0) ? null : out;
}

/** Expressions a dim may be replaced by: each symbol s as s, 2*s, s+1, s-1; each pair as s*t and s+t. */
function expressionCatalog(symbols: readonly string[]): SymDim[] {
  const out: Dim[] = [];
  for (const a of symbols) out.push(sym(a), mul(2, sym(a)), add(sym(a), 1), sub(sym(a), 1));
  for (let i = 0; i < symbols.length; i++) {
    for (let j = i + 1; j < symbols.length; j++) {
      const a = sym(symbols[i] as string);
      const b = sym(symbols[j] as string);
      out.push(mul(a, b), add(a, b));
    }
  }
  return out.filter(isSym);
}

/** A dim of a symbolic call: the template gives its value under an assignment, the view is what the rule sees. */
interface AbstractDim {
  readonly template: TemplateDim;
  readonly view: Dim;
}

/**
 * A concrete dim made symbolic: kept as a number, or replaced by an expression with the same value
 * under the base assignment; either way sometimes shown to the rule as UNKNOWN.
 */
function abstractDimArb(value: number, catalog: readonly SymDim[], env0: Env): fc.Arbitrary<AbstractDim> {
  const matching = catalog.filter((e) => substitute(e, env0) === value);
  const templateArb: fc.Arbitrary<TemplateDim> =
    matching.length === 0
      ? fc.constant(value)
      : fc.oneof({ weight: 1, arbitrary: fc.constant<TemplateDim>(value) }, { weight: 2, arbitrary: fc.constantFrom(...matching) });
  return fc.tuple(templateArb, fc.integer({ min: 0, max: 5 })).map(([template, r]) => ({ template, view: r === 0 ? UNKNOWN : template }));
}

interface AbstractShape {
  readonly template: readonly TemplateDim[];
  /** null: the rule is not even told the rank. */
  readonly view: MaybeShape;
}

function abstractShapeArb(shape: readonly number[], catalog: readonly SymDim[], env0: Env): fc.Arbitrary<AbstractShape> {
  return fc
    .tuple(fc.tuple(...shape.map((d) => abstractDimArb(d, catalog, env0))), fc.integer({ min: 0, max: 11 }))
    .map(([dims, r]) => ({ template: dims.map((d) => d.template), view: r === 0 ? null : dims.map((d) => d.view) }));
}

type AbstractHx =
  | { readonly kind: "none" }
  | { readonly kind: "tensor"; readonly shape: AbstractShape }
  | { readonly kind: "tuple"; readonly shapes: readonly AbstractShape[] };

function abstractHxArb(spec: HxSpec, catalog: readonly SymDim[], env0: Env): fc.Arbitrary<AbstractHx> {
  if (spec.kind === "none") return fc.constant({ kind: "none" });
  if (spec.kind === "tensor") return abstractShapeArb(spec.shape, catalog, env0).map((shape): AbstractHx => ({ kind: "tensor", shape }));
  return fc.tuple(...spec.shapes.map((s) => abstractShapeArb(s, catalog, env0))).map((shapes): AbstractHx => ({ kind: "tuple", shapes }));
}

function hxView(hx: AbstractHx, hidden: boolean): HiddenArg {
  if (hidden) return { kind: "unknown" };
  if (hx.kind === "none") return hx;
  if (hx.kind === "tensor") return { kind: "tensor", shape: hx.shape.view };
  return { kind: "tuple", shapes: hx.shapes.map((s) => s.view) };
}

function concreteHx(hx: AbstractHx, env: Env): HiddenArg | null {
  if (hx.kind === "none") return hx;
  if (hx.kind === "tensor") {
    const shape = concreteShape(hx.shape.template, env);
    return shape && { kind: "tensor", shape };
  }
  const shapes = hx.shapes.map((s) => concreteShape(s.template, env));
  return shapes.every((s) => s !== null) ? { kind: "tuple", shapes } : null;
}

/** A flag the analyzer may not know (UNKNOWN): then each assignment picks it. */
interface AbstractFlag {
  readonly value: boolean;
  readonly hidden: boolean;
}
const abstractFlagArb = (value: boolean): fc.Arbitrary<AbstractFlag> =>
  fc.integer({ min: 0, max: 3 }).map((r) => ({ value, hidden: r === 0 }));
function flagView(f: AbstractFlag): unknown {
  return f.hidden ? UNKNOWN : f.value;
}
function flagIn(f: AbstractFlag, name: string, env: Env): boolean {
  return f.hidden ? env[name] === 1 : f.value;
}

/** Random assignments near the base one: each symbol keeps its base value or takes one in SYMBOL_MIN..6. */
function envArb(env0: Env, flags: readonly string[]): fc.Arbitrary<Env> {
  const model: Record<string, fc.Arbitrary<number>> = {};
  for (const [name, base] of Object.entries(env0)) {
    model[name] = fc.oneof(fc.constant(base), flags.includes(name) ? fc.integer({ min: 0, max: 1 }) : symbolValueArb);
  }
  return fc.record(model);
}

function envText(env: Env): string {
  return Object.entries(env)
    .map(([k, v]) => `${k}=${v}`)
    .join(", ");
}

/** The symbolic result shape covers the concrete one: same rank, and equal dims after substitution (UNKNOWN and unknown ranks match anything). */
function assertCovers(symbolic: MaybeShape | undefined, concrete: MaybeShape | undefined, env: Env, label: string): void {
  if (symbolic === undefined || concrete === undefined) {
    assert.equal(symbolic === undefined, concrete === undefined, `${label}: present in one result only`);
    return;
  }
  if (symbolic === null || concrete === null) return;
  const shown = `${label}: symbolic [${symbolic.map(formatDim).join(", ")}] vs concrete [${concrete.map(formatDim).join(", ")}] for ${envText(env)}`;
  assert.equal(symbolic.length, concrete.length, shown);
  symbolic.forEach((d, i) => {
    const v = substitute(d, env);
    if (v !== null) assert.equal(v, concrete[i], shown);
  });
}

/**
 * Where a check sits in its rule's order, and which checks count as one ("family"): the dims of
 * one hidden-size comparison are one check in PyTorch (one tuple comparison).
 */
type CheckOrder = (e: RuleError) => { readonly stage: number; readonly family: string };

/**
 * The soundness properties for one symbolic call and one concrete instance of it:
 * (c) a symbolic error means the concrete call fails too (no false positives);
 * (a) ... with the same check, unless the concrete call failed at a check that comes earlier in
 *     PyTorch's order, one the symbolic rule could not decide (a lower stage);
 * (b) a symbolic success covers every concrete success.
 */
function assertSoundInstance<T>(
  symbolic: RuleResult<T>,
  concrete: RuleResult<T>,
  env: Env,
  order: CheckOrder,
  results: (s: T, c: T) => [string, MaybeShape | undefined, MaybeShape | undefined][],
): void {
  if (!symbolic.ok) {
    const s = symbolic.error;
    if (concrete.ok) assert.fail(`(c) the symbolic rule fails (${s.check}: ${s.message}) but the call succeeds for ${envText(env)}`);
    const c = concrete.error;
    const so = order(s);
    const co = order(c);
    assert.ok(
      co.stage < so.stage || (co.stage === so.stage && co.family === so.family),
      `(a) the symbolic rule fails with ${s.check} (${s.message}) but for ${envText(env)} the call fails later or elsewhere, with ${c.check} (${c.message})`,
    );
    return;
  }
  if (!concrete.ok) return; // the symbolic rule could not tell: fine
  for (const [label, s, c] of results(symbolic.value, concrete.value)) assertCovers(s, c, env, label);
}

const sequenceOrder: CheckOrder = (e) => ({ stage: sequenceStage(e), family: e.check.replace(/^(h0|c0)_shape(_\w+)?$/, "$1_shape") });
const cellOrder: CheckOrder = (e) => ({ stage: cellStage(e), family: e.check });
/** view and Linear: one check each. */
const opOrder: CheckOrder = (e) => ({ stage: 0, family: e.check });
/**
 * cat and stack: which tensor is the reference, and so whether a bad dim or a rank/size mismatch
 * is reported, depends on ranks the symbolic rule may not know; all say the list cannot be joined.
 */
const listOrder: CheckOrder = () => ({ stage: 0, family: "list" });

/** Where in sequenceForward's order a check is made. */
function sequenceStage(e: RuleError): number {
  switch (e.check) {
    case "input_rank_0d":
      return 0;
    case "hx_container":
      return e.message === "lstm expects two hidden states" ? 8 : 1;
    case "hx_rank_batched":
    case "hx_rank_unbatched":
      return 2;
    case "input_rank":
      return 3;
    case "input_feature_size":
      return 4;
    case "kernel_argument_types":
      return 7;
    case "seq_len_zero":
      return 9;
  }
  if (e.check.startsWith("h0_shape")) return 5;
  if (e.check.startsWith("c0_shape")) return 6;
  throw new Error(`unexpected sequence check ${e.check}`);
}

/** Where in cellForward's order a check is made: per state (h0 then c0) its rank, batch, dim 1, hidden checks. */
function cellStage(e: RuleError): number {
  switch (e.check) {
    case "cell_input_rank":
      return 0;
    case "hx_container":
      return 1;
    case "cell_nonlinearity":
      return 2;
    case "cell_input_size":
      return 3;
  }
  if (e.message.startsWith("mat1 and mat2")) return 20;
  const state = e.argument === "c0" ? 1 : 0;
  let step: number;
  if (e.check.endsWith("_rank")) step = e.message.startsWith("Dimension out of range") ? 2 : 0;
  else if (e.check.endsWith("_batch")) step = 1;
  else if (e.check.endsWith("_hidden")) step = 3;
  else throw new Error(`unexpected cell check ${e.check}`);
  return 4 + 4 * state + step;
}

const RECURRENT_SYMBOLS = ["batch", "seq", "feat", "hid", "layers", "n"] as const;
const RECURRENT_CATALOG = expressionCatalog(RECURRENT_SYMBOLS);
const FLAG_SYMBOLS = ["batch_first", "bidirectional"];

interface SymbolicSequenceCase {
  readonly kind: SequenceKind;
  readonly nonlinearity: "tanh" | "relu";
  readonly inputSize: AbstractDim;
  readonly hiddenSize: AbstractDim;
  readonly numLayers: AbstractDim;
  readonly projSize: AbstractDim;
  readonly batchFirst: AbstractFlag;
  readonly bidirectional: AbstractFlag;
  readonly input: AbstractShape;
  readonly hx: AbstractHx;
  readonly hideHx: boolean;
  /** The base assignment (giving back the concrete case) first, then random ones. */
  readonly envs: readonly Env[];
}

/** The base assignment: each symbol takes the value of the size it is named after in the concrete case (at least SYMBOL_MIN). */
function sequenceBaseEnv(c: SequenceCase, n: number): Env {
  const s = c.setup;
  const batched = c.input.length === 3;
  const batch = batched ? (s.batchFirst ? c.input[0] : c.input[1]) : c.input[1];
  const seq = batched && s.batchFirst ? c.input[1] : c.input[0];
  return {
    batch: Math.max(batch ?? 1, SYMBOL_MIN),
    seq: Math.max(seq ?? 1, SYMBOL_MIN),
    feat: s.inputSize,
    hid: s.hiddenSize,
    layers: s.numLayers,
    n,
    batch_first: s.batchFirst ? 1 : 0,
    bidirectional: s.bidirectional ? 1 : 0,
  };
}

const symbolicSequenceCaseArb: fc.Arbitrary<SymbolicSequenceCase> = fc
  .tuple(sequenceCaseArb, symbolValueArb)
  .chain(([base, n]) => {
    const s = base.setup;
    const env0 = sequenceBaseEnv(base, n);
    const abstractDim = (v: number) => abstractDimArb(v, RECURRENT_CATALOG, env0);
    return fc
      .record({
        inputSize: abstractDim(s.inputSize),
        hiddenSize: abstractDim(s.hiddenSize),
        numLayers: abstractDim(s.numLayers),
        projSize: abstractDim(s.projSize),
        batchFirst: abstractFlagArb(s.batchFirst),
        bidirectional: abstractFlagArb(s.bidirectional),
        input: abstractShapeArb(base.input, RECURRENT_CATALOG, env0),
        hx: abstractHxArb(base.hx, RECURRENT_CATALOG, env0),
        hideHx: fc.integer({ min: 0, max: 9 }).map((r) => r === 0),
        envs: fc.array(envArb(env0, FLAG_SYMBOLS), { minLength: 4, maxLength: 6 }),
      })
      .map((r): SymbolicSequenceCase => ({ kind: s.kind, nonlinearity: s.nonlinearity, ...r, envs: [env0, ...r.envs] }));
  });

function symbolicSequenceArgs(c: SymbolicSequenceCase, env: Env | null): RecurrentArgs {
  const size = (d: AbstractDim): unknown => (env === null ? d.view : valueOf(d.template, env));
  const flag = (f: AbstractFlag, name: string): unknown => (env === null ? flagView(f) : flagIn(f, name, env));
  return {
    input_size: size(c.inputSize),
    hidden_size: size(c.hiddenSize),
    num_layers: size(c.numLayers),
    batch_first: flag(c.batchFirst, "batch_first"),
    bidirectional: flag(c.bidirectional, "bidirectional"),
    ...(c.kind === "LSTM" ? { proj_size: size(c.projSize) } : {}),
    ...(c.kind === "RNN" ? { nonlinearity: c.nonlinearity } : {}),
  };
}

interface SymbolicCellCase {
  readonly kind: CellKind;
  readonly nonlinearity: "tanh" | "relu";
  readonly inputSize: AbstractDim;
  readonly hiddenSize: AbstractDim;
  readonly input: AbstractShape;
  readonly hx: AbstractHx;
  readonly hideHx: boolean;
  readonly envs: readonly Env[];
}

const symbolicCellCaseArb: fc.Arbitrary<SymbolicCellCase> = fc
  .tuple(cellCaseArb, symbolValueArb, symbolValueArb)
  .chain(([base, n, seq]) => {
    const s = base.setup;
    const batch = Math.max(base.input.length === 2 ? (base.input[0] ?? 1) : 1, SYMBOL_MIN);
    const env0: Env = { batch, seq, feat: s.inputSize, hid: s.hiddenSize, layers: 1, n };
    return fc
      .record({
        inputSize: abstractDimArb(s.inputSize, RECURRENT_CATALOG, env0),
        hiddenSize: abstractDimArb(s.hiddenSize, RECURRENT_CATALOG, env0),
        input: abstractShapeArb(base.input, RECURRENT_CATALOG, env0),
        hx: abstractHxArb(base.hx, RECURRENT_CATALOG, env0),
        hideHx: fc.integer({ min: 0, max: 9 }).map((r) => r === 0),
        envs: fc.array(envArb(env0, []), { minLength: 4, maxLength: 6 }),
      })
      .map((r): SymbolicCellCase => ({ kind: s.kind, nonlinearity: s.nonlinearity, ...r, envs: [env0, ...r.envs] }));
  });

function symbolicCellArgs(c: SymbolicCellCase, env: Env | null): RecurrentArgs {
  const size = (d: AbstractDim): unknown => (env === null ? d.view : valueOf(d.template, env));
  return { input_size: size(c.inputSize), hidden_size: size(c.hiddenSize), ...(c.kind === "RNNCell" ? { nonlinearity: c.nonlinearity } : {}) };
}

describe("symbolic soundness of the recurrent rules", () => {
  it("sequenceForward: certain errors are certain, results cover every concrete result", () => {
    fc.assert(
      fc.property(symbolicSequenceCaseArb, (c) => {
        const config = checkRecurrentConfig(c.kind, symbolicSequenceArgs(c, null));
        // The base assignment is a valid module, so the symbolic constructor must accept it.
        if (!config.ok) assert.fail(`(c) the symbolic constructor fails: ${config.error.message}`);
        const symbolic = sequenceForward(config.value, c.input.view, hxView(c.hx, c.hideHx));
        for (const env of c.envs) {
          const concreteConfig = checkRecurrentConfig(c.kind, symbolicSequenceArgs(c, env));
          const input = concreteShape(c.input.template, env);
          const hx = concreteHx(c.hx, env);
          if (!concreteConfig.ok || input === null || hx === null) continue; // not a module or not a tensor
          const concrete = sequenceForward(concreteConfig.value, input, hx);
          assertSoundInstance(symbolic, concrete, env, sequenceOrder, (s, k) => {
            if (s.batched !== null) assert.equal(s.batched, k.batched, "batched");
            return [
              ["output", s.output, k.output],
              ["h_n", s.hN, k.hN],
              ["c_n", s.cN, k.cN],
            ];
          });
        }
      }),
      runs(600),
    );
  });

  it("cellForward: certain errors are certain, results cover every concrete result", () => {
    fc.assert(
      fc.property(symbolicCellCaseArb, (c) => {
        const config = checkRecurrentConfig(c.kind, symbolicCellArgs(c, null));
        if (!config.ok) assert.fail(`(c) the symbolic constructor fails: ${config.error.message}`);
        const symbolic = cellForward(config.value, c.input.view, hxView(c.hx, c.hideHx));
        for (const env of c.envs) {
          const concreteConfig = checkRecurrentConfig(c.kind, symbolicCellArgs(c, env));
          const input = concreteShape(c.input.template, env);
          const hx = concreteHx(c.hx, env);
          if (!concreteConfig.ok || input === null || hx === null) continue;
          const concrete = cellForward(concreteConfig.value, input, hx);
          assertSoundInstance(symbolic, concrete, env, cellOrder, (s, k) => {
            if (s.batched !== null) assert.equal(s.batched, k.batched, "batched");
            return [
              ["h'", s.h, k.h],
              ["c'", s.c, k.c],
            ];
          });
        }
      }),
      runs(600),
    );
  });
});

// ---------------------------------------------------------------------------------------------
// 5. Tensor ops: rule vs Tensor methods, and symbolic soundness
// ---------------------------------------------------------------------------------------------

const smallShapeArb = fc.array(sizeArb, { minLength: 0, maxLength: 4 });

/** A dim argument for a tensor of `rank` dims: mostly in range, sometimes just outside; negative or not. */
const dimArgArb = (rank: number): fc.Arbitrary<number> =>
  fc.oneof(
    { weight: 4, arbitrary: fc.integer({ min: -Math.max(rank, 1), max: Math.max(rank, 1) - 1 }) },
    { weight: 1, arbitrary: fc.integer({ min: -rank - 2, max: rank + 1 }) },
  );

/** Sizes for view/reshape: a regrouping of the shape (maybe with one -1), or anything. */
function viewSizesArb(shape: readonly number[]): fc.Arbitrary<number[]> {
  const regrouped = fc
    .tuple(fc.array(fc.boolean(), { minLength: shape.length, maxLength: shape.length }), fc.option(fc.nat(), { nil: undefined }))
    .map(([merge, inferAt]) => {
      const sizes: number[] = [];
      shape.forEach((d, i) => {
        if (merge[i] && sizes.length > 0) sizes[sizes.length - 1] = (sizes[sizes.length - 1] as number) * d;
        else sizes.push(d);
      });
      if (inferAt !== undefined && sizes.length > 0) sizes[inferAt % sizes.length] = -1;
      return sizes;
    });
  const anything = fc.array(fc.oneof({ weight: 6, arbitrary: fc.integer({ min: 0, max: 6 }) }, { weight: 2, arbitrary: fc.constant(-1) }, { weight: 1, arbitrary: fc.constant(-2) }), {
    minLength: 0,
    maxLength: 4,
  });
  return fc.oneof({ weight: 3, arbitrary: regrouped }, { weight: 2, arbitrary: anything });
}

interface ViewCase {
  readonly shape: number[];
  readonly sizes: number[];
}
const viewCaseArb: fc.Arbitrary<ViewCase> = smallShapeArb.chain((shape) => viewSizesArb(shape).map((sizes) => ({ shape, sizes })));

interface PermuteCase {
  readonly shape: number[];
  readonly dims: number[];
}
const permuteCaseArb: fc.Arbitrary<PermuteCase> = smallShapeArb.chain((shape) => {
  const rank = shape.length;
  const indices = Array.from({ length: rank }, (_, i) => i);
  const permutation = fc
    .tuple(fc.shuffledSubarray(indices, { minLength: rank, maxLength: rank }), fc.array(fc.boolean(), { minLength: rank, maxLength: rank }))
    .map(([p, negate]) => p.map((d, i) => (negate[i] ? d - rank : d)));
  const anything = fc.array(dimArgArb(rank), { minLength: 0, maxLength: 5 });
  return fc.oneof({ weight: 3, arbitrary: permutation }, { weight: 1, arbitrary: anything }).map((dims) => ({ shape, dims }));
});

interface TwoDimCase {
  readonly shape: number[];
  readonly a: number;
  readonly b: number;
}
const transposeCaseArb: fc.Arbitrary<TwoDimCase> = smallShapeArb.chain((shape) =>
  fc.record({ shape: fc.constant(shape), a: dimArgArb(shape.length), b: dimArgArb(shape.length) }),
);
const flattenCaseArb: fc.Arbitrary<TwoDimCase> = transposeCaseArb;

interface DimCase {
  readonly shape: number[];
  readonly dim: number | undefined;
}
const unsqueezeCaseArb: fc.Arbitrary<DimCase> = smallShapeArb.chain((shape) =>
  fc.record({ shape: fc.constant(shape), dim: dimArgArb(shape.length + 1) }),
);
const squeezeCaseArb: fc.Arbitrary<DimCase> = smallShapeArb.chain((shape) =>
  fc.record({ shape: fc.constant(shape), dim: fc.option(dimArgArb(shape.length), { nil: undefined }) }),
);

interface SelectCase {
  readonly shape: number[];
  readonly dim: number;
  readonly index: number;
}
const selectCaseArb: fc.Arbitrary<SelectCase> = smallShapeArb.chain((shape) =>
  fc.record({ shape: fc.constant(shape), dim: dimArgArb(shape.length), index: fc.integer({ min: -6, max: 6 }) }),
);

interface SliceCase {
  readonly shape: number[];
  readonly dim: number;
  readonly start: number | undefined;
  readonly end: number | undefined;
  readonly step: number;
}
const boundArb = fc.option(fc.integer({ min: -6, max: 6 }), { nil: undefined });
const sliceCaseArb: fc.Arbitrary<SliceCase> = smallShapeArb.chain((shape) =>
  fc.record({ shape: fc.constant(shape), dim: dimArgArb(shape.length), start: boundArb, end: boundArb, step: fc.integer({ min: -1, max: 3 }) }),
);

interface ListCase {
  readonly shapes: number[][];
  readonly dim: number;
}
/** Tensors for cat/stack: mostly the base shape, some with one dim changed, another rank, or legacy empty `[0]`. */
const listCaseArb: fc.Arbitrary<ListCase> = fc
  .oneof({ weight: 6, arbitrary: fc.array(sizeArb, { minLength: 1, maxLength: 4 }) }, { weight: 1, arbitrary: smallShapeArb })
  .chain((base) => {
    const member = fc.oneof(
      { weight: 6, arbitrary: fc.constant(base) },
      { weight: 2, arbitrary: perturbedShapeArb(base) },
      { weight: 1, arbitrary: fc.constant<number[]>([0]) },
    );
    const shapes = fc.oneof({ weight: 12, arbitrary: fc.array(member, { minLength: 1, maxLength: 4 }) }, { weight: 1, arbitrary: fc.constant<number[][]>([]) });
    return fc.record({ shapes, dim: dimArgArb(base.length) });
  });

interface LinearCase {
  readonly shape: number[];
  readonly inFeatures: number;
  readonly outFeatures: number;
}
const linearCaseArb: fc.Arbitrary<LinearCase> = fc
  .record({ inFeatures: fc.integer({ min: 0, max: 5 }), outFeatures: fc.integer({ min: 0, max: 5 }) })
  .chain(({ inFeatures, outFeatures }) => featureShapeArb(inFeatures, [1, 2, 3], 0, 3).map((shape) => ({ shape, inFeatures, outFeatures })));

/** The rule fails iff the Tensor method throws (same error), else both give the same shape. */
function assertOpAgreement<C>(arb: fc.Arbitrary<C>, rule: (c: C) => RuleResult<MaybeShape>, engine: (c: C) => Tensor, numRuns = 300): void {
  fc.assert(
    fc.property(arb, (c) => {
      const r = rule(c);
      const outcome = attempt(() => engine(c).shape);
      if (!r.ok) return assertSameFailure(r.error, outcome);
      assert.deepEqual(assertEngineSucceeds(outcome), r.value);
    }),
    runs(numRuns),
  );
}

describe("ops: the rules and the Tensor methods agree", () => {
  const zeros = (shape: readonly number[]) => torch.zeros([...shape]);
  it("view", () => assertOpAgreement(viewCaseArb, (c) => viewShape(c.shape, c.sizes), (c) => zeros(c.shape).view(c.sizes)));
  it("reshape", () => assertOpAgreement(viewCaseArb, (c) => viewShape(c.shape, c.sizes), (c) => zeros(c.shape).reshape(c.sizes)));
  it("permute", () => assertOpAgreement(permuteCaseArb, (c) => permuteShape(c.shape, c.dims), (c) => zeros(c.shape).permute(c.dims)));
  it("transpose", () => assertOpAgreement(transposeCaseArb, (c) => transposeShape(c.shape, c.a, c.b), (c) => zeros(c.shape).transpose(c.a, c.b)));
  it("unsqueeze", () => assertOpAgreement(unsqueezeCaseArb, (c) => unsqueezeShape(c.shape, c.dim ?? 0), (c) => zeros(c.shape).unsqueeze(c.dim ?? 0)));
  it("squeeze", () => assertOpAgreement(squeezeCaseArb, (c) => squeezeShape(c.shape, c.dim), (c) => zeros(c.shape).squeeze(c.dim)));
  it("flatten", () => assertOpAgreement(flattenCaseArb, (c) => flattenShape(c.shape, c.a, c.b), (c) => zeros(c.shape).flatten(c.a, c.b)));
  it("select", () => assertOpAgreement(selectCaseArb, (c) => selectShape(c.shape, c.dim, c.index), (c) => zeros(c.shape).select(c.dim, c.index)));
  it("slice", () =>
    assertOpAgreement(sliceCaseArb, (c) => sliceShape(c.shape, c.dim, c.start, c.end, c.step), (c) => zeros(c.shape).slice(c.dim, c.start, c.end, c.step)));
  it("cat", () => assertOpAgreement(listCaseArb, (c) => catShape(c.shapes, c.dim), (c) => torch.cat(c.shapes.map(zeros), c.dim)));
  it("stack", () => assertOpAgreement(listCaseArb, (c) => stackShape(c.shapes, c.dim), (c) => torch.stack(c.shapes.map(zeros), c.dim)));
  it("Linear", () =>
    assertOpAgreement(linearCaseArb, (c) => linearShape(c.shape, c.inFeatures, c.outFeatures), (c) => new nn.Linear(c.inFeatures, c.outFeatures).forward(zeros(c.shape))));
});

const OP_SYMBOLS = ["a", "b", "c"] as const;
const OP_CATALOG = expressionCatalog(OP_SYMBOLS);

/** Base values for a, b, c: sizes that occur in the case, so dims can be replaced by them. */
function opBaseEnv(dims: readonly number[], fallback: number): Env {
  const present = [...new Set(dims.filter((d) => d >= SYMBOL_MIN))];
  return { a: present[0] ?? fallback, b: present[1] ?? fallback + 1, c: present[present.length - 1] ?? fallback };
}

/** Assignments for the op symbols: the base one, then random ones near it. */
const opEnvsArb = (env0: Env) => fc.array(envArb(env0, []), { minLength: 4, maxLength: 6 }).map((envs) => [env0, ...envs]);

/** Abstracts a list of sizes, leaving negative ones (-1 to infer, invalid ones) as they are. */
function abstractSizesArb(sizes: readonly number[], env0: Env): fc.Arbitrary<AbstractShape> {
  return fc
    .tuple(...sizes.map((d) => (d < 0 ? fc.constant<AbstractDim>({ template: d, view: d }) : abstractDimArb(d, OP_CATALOG, env0))))
    .map((dims) => ({ template: dims.map((d) => d.template), view: dims.map((d) => d.view) }));
}

/** For one symbolic op call: the soundness properties against each assignment (a shape with a negative dim is skipped). */
function assertOpSound(
  symbolic: RuleResult<MaybeShape>,
  envs: readonly Env[],
  order: CheckOrder,
  concrete: (env: Env) => RuleResult<MaybeShape> | null,
): void {
  for (const env of envs) {
    const k = concrete(env);
    if (k === null) continue;
    assertSoundInstance(symbolic, k, env, order, (s, c) => [["result", s, c]]);
  }
}

interface SymbolicViewCase {
  readonly input: AbstractShape;
  readonly sizes: AbstractShape;
  readonly envs: readonly Env[];
}
const symbolicViewCaseArb: fc.Arbitrary<SymbolicViewCase> = fc.tuple(viewCaseArb, fc.integer({ min: 1, max: 4 })).chain(([c, fallback]) => {
  const env0 = opBaseEnv(c.shape, fallback);
  return fc.record({ input: abstractShapeArb(c.shape, OP_CATALOG, env0), sizes: abstractSizesArb(c.sizes, env0), envs: opEnvsArb(env0) });
});

interface SymbolicCatCase {
  readonly inputs: readonly AbstractShape[];
  readonly dim: number;
  readonly envs: readonly Env[];
}
const symbolicCatCaseArb: fc.Arbitrary<SymbolicCatCase> = fc.tuple(listCaseArb, fc.integer({ min: 1, max: 4 })).chain(([c, fallback]) => {
  const env0 = opBaseEnv(c.shapes.flat(), fallback);
  return fc.record({ inputs: fc.tuple(...c.shapes.map((s) => abstractShapeArb(s, OP_CATALOG, env0))), dim: fc.constant(c.dim), envs: opEnvsArb(env0) });
});

interface SymbolicLinearCase {
  readonly input: AbstractShape;
  readonly inFeatures: AbstractDim;
  readonly outFeatures: AbstractDim;
  readonly envs: readonly Env[];
}
const symbolicLinearCaseArb: fc.Arbitrary<SymbolicLinearCase> = fc.tuple(linearCaseArb, fc.integer({ min: 1, max: 4 })).chain(([c, fallback]) => {
  const env0 = opBaseEnv([...c.shape, c.inFeatures, c.outFeatures], fallback);
  return fc.record({
    input: abstractShapeArb(c.shape, OP_CATALOG, env0),
    inFeatures: abstractDimArb(c.inFeatures, OP_CATALOG, env0),
    outFeatures: abstractDimArb(c.outFeatures, OP_CATALOG, env0),
    envs: opEnvsArb(env0),
  });
});

/** cat or stack over symbolic shapes, against each assignment. */
function checkSymbolicList(c: SymbolicCatCase, rule: typeof catShape): void {
  const symbolic = rule(c.inputs.map((s) => s.view), c.dim);
  assertOpSound(symbolic, c.envs, listOrder, (env) => {
    const shapes = c.inputs.map((s) => concreteShape(s.template, env));
    return shapes.every((s) => s !== null) ? rule(shapes, c.dim) : null;
  });
}

describe("symbolic soundness of the op rules", () => {
  it("view/reshape", () => {
    fc.assert(
      fc.property(symbolicViewCaseArb, (c) => {
        const symbolic = viewShape(c.input.view, c.sizes.view ?? []);
        assertOpSound(symbolic, c.envs, opOrder, (env) => {
          const input = concreteShape(c.input.template, env);
          const sizes = c.sizes.template.map((d) => valueOf(d, env));
          // A size that was a symbol and came out negative would change the call's meaning.
          const sizesOk = c.sizes.template.every((d, i) => typeof d === "number" || (sizes[i] as number) >= 0);
          return input !== null && sizesOk ? viewShape(input, sizes) : null;
        });
      }),
      runs(400),
    );
  });

  it("cat", () => {
    fc.assert(fc.property(symbolicCatCaseArb, (c) => checkSymbolicList(c, catShape)), runs(400));
  });

  it("stack", () => {
    fc.assert(fc.property(symbolicCatCaseArb, (c) => checkSymbolicList(c, stackShape)), runs(300));
  });

  it("Linear", () => {
    fc.assert(
      fc.property(symbolicLinearCaseArb, (c) => {
        const symbolic = linearShape(c.input.view, c.inFeatures.view, c.outFeatures.view);
        assertOpSound(symbolic, c.envs, opOrder, (env) => {
          const input = concreteShape(c.input.template, env);
          const inFeatures = valueOf(c.inFeatures.template, env);
          const outFeatures = valueOf(c.outFeatures.template, env);
          return input !== null && inFeatures >= 0 && outFeatures >= 0 ? linearShape(input, inFeatures, outFeatures) : null;
        });
      }),
      runs(400),
    );
  });
});

// ---------------------------------------------------------------------------------------------
// 6. Dim algebra
// ---------------------------------------------------------------------------------------------

type Expr =
  | { readonly op: "const"; readonly value: number }
  | { readonly op: "sym"; readonly name: string }
  | { readonly op: "add" | "sub" | "mul"; readonly left: Expr; readonly right: Expr };

const DIM_SYMBOLS = ["x", "y", "z"] as const;

/** Polynomials as expression trees over up to three symbols and small constants. */
const exprArb: fc.Arbitrary<Expr> = fc.letrec<{ expr: Expr }>((tie) => ({
  expr: fc.oneof(
    { maxDepth: 4, depthIdentifier: "expr" },
    fc.integer({ min: -3, max: 3 }).map((value): Expr => ({ op: "const", value })),
    fc.constantFrom(...DIM_SYMBOLS).map((name): Expr => ({ op: "sym", name })),
    fc.record({ op: fc.constantFrom<"add" | "sub" | "mul">("add", "sub", "mul"), left: tie("expr"), right: tie("expr") }),
  ),
})).expr;

function build(e: Expr): Dim {
  switch (e.op) {
    case "const":
      return e.value;
    case "sym":
      return sym(e.name);
    case "add":
      return add(build(e.left), build(e.right));
    case "sub":
      return sub(build(e.left), build(e.right));
    case "mul":
      return mul(build(e.left), build(e.right));
  }
}

function evaluate(e: Expr, env: Env): number {
  switch (e.op) {
    case "const":
      return e.value;
    case "sym":
      return env[e.name] as number;
    case "add":
      return evaluate(e.left, env) + evaluate(e.right, env);
    case "sub":
      return evaluate(e.left, env) - evaluate(e.right, env);
    case "mul":
      return evaluate(e.left, env) * evaluate(e.right, env);
  }
}

/** Sizes for x, y, z: small ones (the least ones often matter) and a few larger. */
const dimSizeArb = fc.oneof(symbolValueArb, fc.integer({ min: SYMBOL_MIN, max: 40 }));
const dimEnvArb: fc.Arbitrary<Env> = fc.record({ x: dimSizeArb, y: dimSizeArb, z: dimSizeArb });
const dimEnvsArb = fc.array(dimEnvArb, { minLength: 8, maxLength: 12 });

/** Same dim: equal numbers, or the same terms. */
function sameDim(a: Dim, b: Dim): boolean {
  if (typeof a === "number" || typeof b === "number") return a === b;
  if (a.kind === "unknown" || b.kind === "unknown") return a.kind === b.kind;
  return a.terms.size === b.terms.size && [...a.terms].every(([k, v]) => b.terms.get(k) === v);
}

describe("dim algebra", () => {
  it("add/sub/mul build the polynomial the expression denotes", () => {
    fc.assert(
      fc.property(exprArb, dimEnvsArb, (e, envs) => {
        const d = build(e);
        for (const env of envs) {
          const value = substitute(d, env);
          const expected = evaluate(e, env);
          assert.ok(value === expected, `${formatDim(d)} at ${envText(env)} is ${value}, expected ${expected}`); // 0 === -0
        }
      }),
      runs(300),
    );
  });

  it("dimEquals and dimLess are only certain when every assignment agrees", () => {
    fc.assert(
      fc.property(exprArb, exprArb, dimEnvsArb, (ea, eb, envs) => {
        const a = build(ea);
        const b = build(eb);
        const equals = dimEquals(a, b);
        const less = dimLess(a, b);
        for (const env of envs) {
          const va = substitute(a, env) as number;
          const vb = substitute(b, env) as number;
          const at = `${formatDim(a)} vs ${formatDim(b)} at ${envText(env)}`;
          if (equals === "yes") assert.equal(va, vb, `dimEquals says yes: ${at}`);
          if (equals === "no") assert.notEqual(va, vb, `dimEquals says no: ${at}`);
          if (less === "yes") assert.ok(va < vb, `dimLess says yes: ${at}`);
          if (less === "no") assert.ok(!(va < vb), `dimLess says no: ${at}`);
        }
      }),
      runs(400),
    );
  });

  it("formatDim never throws and always says something", () => {
    fc.assert(
      fc.property(exprArb, fc.boolean(), (e, unknown) => {
        const text = formatDim(unknown ? UNKNOWN : build(e));
        assert.equal(typeof text, "string");
        assert.ok(text.length > 0);
      }),
      runs(300),
    );
  });

  it("divExact(mul(a, b), b) gives back a for a nonzero constant or a single symbol b", () => {
    const divisorArb = fc.oneof(
      fc.integer({ min: -4, max: 4 }).filter((v) => v !== 0),
      fc.constantFrom(...DIM_SYMBOLS).map(sym),
    );
    fc.assert(
      fc.property(exprArb, divisorArb, (e, b) => {
        const a = build(e);
        const back = divExact(mul(a, b), b);
        assert.ok(sameDim(back, a), `divExact(${formatDim(mul(a, b))}, ${formatDim(b)}) = ${formatDim(back)}, expected ${formatDim(a)}`);
      }),
      runs(300),
    );
  });
});
