// The shape rules over symbolic dims: an error only when PyTorch would raise for every value the
// symbols can take, with the symbols' names in the message; uncertain checks stay silent.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { shapes } from "../../engine";

const { sym, mul, add, UNKNOWN, checkRecurrentConfig, sequenceForward, cellForward, viewShape, catShape, linearShape, formatDim } = shapes;
type Dim = shapes.Dim;
type HiddenArg = shapes.HiddenArg;

const batch = sym("batch");
const seq = sym("seq");
const hidden = sym("hidden");
const embed = sym("embed");

function config(kind: shapes.RecurrentKind, args: shapes.RecurrentArgs): shapes.RecurrentConfig {
  const r = checkRecurrentConfig(kind, args);
  assert.ok(r.ok, r.ok ? "" : r.error.message);
  return r.value;
}

const tensor = (...dims: Dim[]): HiddenArg => ({ kind: "tensor", shape: dims });
const pair = (a: Dim[], b: Dim[]): HiddenArg => ({ kind: "tuple", shapes: [a, b] });
const none: HiddenArg = { kind: "none" };

interface SeqCase {
  name: string;
  kind: shapes.SequenceKind;
  args: shapes.RecurrentArgs;
  input: Dim[] | null;
  hx: HiddenArg;
  /** The expected error message, or null when the call must pass. */
  error: string | null;
  /** When it passes: the output shape as text. */
  output?: string;
}

const show = (s: readonly Dim[] | null) => (s === null ? "?" : `[${s.map(formatDim).join(", ")}]`);

