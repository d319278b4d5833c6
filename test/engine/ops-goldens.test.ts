// Replays test/goldens/ops-public.json (tools/torch-ops-goldens.py, PyTorch 1.13.1) through the
// engine: view ops, cat/stack, Linear, Embedding and the tensor factories. Values of ops that only
// move data must be exact; Linear within 1e-6. Errors: same exception type and message verbatim,
// raised by the same op of the sequence.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { nn, torch, Tensor, TorchError } from "../../engine";
import type { NestedArray, SizeArgs } from "../../engine/tensor";

// ---------------------------------------------------------------------------------------------
// The golden file

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

interface GoldenTensor {
  shape: number[];
  data: number[];
}

interface GoldenError {
  type: string;
  message: string;
  at?: number;
}

interface Op {
  op: string;
  args?: Json[];
}

interface InputSpec {
  shape: number[];
  start?: number;
  ops?: Op[];
}

interface OpCase {
  id: string;
  inputs: InputSpec[];
  ops: Op[];
  python: string;
  expected?: GoldenTensor;
  value?: Json;
  error?: GoldenError;
}

interface LinearCase {
  id: string;
  in_features: number;
  out_features: number;
  bias: boolean;
  weight: GoldenTensor;
  bias_data: GoldenTensor | null;
  input: GoldenTensor;
  expected?: GoldenTensor;
  error?: GoldenError;
}

interface EmbeddingCase {
  id: string;
  num_embeddings: number;
  embedding_dim: number;
  weight: GoldenTensor;
  indices: GoldenTensor;
  expected?: GoldenTensor;
  error?: GoldenError;
}

interface FactoryCase {
  id: string;
  call: "zeros" | "ones" | "full" | "tensor" | "randn" | "rand";
  args: Json[];
  expected?: GoldenTensor;
  error?: GoldenError;
}

interface OpsGoldens {
  meta: { generator: string; versions: Record<string, string>; conventions: Record<string, string> };
  ops: OpCase[];
  linear: LinearCase[];
  embedding: EmbeddingCase[];
  factories: FactoryCase[];
}

const goldens = JSON.parse(readFileSync(join(__dirname, "..", "goldens", "ops-public.json"), "utf8")) as OpsGoldens;

// ---------------------------------------------------------------------------------------------
// The interpreter: JSON op list -> engine calls (the same as `apply` in the generator)

/** What an op sequence holds between ops: a tensor, the list of inputs, or a final plain value. */
type Value = Tensor | Tensor[] | Json;

function num(v: Json | undefined, what: string): number {
  if (typeof v !== "number") throw new Error(`golden: ${what} is not a number: ${JSON.stringify(v)}`);
  return v;
}

/** `null` in the golden is an omitted Python slice bound. */
function optNum(v: Json | undefined, what: string): number | undefined {
  return v === null || v === undefined ? undefined : num(v, what);
}

/** Sizes spread as arguments, or one list argument (the list form). */
function sizeArgs(args: Json[]): SizeArgs {
  const first = args[0];
  if (args.length === 1 && Array.isArray(first)) return [first.map((v) => num(v, "size"))];
  return args.map((v) => num(v, "size"));
}

function arange(spec: { shape: number[]; start?: number }): Tensor {
  const n = spec.shape.reduce((a, b) => a * b, 1);
  const values = Float32Array.from({ length: n }, (_, i) => (spec.start ?? 0) + i);
  return torch.tensor(values, spec.shape);
}

function asTensor(v: Value, op: string): Tensor {
  if (v instanceof Tensor) return v;
  if (Array.isArray(v) && v.length === 1 && v[0] instanceof Tensor) return v[0];
  throw new Error(`golden: ${op} needs one tensor`);
}

function asTensorList(v: Value, op: string): Tensor[] {
  if (Array.isArray(v) && v.every((t): t is Tensor => t instanceof Tensor)) return v;
  throw new Error(`golden: ${op} needs the list of inputs`);
}

function apply(cur: Value, { op, args = [] }: Op): Value {
  if (op === "cat" || op === "stack") {
    const list = asTensorList(cur, op);
    const dim = optNum(args[0], "dim");
    return op === "cat" ? (dim === undefined ? torch.cat(list) : torch.cat(list, dim)) : dim === undefined ? torch.stack(list) : torch.stack(list, dim);
  }
  const t = asTensor(cur, op);
  const a = (i: number) => num(args[i], `${op} argument ${i}`);
  switch (op) {
    case "view":
      return t.view(...sizeArgs(args));
    case "reshape":
      return t.reshape(...sizeArgs(args));
    case "permute":
      return t.permute(...sizeArgs(args));
    case "transpose":
      return t.transpose(a(0), a(1));
    case "t":
      return t.t();
    case "unsqueeze":
      return t.unsqueeze(a(0));
    case "squeeze":
      return args.length === 0 ? t.squeeze() : t.squeeze(a(0));
    case "flatten":
      return t.flatten(...args.map((v, i) => num(v, `flatten argument ${i}`)));
    case "select":
      return t.select(a(0), a(1));
    case "slice":
      return t.slice(a(0), optNum(args[1], "start"), optNum(args[2], "end"), optNum(args[3], "step"));
    case "contiguous":
      return t.contiguous();
    case "stride":
      return t.strides;
    case "storage_offset":
      return t.offset;
    case "is_contiguous":
      return t.isContiguous();
    case "size":
      return t.size(a(0));
    case "item":
      return t.item();
    case "dim":
      return t.dim();
    case "numel":
      return t.numel();
    default:
      throw new Error(`golden: unknown op ${op}`);
  }
}

// ---------------------------------------------------------------------------------------------
// Comparisons

