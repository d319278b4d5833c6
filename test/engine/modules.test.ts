// nn.Module behaviour: a user model's state dict keys against PyTorch's (test/goldens/ops-public.json,
// "modules", from tools/torch-ops-goldens.py), load_state_dict errors and results as PyTorch 1.13.1
// reports them, parameter names and shapes, train/eval, dropout between layers, and safetensors
// round trips.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { nn, setWarningHandler, StateDictError, torch, type Embedding, type Linear, type LSTM, type Module, type Tensor, TorchError } from "../../engine";
import type { StateDictValue } from "../../engine/nn/module";
import { catchTorchError } from "../helpers/engine-calls";

// ---------------------------------------------------------------------------------------------
// Goldens

interface LoadCase {
  id: string;
  drop: string[];
  reshape: Record<string, number[]>;
  add: Record<string, number[]>;
  strict: boolean;
  order?: string[];
  result?: { missing_keys: string[]; unexpected_keys: string[] };
  error?: { type: string; message: string };
}

interface NamedCase {
  module: "RNN" | "GRU" | "LSTM" | "RNNCell" | "GRUCell" | "LSTMCell" | "Linear" | "Embedding";
  config: Record<string, number | boolean | string>;
  named_parameters: [string, number[]][];
  state_dict_keys: string[];
}

interface ModuleGoldens {
  model: { source: string; state_dict: [string, number[]][]; named_modules: string[]; load_state_dict: LoadCase[] };
  named_parameters: NamedCase[];
}

const goldens = (JSON.parse(readFileSync(join(__dirname, "..", "goldens", "ops-public.json"), "utf8")) as { modules: ModuleGoldens }).modules;

// The dropout warnings of the modules built below are not what these tests are about.
setWarningHandler(() => {});

// ---------------------------------------------------------------------------------------------
// The model of goldens.model.source, written as a user would

class Encoder extends nn.Module {
  readonly lstm: LSTM;
  constructor() {
    super();
    this.lstm = new nn.LSTM(8, 6, { numLayers: 2, bidirectional: true, projSize: 3, batchFirst: true });
  }
}

class Model extends nn.Module {
  readonly embedding: Embedding;
  readonly encoder: Encoder;
  readonly head: Linear;
  constructor() {
    super();
    this.embedding = new nn.Embedding(10, 8);
    this.encoder = new Encoder();
    this.head = new nn.Linear(6, 4);
  }
}

// ---------------------------------------------------------------------------------------------
// Helpers

/** Module names in PyTorch's named_modules() order ("" for the root). */
function namedModules(m: Module, prefix = ""): string[] {
  const out = [prefix];
  for (const [name, child] of m.namedChildren()) out.push(...namedModules(child, prefix === "" ? name : `${prefix}.${name}`));
  return out;
}

/** Every parameter's values, by name (copies). */
function snapshot(m: Module): Map<string, number[]> {
  return new Map(m.namedParameters().map(([k, p]) => [k, Array.from(p.data)]));
}

function zerosValue(shape: number[]): StateDictValue {
  return { shape, data: new Float32Array(shape.reduce((a, b) => a * b, 1)) };
}

/** The state dict a load case describes, built from `source`'s state dict as the generator does. */
function caseStateDict(source: Model, c: LoadCase): Map<string, StateDictValue> {
  let sd = new Map<string, StateDictValue>();
  for (const [k, v] of Object.entries(source.stateDict())) {
    if (c.drop.includes(k)) continue;
    const shape = c.reshape[k];
    sd.set(k, shape ? zerosValue(shape) : v);
  }
  for (const [k, shape] of Object.entries(c.add)) sd.set(k, zerosValue(shape));
  if (c.order) sd = new Map(c.order.map((k): [string, StateDictValue] => [k, sd.get(k) as StateDictValue]));
  return sd;
}


/** Float32 bit patterns, so equality is bit-for-bit (NaN payloads, -0). */
function bits(t: Tensor): number[] {
  return Array.from(new Uint32Array(Float32Array.from(t.data).buffer));
}