const SEQUENCE_CASES: SeqCase[] = [
  { name: "symbolic batch and seq, right features", kind: "LSTM", args: { input_size: 10, hidden_size: 20, num_layers: 2 }, input: [seq, batch, 10], hx: none, error: null, output: "[seq, batch, 20]" },
  { name: "wrong features with symbolic batch is certain", kind: "LSTM", args: { input_size: 10, hidden_size: 20 }, input: [seq, batch, 12], hx: none, error: "input.size(-1) must be equal to input_size. Expected 10, got 12" },
  { name: "symbolic features vs known input_size: maybe, silent", kind: "GRU", args: { input_size: 10, hidden_size: 20 }, input: [seq, batch, embed], hx: none, error: null, output: "[seq, batch, 20]" },
  { name: "unknown features: silent", kind: "RNN", args: { input_size: 10, hidden_size: 20 }, input: [seq, batch, UNKNOWN], hx: none, error: null, output: "[seq, batch, 20]" },
  { name: "symbolic input_size matches the same symbol", kind: "LSTM", args: { input_size: embed, hidden_size: hidden }, input: [seq, batch, embed], hx: none, error: null, output: "[seq, batch, hidden]" },
  { name: "embed + hidden against hidden + embed", kind: "LSTM", args: { input_size: add(embed, hidden), hidden_size: hidden }, input: [seq, batch, add(hidden, embed)], hx: none, error: null, output: "[seq, batch, hidden]" },
  { name: "2*hidden + 1 never equals 2*hidden", kind: "GRU", args: { input_size: mul(2, hidden), hidden_size: hidden }, input: [seq, batch, add(mul(2, hidden), 1)], hx: none, error: "input.size(-1) must be equal to input_size. Expected 2*hidden, got 2*hidden + 1" },
  { name: "h0 missing the layer dim", kind: "LSTM", args: { input_size: 10, hidden_size: hidden, num_layers: 2 }, input: [seq, batch, 10], hx: pair([1, batch, hidden], [2, batch, hidden]), error: "Expected hidden[0] size (2, batch, hidden), got [1, batch, hidden]" },
  { name: "bidirectional without the factor 2 on a symbolic batch", kind: "GRU", args: { input_size: 10, hidden_size: 20, bidirectional: true }, input: [seq, batch, 10], hx: tensor(1, batch, 20), error: "Expected hidden size (2, batch, 20), got [1, batch, 20]" },
  { name: "h0 batch from another symbol: maybe equal, silent", kind: "RNN", args: { input_size: 10, hidden_size: 20 }, input: [seq, batch, 10], hx: tensor(1, sym("n"), 20), error: null, output: "[seq, batch, 20]" },
  { name: "h0 batch unknown: silent", kind: "RNN", args: { input_size: 10, hidden_size: 20 }, input: [seq, batch, 10], hx: tensor(1, UNKNOWN, 20), error: null, output: "[seq, batch, 20]" },
  { name: "batch_first with hx built batch-first", kind: "GRU", args: { input_size: 10, hidden_size: 20, num_layers: 2, batch_first: true }, input: [batch, seq, 10], hx: tensor(batch, 2, 20), error: null, output: "[batch, seq, 20]" },
  { name: "batch_first, hx (2, batch, 20) is right", kind: "GRU", args: { input_size: 10, hidden_size: 20, num_layers: 2, batch_first: true }, input: [batch, seq, 10], hx: tensor(2, batch, 20), error: null, output: "[batch, seq, 20]" },
  { name: "batch_first, hx batch taken from the seq dim", kind: "GRU", args: { input_size: 10, hidden_size: 20, batch_first: true }, input: [4, 7, 10], hx: tensor(1, 7, 20), error: "Expected hidden size (1, 4, 20), got [1, 7, 20]" },
  { name: "c0 with proj_size on h0's last dim", kind: "LSTM", args: { input_size: 10, hidden_size: 20, proj_size: 5 }, input: [seq, batch, 10], hx: pair([1, batch, 5], [1, batch, 5]), error: "Expected hidden[1] size (1, batch, 20), got [1, batch, 5]" },
  { name: "unknown rank input: silent", kind: "LSTM", args: { input_size: 10, hidden_size: 20 }, input: null, hx: pair([3, 3], [3]), error: null, output: "?" },
  { name: "hx rank error with symbolic dims", kind: "RNN", args: { input_size: 10, hidden_size: 20 }, input: [seq, batch, 10], hx: tensor(batch, 20), error: "For batched 3-D input, hx should also be 3-D but got 2-D tensor" },
  { name: "unknown batch_first: hx batch cannot be checked", kind: "GRU", args: { input_size: 10, hidden_size: 20, batch_first: UNKNOWN }, input: [4, 7, 10], hx: tensor(1, 7, 20), error: null, output: "[4, 7, 20]" },
  { name: "unknown bidirectional: layers dim unknown, silent", kind: "GRU", args: { input_size: 10, hidden_size: 20, bidirectional: UNKNOWN }, input: [5, 3, 10], hx: tensor(1, 3, 20), error: null, output: "[5, 3, ?]" },
  { name: "unknown num_layers: still wrong hidden size", kind: "LSTM", args: { input_size: 10, hidden_size: 20, num_layers: UNKNOWN }, input: [5, 3, 10], hx: pair([2, 3, 21], [2, 3, 20]), error: "Expected hidden[0] size (?, 3, 20), got [2, 3, 21]" },
  { name: "sequence length symbolic: not certainly 0", kind: "RNN", args: { input_size: 10, hidden_size: 20 }, input: [seq, 3, 10], hx: none, error: null, output: "[seq, 3, 20]" },
  { name: "sequence length certainly 0", kind: "RNN", args: { input_size: 10, hidden_size: 20 }, input: [0, batch, 10], hx: none, error: "Expected sequence length to be larger than 0 in RNN" },
];

describe("sequence rules with symbolic dims", () => {
  for (const c of SEQUENCE_CASES) {
    it(c.name, () => {
      const r = sequenceForward(config(c.kind, c.args), c.input, c.hx);
      if (c.error === null) {
        assert.ok(r.ok, r.ok ? "" : `unexpected error: ${r.error.message}`);
        assert.equal(show(r.value.output), c.output);
      } else {
        assert.ok(!r.ok, "expected an error");
        assert.equal(r.error.message, c.error);
      }
    });
  }
});

describe("cell rules with symbolic dims", () => {
  it("batch mismatch between two symbols is uncertain", () => {
    const r = cellForward(config("LSTMCell", { input_size: 10, hidden_size: 20 }), [batch, 10], pair([sym("b2"), 20], [batch, 20]));
    assert.ok(r.ok);
  });
  it("batch + 1 never equals batch", () => {
    const r = cellForward(config("GRUCell", { input_size: 10, hidden_size: 20 }), [batch, 10], tensor(add(batch, 1), 20));
    assert.ok(!r.ok);
    assert.equal(r.error.message, "Input batch size batch doesn't match hidden0 batch size batch + 1");
  });
  it("2*hidden never equals hidden (sizes are >= 1)", () => {
    const r = cellForward(config("RNNCell", { input_size: 10, hidden_size: hidden }), [batch, 10], tensor(batch, mul(2, hidden)));
    assert.ok(!r.ok);
    assert.equal(r.error.message, "hidden0 has inconsistent hidden_size: got 2*hidden, expected hidden");
  });
  it("2*hidden may equal hidden + 1: silent", () => {
    assert.ok(cellForward(config("RNNCell", { input_size: 10, hidden_size: add(hidden, 1) }), [batch, 10], tensor(batch, mul(2, hidden))).ok);
  });
  it("input features certain mismatch", () => {
    const r = cellForward(config("RNNCell", { input_size: 10, hidden_size: hidden }), [batch, 11], none);
    assert.ok(!r.ok);
    assert.equal(r.error.message, "input has inconsistent input_size: got 11 expected 10");
  });
});