/** Same shape and exactly the same values (0 and -0 count as equal). */
function assertExact(actual: Tensor, expected: GoldenTensor, label: string): void {
  assert.deepEqual(actual.shape, expected.shape, `${label}: shape`);
  const a = actual.data;
  assert.equal(a.length, expected.data.length, `${label}: number of values`);
  for (let i = 0; i < a.length; i++) {
    const x = a[i] as number;
    const y = expected.data[i] as number;
    if (!(x === y || (Number.isNaN(x) && Number.isNaN(y)))) {
      assert.fail(`${label}: value at flat index ${i} is ${x}, PyTorch gives ${y}`);
    }
  }
}

function assertClose(actual: Tensor, expected: GoldenTensor, tol: number, label: string): void {
  assert.deepEqual(actual.shape, expected.shape, `${label}: shape`);
  const a = actual.data;
  assert.equal(a.length, expected.data.length, `${label}: number of values`);
  for (let i = 0; i < a.length; i++) {
    const d = Math.abs((a[i] as number) - (expected.data[i] as number));
    assert.ok(d <= tol, `${label}: |diff| ${d} at flat index ${i} exceeds ${tol}`);
  }
}

/** `e` is the engine's TorchError for PyTorch's exception: same class name, same message. */
function assertTorchError(e: unknown, expected: GoldenError, label: string): void {
  assert.ok(e instanceof TorchError, `${label}: expected ${expected.type}: ${expected.message}, got ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}`);
  assert.equal(e.message, expected.message, `${label}: message`);
  assert.equal(e.pytorchType, expected.type, `${label}: exception type`);
}

function noError(e: GoldenError | undefined): asserts e is undefined {
  if (e) assert.fail(`PyTorch raised ${e.type}: ${e.message}, the engine did not`);
}

// ---------------------------------------------------------------------------------------------

describe("ops goldens (PyTorch 1.13.1)", () => {
  it("the golden file is the one the generator describes", () => {
    assert.equal(goldens.meta.generator, "tools/torch-ops-goldens.py");
    assert.match(goldens.meta.versions["torch.__version__"] ?? "", /^1\.13\./);
    assert.ok(goldens.ops.length > 200, "ops cases");
  });

  describe("tensor ops", () => {
    for (const c of goldens.ops) {
      it(`${c.id}: ${c.python}`, () => {
        const inputs = c.inputs.map((spec) => {
          let t: Value = arange(spec);
          for (const o of spec.ops ?? []) t = apply(t, o);
          return asTensor(t, "input");
        });
        let cur: Value = inputs;
        for (let i = 0; i < c.ops.length; i++) {
          const o = c.ops[i] as Op;
          try {
            cur = apply(cur, o);
          } catch (e) {
            if (!c.error) throw e;
            assertTorchError(e, c.error, c.id);
            assert.equal(i, c.error.at, `${c.id}: the error came from op ${i} (${o.op}), PyTorch's from op ${c.error.at}`);
            return;
          }
        }
        noError(c.error);
        if (c.expected) {
          assertExact(asTensor(cur, "result"), c.expected, c.id);
        } else {
          assert.ok(!(cur instanceof Tensor), `${c.id}: expected a plain value, got a tensor`);
          assert.deepEqual(cur, c.value, `${c.id}: value`);
        }
      });
    }
  });

  describe("nn.Linear", () => {
    for (const c of goldens.linear) {
      it(c.id, () => {
        const lin = new nn.Linear(c.in_features, c.out_features, { bias: c.bias });
        lin.loadStateDict(c.bias_data ? { weight: c.weight, bias: c.bias_data } : { weight: c.weight });
        const input = torch.tensor(c.input.data, c.input.shape);
        let out: Tensor;
        try {
          out = lin.forward(input);
        } catch (e) {
          if (!c.error) throw e;
          assertTorchError(e, c.error, c.id);
          return;
        }
        noError(c.error);
        assertClose(out, c.expected as GoldenTensor, 1e-6, c.id);
      });
    }
  });

  describe("nn.Embedding", () => {
    for (const c of goldens.embedding) {
      const run = (indices: Tensor | NestedArray, label: string) => {
        const emb = new nn.Embedding(c.num_embeddings, c.embedding_dim);
        emb.loadStateDict({ weight: c.weight });
        let out: Tensor;
        try {
          out = emb.forward(indices);
        } catch (e) {
          if (!c.error) throw e;
          assertTorchError(e, c.error, label);
          return;
        }
        noError(c.error);
        assertExact(out, c.expected as GoldenTensor, label);
      };
      it(`${c.id} (indices as a tensor)`, () => run(torch.tensor(c.indices.data, c.indices.shape), c.id));
      it(`${c.id} (indices as nested arrays)`, () => run(torch.tensor(c.indices.data, c.indices.shape).toArray(), c.id));
    }
  });

  describe("factories", () => {
    for (const c of goldens.factories) {
      it(c.id, () => {
        let out: Tensor;
        try {
          switch (c.call) {
            case "zeros":
              out = torch.zeros(...sizeArgs(c.args));
              break;
            case "ones":
              out = torch.ones(...sizeArgs(c.args));
              break;
            case "randn":
              out = torch.randn(...sizeArgs(c.args));
              break;
            case "rand":
              out = torch.rand(...sizeArgs(c.args));
              break;
            case "full": {
              const sizes = c.args[0];
              assert.ok(Array.isArray(sizes), "full(sizes, value)");
              out = torch.full(sizes.map((v) => num(v, "size")), num(c.args[1], "fill value"));
              break;
            }
            case "tensor":
              out = torch.tensor(c.args[0] as NestedArray);
              break;
          }
        } catch (e) {
          if (!c.error) throw e;
          assertTorchError(e, c.error, c.id);
          return;
        }
        noError(c.error);
        assertExact(out, c.expected as GoldenTensor, c.id);
      });
    }
  });
});
