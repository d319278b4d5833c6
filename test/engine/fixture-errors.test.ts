// The PyTorch cases behind the analyzer fixtures (test/goldens/fixture-errors.json, written by
// tools/fixture-errors.py from real PyTorch 1.13.1), replayed through the engine: the same
// exception type and message (or, where PyTorch's text is an accident of Python, the engine's own
// wording recorded as engine_message), the same warnings, the same result shapes for the calls
// that PyTorch runs. The analyzer reports the engine's rule messages, so this is what makes the
// fixtures' expected messages PyTorch's.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, it } from "node:test";
import { fileURLToPath } from "node:url";
import { nn, setWarningHandler, torch, TorchError, type Tensor } from "../../engine";
import { resultShapes as shapesOf } from "../helpers/engine-calls";

type ModuleKind = "RNN" | "GRU" | "LSTM" | "RNNCell" | "GRUCell" | "LSTMCell";
type Shapes = { output: number[] | number; h_n?: number[]; c_n?: number[] | null };

interface BaseCase {
  readonly id: string;
  readonly expect: "error" | "warning" | "ok";
  readonly error_type: string | null;
  readonly message: string | null;
  readonly engine_message?: string;
  readonly warnings: readonly string[];
  readonly result_shapes: Shapes | null;
}

type FixtureCase =
  | (BaseCase & { kind: "module"; module: ModuleKind; config: Record<string, unknown>; input_shape: number[] | null; hx_shapes: number[][] | null; hx_form?: "tuple" | "tensor" })
  | (BaseCase & { kind: "linear"; in_features: number; out_features: number; input_shape: number[] | null })
  | (BaseCase & { kind: "op"; op: string; input_shape: number[]; args: number[] })
  | (BaseCase & { kind: "cat" | "stack"; shapes: number[][]; dim: number });

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const golden = JSON.parse(readFileSync(join(root, "test", "goldens", "fixture-errors.json"), "utf8")) as { cases: FixtureCase[] };

type AnyModule = { forward: (input: Tensor, hx?: unknown) => unknown; eval(): unknown };


/** One tensor op, as the engine's Tensor spells it. */
function applyOp(t: Tensor, op: string, args: readonly number[]): Tensor | number {
  const a = args[0] as number;
  const b = args[1] as number;
  switch (op) {
    case "view":
      return t.view(...args);
    case "reshape":
      return t.reshape(...args);
    case "permute":
      return t.permute(...args);
    case "transpose":
      return t.transpose(a, b);
    case "select":
      return t.select(a, b);
    case "size":
      return t.size(a);
    case "flatten":
      return t.flatten(...(args as [number, number]));
    case "unsqueeze":
      return t.unsqueeze(a);
    case "squeeze":
      return args.length > 0 ? t.squeeze(a) : t.squeeze();
    default:
      throw new Error(`fixture-errors: no engine form for op ${op}`);
  }
}

/** Runs a case through the engine: its result shapes (null for a constructor-only case). */
function run(c: FixtureCase): Shapes | null {
  switch (c.kind) {
    case "module": {
      const Ctor = nn[c.module] as unknown as new (config: Record<string, unknown>) => AnyModule;
      const m = new Ctor(c.config);
      if (c.input_shape === null) return null;
      m.eval();
      const input = torch.zeros(c.input_shape);
      if (c.hx_shapes === null) return shapesOf(c.module, m.forward(input));
      const states = c.hx_shapes.map((s) => torch.zeros(s));
      const form = c.hx_form ?? (c.module === "LSTM" || c.module === "LSTMCell" ? "tuple" : "tensor");
      const hx = form === "tuple" ? states : states[0];
      return shapesOf(c.module, m.forward(input, hx));
    }
    case "linear": {
      const m = new nn.Linear(c.in_features, c.out_features);
      return c.input_shape === null ? null : { output: m.forward(torch.zeros(c.input_shape)).shape };
    }
    case "op": {
      const r = applyOp(torch.zeros(c.input_shape), c.op, c.args);
      return { output: typeof r === "number" ? r : r.shape };
    }
    case "cat":
    case "stack": {
      const ts = c.shapes.map((s) => torch.zeros(s));
      return { output: (c.kind === "cat" ? torch.cat(ts, c.dim) : torch.stack(ts, c.dim)).shape };
    }
  }
}

describe("fixture error goldens (PyTorch 1.13.1) replayed through the engine", () => {
  it("has the cases the fixtures cite", () => {
    assert.ok(golden.cases.length > 0);
    assert.equal(new Set(golden.cases.map((c) => c.id)).size, golden.cases.length, "duplicate ids");
  });

  for (const c of golden.cases) {
    it(`${c.id} (${c.expect})`, () => {
      const warnings: string[] = [];
      const previous = setWarningHandler((w) => warnings.push(w));
      try {
        let result: Shapes | null = null;
        let error: unknown = null;
        try {
          result = run(c);
        } catch (e) {
          error = e;
        }
        if (c.error_type !== null) {
          assert.ok(error instanceof TorchError, `expected ${c.error_type}: ${c.message}, got ${error === null ? "no error" : String(error)}`);
          assert.equal(error.pytorchType, c.error_type, "exception type");
          assert.equal(error.message, c.engine_message ?? c.message);
        } else {
          assert.equal(error, null, `PyTorch runs this, the engine threw ${String(error)}`);
          if (c.result_shapes !== null) assert.deepEqual(result, c.result_shapes);
        }
        assert.deepEqual(warnings, c.warnings, "warnings");
      } finally {
        setWarningHandler(previous);
      }
    });
  }
});