describe("constructor rules with symbolic sizes", () => {
  it("symbolic sizes construct", () => {
    assert.ok(checkRecurrentConfig("LSTM", { input_size: embed, hidden_size: hidden, num_layers: sym("layers"), proj_size: 0 }).ok);
  });
  it("proj_size = hidden is certain", () => {
    const r = checkRecurrentConfig("LSTM", { input_size: 3, hidden_size: hidden, proj_size: hidden });
    assert.ok(!r.ok);
    assert.equal(r.error.message, "proj_size has to be smaller than hidden_size");
  });
  it("proj_size < hidden is uncertain for two symbols", () => {
    assert.ok(checkRecurrentConfig("LSTM", { input_size: 3, hidden_size: hidden, proj_size: sym("p") }).ok);
  });
  it("unknown dropout gives no warning and no error", () => {
    const r = checkRecurrentConfig("GRU", { input_size: 3, hidden_size: 4, dropout: UNKNOWN });
    assert.ok(r.ok);
    assert.equal(r.warnings.length, 0);
  });
  it("dropout on one layer warns with PyTorch's text", () => {
    const r = checkRecurrentConfig("GRU", { input_size: 3, hidden_size: 4, dropout: 0.25 });
    assert.ok(r.ok);
    assert.equal(
      r.warnings[0]?.message,
      "dropout option adds dropout after all but last recurrent layer, so non-zero dropout expects num_layers greater than 1, but got dropout=0.25 and num_layers=1",
    );
  });
});

describe("op rules with symbolic dims", () => {
  it("view(-1) infers seq*batch", () => {
    const r = viewShape([seq, batch, 20], [-1, 20]);
    assert.ok(r.ok);
    assert.equal(show(r.value), "[batch*seq, 20]");
  });
  it("view to a size that differs for every positive batch and seq", () => {
    const r = viewShape([seq, batch, 20], [seq, batch, 21]);
    assert.ok(!r.ok);
    assert.equal(r.error.message, "shape '[seq, batch, 21]' is invalid for input of size 20*batch*seq");
  });
  it("view to a size equal for some sizes: silent", () => {
    assert.ok(viewShape([seq, batch, 20], [seq, 20, batch]).ok);
    assert.ok(viewShape([seq, batch, 20], [sym("n"), 20]).ok);
  });
  it("view to a certainly different size", () => {
    const r = viewShape([add(seq, 1), 3], [add(seq, 1), 4]);
    assert.ok(!r.ok);
    assert.equal(r.error.message, "shape '[seq + 1, 4]' is invalid for input of size 3*seq + 3");
  });
  it("view with an unknown dim is silent", () => {
    assert.ok(viewShape([seq, UNKNOWN, 20], [-1, 7]).ok);
  });
  it("cat along features of two symbolic widths", () => {
    const r = catShape([[seq, batch, hidden], [seq, batch, hidden]], 2);
    assert.ok(r.ok);
    assert.equal(show(r.value), "[seq, batch, 2*hidden]");
  });
  it("cat with a certainly different batch", () => {
    const r = catShape([[seq, batch, hidden], [seq, add(batch, 1), hidden]], 2);
    assert.ok(!r.ok);
  });
  it("Linear after a bidirectional layer that forgot the 2", () => {
    const r = linearShape([batch, mul(2, hidden)], add(hidden, 1), 5);
    assert.ok(r.ok, "2*hidden may equal hidden + 1 (hidden = 1): silent");
    const r2 = linearShape([batch, mul(2, hidden)], mul(2, add(hidden, 1)), 5);
    assert.ok(!r2.ok);
    assert.equal(r2.error.message, "mat1 and mat2 shapes cannot be multiplied (batchx(2*hidden) and (2*hidden + 2)x5)");
  });
});