function assertBitIdentical(a: Tensor, b: Tensor, label: string): void {
  assert.deepEqual(a.shape, b.shape, `${label}: shape`);
  assert.deepEqual(bits(a), bits(b), `${label}: values`);
}

// ---------------------------------------------------------------------------------------------

describe("a user model's state dict", () => {
  it("has PyTorch's keys, in PyTorch's order, with PyTorch's shapes", () => {
    torch.manualSeed(0);
    const model = new Model();
    const sd = model.stateDict();
    assert.deepEqual(
      Object.entries(sd).map(([k, t]) => [k, t.shape]),
      goldens.model.state_dict,
    );
    assert.deepEqual(
      model.namedParameters().map(([k, p]) => [k, p.shape]),
      goldens.model.state_dict,
      "namedParameters() agrees with stateDict()",
    );
  });

  it("walks submodules in PyTorch's named_modules() order", () => {
    assert.deepEqual(namedModules(new Model()), goldens.model.named_modules);
  });

  it("shares memory with the parameters", () => {
    const model = new Model();
    const sd = model.stateDict();
    assert.equal(sd["head.weight"], model.head.weight);
    assert.equal(sd["encoder.lstm.weight_hr_l1_reverse"], model.encoder.lstm.parameter("weight_hr_l1_reverse"));
    assert.equal(model.parameters().length, goldens.model.state_dict.length);
    assert.equal(
      model.parameterCount(),
      goldens.model.state_dict.reduce((n, [, shape]) => n + shape.reduce((a, b) => a * b, 1), 0),
    );
  });

  it("a model that is not a Module field is not part of it; a null field is skipped", () => {
    class WithExtras extends nn.Module {
      readonly note = "not a module";
      readonly nothing: Linear | null = null;
      readonly list: Linear[] = [new nn.Linear(2, 2)];
      readonly head = new nn.Linear(2, 3, { bias: false });
    }
    assert.deepEqual(Object.keys(new WithExtras().stateDict()), ["head.weight"]);
  });
});

describe("loadStateDict (PyTorch's load_state_dict)", () => {
  for (const c of goldens.model.load_state_dict) {
    it(`${c.id}${c.strict ? "" : " (strict=False)"}`, () => {
      torch.manualSeed(1);
      const source = new Model();
      // values that differ from any fresh model's, so a copy is visible
      for (const [, p] of source.namedParameters()) p.storage.forEach((_, i, a) => (a[i] = i * 0.25 - 1));
      const sd = caseStateDict(source, c);
      torch.manualSeed(2);
      const target = new Model();
      const before = snapshot(target);
      if (c.error) {
        const e = catchTorchError(() => target.loadStateDict(sd, { strict: c.strict }));
        assert.ok(e instanceof StateDictError);
        assert.equal(e.pytorchType, c.error.type);
        assert.equal(e.message, c.error.message);
        assert.deepEqual(snapshot(target), before, "nothing is modified when loading fails");
        return;
      }
      const result = target.loadStateDict(sd, { strict: c.strict });
      assert.deepEqual(result, { missingKeys: c.result?.missing_keys, unexpectedKeys: c.result?.unexpected_keys });
      // every parameter present in the state dict took its values; the others kept theirs
      for (const [k, p] of target.namedParameters()) {
        const expected = sd.has(k) ? Array.from(source.stateDict()[k]?.data ?? []) : before.get(k);
        assert.deepEqual(Array.from(p.data), expected, k);
      }
    });
  }

  it("loads into the parameters in place (views of them see the new values)", () => {
    const model = new Model();
    const weight = model.head.weight;
    const row = weight.select(0, 1);
    const values = Array.from({ length: 24 }, (_, i) => i);
    model.loadStateDict({ ...model.stateDict(), "head.weight": torch.tensor(values, [4, 6]) });
    assert.equal(model.head.weight, weight, "the same Parameter object");
    assert.deepEqual(row.toArray(), [6, 7, 8, 9, 10, 11]);
  });

  it("accepts non-contiguous tensors and plain {shape, data}", () => {
    const model = new Model();
    const wT = torch.tensor(Array.from({ length: 24 }, (_, i) => i), [6, 4]).t(); // [4, 6], transposed
    model.loadStateDict({ "head.weight": wT, "head.bias": { shape: [4], data: [1, 2, 3, 4] } }, { strict: false });
    assert.deepEqual(Array.from(model.head.weight.data), Array.from(wT.data));
    assert.deepEqual(Array.from(model.head.bias?.data ?? []), [1, 2, 3, 4]);
  });

  it("a strict failure lists every problem at once and still names each key", () => {
    const model = new Model();
    const sd = new Map<string, StateDictValue>(Object.entries(model.stateDict()));
    sd.delete("head.bias");
    sd.set("head.weight", zerosValue([4, 5]));
    sd.set("encoder.lstm.weight_ih_l9", zerosValue([1]));
    const e = catchTorchError(() => model.loadStateDict(sd));
    assert.match(e.message, /^Error\(s\) in loading state_dict for Model:\n\t/);
    assert.match(e.message, /Missing key\(s\) in state_dict: "head\.bias"/);
    assert.match(e.message, /Unexpected key\(s\) in state_dict: "encoder\.lstm\.weight_ih_l9"/);
    assert.match(e.message, /size mismatch for head\.weight: /);
  });
});

describe("parameter names and shapes (PyTorch's named_parameters)", () => {
  for (const c of goldens.named_parameters) {
    it(`${c.module}(${JSON.stringify(c.config)})`, () => {
      let m: Module;
      if (c.module === "Linear") m = new nn.Linear(c.config["in_features"] as number, c.config["out_features"] as number, { bias: c.config["bias"] !== false });
      else if (c.module === "Embedding") m = new nn.Embedding(c.config["num_embeddings"] as number, c.config["embedding_dim"] as number);
      else m = new (nn[c.module] as unknown as new (options: Record<string, unknown>) => Module)(c.config);
      assert.deepEqual(
        m.namedParameters().map(([k, p]) => [k, p.shape]),
        c.named_parameters,
      );
      assert.deepEqual(Object.keys(m.stateDict()), c.state_dict_keys);
    });
  }
});

describe("train() / eval()", () => {
  const modes = (m: Module): boolean[] => [m.training, ...m.namedChildren().flatMap(([, c]) => modes(c))];

  it("a new model is in training mode, all the way down", () => {
    assert.deepEqual(modes(new Model()), [true, true, true, true, true]);
  });
  const steps: [string, (m: Model) => unknown, boolean][] = [
    ["eval()", (m) => m.eval(), false],
    ["train()", (m) => m.eval().train(), true],
    ["train(false)", (m) => m.train(false), false],
    ["train(true) after eval()", (m) => m.eval().train(true), true],
  ];
  for (const [name, step, training] of steps) {
    it(`${name} sets every submodule's mode`, () => {
      const m = new Model();
      step(m);
      assert.deepEqual(modes(m), [training, training, training, training, training]);
    });
  }
  it("returns the module itself", () => {
    const m = new Model();
    assert.equal(m.eval(), m);
    assert.equal(m.train(), m);
  });
  it("on a child only affects that child and below", () => {
    const m = new Model();
    m.encoder.eval();
    assert.deepEqual(modes(m), [true, true, false, false, true]);
  });
});

describe("dropout between recurrent layers", () => {
  const input = (seed: number, shape: number[]): Tensor => {
    torch.manualSeed(seed);
    return torch.randn(shape);
  };

  it("changes a 2-layer LSTM's output in training mode; eval is deterministic", () => {
    torch.manualSeed(0);
    const lstm = new nn.LSTM(4, 5, { numLayers: 2, dropout: 0.5 });
    const x = input(10, [6, 3, 4]);
    lstm.eval();
    const [evalOut1, [evalH1]] = lstm.forward(x);
    torch.manualSeed(123);
    const [evalOut2, [evalH2]] = lstm.forward(x);
    assertBitIdentical(evalOut1, evalOut2, "eval output, whatever the seed");
    assertBitIdentical(evalH1, evalH2, "eval h_n");

    lstm.train();
    torch.manualSeed(7);
    const [trainOut1, [trainH1]] = lstm.forward(x);
    assert.notDeepEqual(bits(trainOut1), bits(evalOut1), "training output differs from eval");
    // layer 0's final state does not depend on dropout (it is applied to its output, after)
    assert.deepEqual(bits(trainH1.select(0, 0)), bits(evalH1.select(0, 0)), "layer 0 h_n unaffected");
    assert.notDeepEqual(bits(trainH1.select(0, 1)), bits(evalH1.select(0, 1)), "layer 1 h_n affected");
    torch.manualSeed(7);
    const [trainOut2] = lstm.forward(x);
    assertBitIdentical(trainOut1, trainOut2, "training output with the same seed");
    const [trainOut3] = lstm.forward(x);
    assert.notDeepEqual(bits(trainOut3), bits(trainOut1), "the next call draws a new mask");
  });

  it("a 1-layer module ignores dropout (nothing between layers)", () => {
    torch.manualSeed(0);
    const gru = new nn.GRU(3, 4, { dropout: 0.5 });
    const x = input(3, [5, 2, 3]);
    const [a] = gru.forward(x);
    gru.eval();
    const [b] = gru.forward(x);
    assertBitIdentical(a, b, "training == eval");
  });

  it("dropout=1 in training: layer 2 sees zeros, so it runs as on a zeros input", () => {
    torch.manualSeed(0);
    const lstm = new nn.LSTM(4, 5, { numLayers: 2, dropout: 1 });
    // layer 1 alone, with layer 1's weights
    const second = new nn.LSTM(5, 5);
    second.loadStateDict(
      Object.fromEntries(["weight_ih", "weight_hh", "bias_ih", "bias_hh"].map((w) => [`${w}_l0`, lstm.parameter(`${w}_l1`)])),
    );
    const x1 = input(1, [6, 3, 4]);
    const x2 = input(2, [6, 3, 4]);
    const [out1, [h1, c1]] = lstm.forward(x1);
    const [out2, [h2, c2]] = lstm.forward(x2);
    const [alone, [hAlone, cAlone]] = second.forward(torch.zeros(6, 3, 5));
    assertBitIdentical(out1, alone, "output of input 1 == layer 2 on zeros");
    assertBitIdentical(out2, alone, "output of input 2 == layer 2 on zeros");
    assertBitIdentical(h1.select(0, 1), hAlone.select(0, 0), "h_n of layer 2");
    assertBitIdentical(c2.select(0, 1), cAlone.select(0, 0), "c_n of layer 2");
    assert.notDeepEqual(bits(h1.select(0, 0)), bits(h2.select(0, 0)), "layer 1 still sees the input");
    assert.notDeepEqual(bits(c1.select(0, 0)), bits(c2.select(0, 0)));
    lstm.eval();
    const [evalOut] = lstm.forward(x1);
    assert.notDeepEqual(bits(evalOut), bits(out1), "no dropout in eval mode");
  });
});

describe("safetensors round trip", () => {
  type Run = (m: Module, x: Tensor) => Tensor[];
  const cases: [string, () => Module, number[], Run][] = [
    [
      "LSTM(proj_size, bidirectional, 2 layers)",
      () => new nn.LSTM(4, 6, { numLayers: 2, bidirectional: true, projSize: 3 }),
      [5, 2, 4],
      (m, x) => {
        const [o, [h, c]] = (m as LSTM).forward(x);
        return [o, h, c];
      },
    ],
    [
      "GRU(2 layers, batch_first)",
      () => new nn.GRU(3, 5, { numLayers: 2, batchFirst: true }),
      [2, 4, 3],
      (m, x) => (m as InstanceType<typeof nn.GRU>).forward(x),
    ],
    ["GRU(no bias)", () => new nn.GRU(3, 4, { bias: false }), [4, 3], (m, x) => (m as InstanceType<typeof nn.GRU>).forward(x)],
    ["RNNCell(relu)", () => new nn.RNNCell(3, 4, { nonlinearity: "relu" }), [2, 3], (m, x) => [(m as InstanceType<typeof nn.RNNCell>).forward(x)]],
    ["RNNCell(no bias)", () => new nn.RNNCell(3, 4, false), [3], (m, x) => [(m as InstanceType<typeof nn.RNNCell>).forward(x)]],
    [
      "the user model",
      () => new Model(),
      [2, 5],
      (m, x) => {
        const model = m as Model;
        const [o, [h]] = model.encoder.lstm.forward(model.embedding.forward(x));
        return [model.head.forward(o), h];
      },
    ],
  ];
  for (const [name, make, inputShape, run] of cases) {
    it(`${name}: a fresh module loaded from toSafetensors() gives bit-identical outputs`, () => {
      torch.manualSeed(11);
      const a = make().eval();
      const bytes = a.toSafetensors({ format: "pt" });
      torch.manualSeed(22);
      const b = make().eval();
      assert.notDeepEqual(Array.from(b.parameters()[0]?.data ?? []), Array.from(a.parameters()[0]?.data ?? []), "different weights before loading");
      const result = b.loadSafetensors(bytes);
      assert.deepEqual(result, { missingKeys: [], unexpectedKeys: [] });
      for (const [k, p] of a.namedParameters()) assertBitIdentical(b.stateDict()[k] as Tensor, p, k);

      torch.manualSeed(33);
      const n = inputShape.reduce((x, y) => x * y, 1);
      const x = name === "the user model" ? torch.tensor(Array.from({ length: n }, (_, i) => (i * 7) % 10), inputShape) : torch.randn(inputShape);
      const outA = run(a, x);
      const outB = run(b, x);
      outA.forEach((t, i) => assertBitIdentical(outB[i] as Tensor, t, `output ${i}`));
    });
  }

  it("torch.saveSafetensors(stateDict()) loads back with torch.loadSafetensors + loadStateDict", () => {
    torch.manualSeed(5);
    const a = new Model();
    const bytes = torch.saveSafetensors(a.stateDict());
    const tensors = torch.loadSafetensors(bytes);
    assert.deepEqual(Object.keys(tensors).sort(), Object.keys(a.stateDict()).sort());
    torch.manualSeed(6);
    const b = new Model();
    b.loadStateDict(tensors);
    for (const [k, p] of a.namedParameters()) assertBitIdentical(b.stateDict()[k] as Tensor, p, k);
  });

  it("loading a file with a wrong shape fails strictly and changes nothing", () => {
    const bytes = new nn.GRU(3, 5).toSafetensors();
    const gru = new nn.GRU(3, 4);
    const before = snapshot(gru);
    const e = catchTorchError(() => gru.loadSafetensors(bytes));
    assert.match(e.message, /^Error\(s\) in loading state_dict for GRU:\n\tsize mismatch for weight_ih_l0: copying a param with shape torch\.Size\(\[15, 3\]\) from checkpoint, the shape in current model is torch\.Size\(\[12, 3\]\)\./);
    assert.deepEqual(snapshot(gru), before);
  });
});

describe("nn.Embedding with nested-array indices", () => {
  it("gives the rows of the same indices as a tensor", () => {
    torch.manualSeed(3);
    const emb = new nn.Embedding(6, 2);
    const nested = [[5, 0], [2, 2]];
    assertBitIdentical(emb.forward(nested), emb.forward(torch.tensor(nested)), "lookup");
  });
  it("rejects a ragged array as torch.tensor does (it used to read the gap as index 0)", () => {
    const emb = new nn.Embedding(6, 2);
    const e = catchTorchError(() => emb.forward([[1, 2], [3]]));
    assert.equal(e.pytorchType, "ValueError");
    assert.equal(e.message, "expected sequence of length 2 at dim 1 (got 1)");
  });
});
