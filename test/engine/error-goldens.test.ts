// Every error case PyTorch 1.13.1 raised: same exception type, message verbatim — except the
// checks where PyTorch's text is an accident of Python (docs/architecture.md#the-engine-api), where the engine's message
// must name the argument and the value instead. Every valid-but-surprising call runs and gives
// PyTorch's shapes.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { nn, setWarningHandler, torch, type Tensor } from "../../engine";
import { errorGoldens, type ErrorCase, type ModuleKind } from "../helpers/goldens";
import { catchTorchError as catchError, resultShapes as shapesOf } from "../helpers/engine-calls";

/** Checks whose PyTorch message is an accident of Python: the argument at fault for each. */
const CLEAR_MESSAGE_CHECKS: Record<string, (c: ErrorCase) => { arg: string; value: string }> = {
  ctor_non_int_size: (c) => badSize(c, (v) => typeof v !== "number" || !Number.isInteger(v)),
  ctor_negative_size: (c) => badSize(c, (v) => typeof v === "number" && v < 0),
  ctor_hidden_size_nonpositive: (c) => ({ arg: "hidden_size", value: String(c.config["hidden_size"]) }),
  ctor_num_layers_nonpositive: (c) => ({ arg: "num_layers", value: String(c.config["num_layers"]) }),
  ctor_unexpected_kwarg: (c) => {
    const known = new Set(["input_size", "hidden_size", "num_layers", "bias", "batch_first", "dropout", "bidirectional", "proj_size"]);
    const key = Object.keys(c.config).find((k) => !known.has(k)) as string;
    return { arg: key, value: String(c.config[key]) };
  },
  input_rank_0d: () => ({ arg: "input", value: "0-D" }),
};

function badSize(c: ErrorCase, bad: (v: unknown) => boolean): { arg: string; value: string } {
  for (const k of ["num_layers", "hidden_size", "input_size"]) {
    if (k in c.config && bad(c.config[k])) return { arg: k, value: String(c.config[k]) };
  }
  throw new Error(`no bad size in ${c.id}`);
}

type AnyModule = { forward: (input: Tensor, hx?: unknown) => unknown; eval(): unknown };

export function construct(kind: ModuleKind, config: Record<string, unknown>): AnyModule {
  const Ctor = nn[kind] as unknown as new (config: Record<string, unknown>) => AnyModule;
  return new Ctor(config);
}

/** The forward call the goldens describe: zeros input, zeros hx (a pair for LSTM/LSTMCell). */
export function forwardZeros(m: AnyModule, kind: ModuleKind, inputShape: number[], hxShapes: number[][] | null): unknown {
  const input = torch.zeros(inputShape);
  if (hxShapes === null) return m.forward(input);
  const states = hxShapes.map((s) => torch.zeros(s));
  const hx = kind === "LSTM" || kind === "LSTMCell" ? states : states[0];
  return m.forward(input, hx);
}



const goldens = errorGoldens();
// Constructor warnings are asserted below; keep them out of the test output.
setWarningHandler(() => {});

describe("error goldens (PyTorch 1.13.1)", () => {
  for (const c of goldens.cases) {
    it(`${c.id} [${c.check}]`, () => {
      const err =
        c.phase === "constructor"
          ? catchError(() => construct(c.module, c.config))
          : catchError(() => forwardZeros(construct(c.module, c.config), c.module, c.input_shape ?? [], c.hx_shapes));
      assert.equal(err.pytorchType, c.error_type, "exception type");
      const clear = CLEAR_MESSAGE_CHECKS[c.check];
      if (clear) {
        const { arg, value } = clear(c);
        assert.ok(err.message.includes(arg), `message "${err.message}" should name ${arg}`);
        assert.ok(err.message.includes(value), `message "${err.message}" should name the value ${value}`);
      } else {
        assert.equal(err.message, c.message);
      }
    });
  }
});

describe("valid but surprising calls (PyTorch 1.13.1 runs them)", () => {
  for (const c of goldens.valid_surprising) {
    it(c.id, () => {
      const warnings: string[] = [];
      const previous = setWarningHandler((w) => warnings.push(w));
      try {
        const m = construct(c.module, c.config);
        assert.deepEqual(warnings.map((w) => `UserWarning: ${w}`), c.warnings);
        if (c.input_shape === null || c.result_shapes === null) return;
        m.eval();
        const result = forwardZeros(m, c.module, c.input_shape, c.hx_shapes);
        assert.deepEqual(shapesOf(c.module, result), c.result_shapes);
      } finally {
        setWarningHandler(previous);
      }
    });
  }
});

/** The exotic calls, written as a TypeScript user would write them. */
const EXOTIC_CALLS: Record<string, (() => unknown) | null> = {
  "exotic-public-000-lstm-hx-single-tensor": () => new nn.LSTM(4, 5).forward(torch.zeros(3, 2, 4), torch.zeros(1, 2, 5)),
  "exotic-public-001-lstm-hx-single-tensor-2": () => new nn.LSTM(4, 5).forward(torch.zeros(3, 2, 4), torch.zeros(2, 2, 5)),
  "exotic-public-002-lstm-hx-1-tuple": () => new nn.LSTM(4, 5).forward(torch.zeros(3, 2, 4), [torch.zeros(1, 2, 5)]),
  "exotic-public-003-lstm-hx-3-tuple": () => new nn.LSTM(4, 5).forward(torch.zeros(3, 2, 4), [torch.zeros(1, 2, 5), torch.zeros(1, 2, 5), torch.zeros(1, 2, 5)]),
  "exotic-public-004-rnn-hx-tuple": () => (new nn.RNN(4, 5).forward as (i: Tensor, h: unknown) => unknown)(torch.zeros(3, 2, 4), [torch.zeros(1, 2, 5)]),
  "exotic-public-005-rnn-bias-int": () => new nn.RNN(4, 5, { bias: 0 as unknown as boolean }).forward(torch.zeros(3, 2, 4)),
  "exotic-public-006-rnn-bidirectional-int": () => new nn.RNN(4, 5, { bidirectional: 1 as unknown as boolean }).forward(torch.zeros(3, 2, 4)),
  // float64 tensors do not exist in the engine (everything is float32): not expressible.
  "exotic-public-007-rnn-float64-input": null,
  "exotic-public-008-rnn-dropout-bad-string": () => new nn.RNN(4, 5, { dropout: "abc" as unknown as number }),
  "exotic-public-009-rnn-dropout-none": () => new nn.RNN(4, 5, { dropout: null as unknown as number }),
  "exotic-public-010-rnn-input-size-string": () => new nn.RNN("4" as unknown as number, 5),
  "exotic-public-011-lstmcell-hx-single-tensor": () => new nn.LSTMCell(4, 5).forward(torch.zeros(2, 4), torch.zeros(2, 5)),
};

describe("exotic error goldens", () => {
  for (const c of goldens.exotic_errors) {
    const call = EXOTIC_CALLS[c.id];
    assert.ok(call !== undefined, `no TypeScript form for ${c.id}`);
    if (call === null) continue;
    it(`${c.id}: ${c.call}`, () => {
      const err = catchError(call);
      assert.equal(err.pytorchType, c.error_type);
      if (c.id === "exotic-public-010-rnn-input-size-string") {
        // PyTorch's text comes from torch.empty's argument parser: name the argument instead.
        assert.match(err.message, /input_size/);
        assert.match(err.message, /'4'/);
      } else {
        assert.equal(err.message, c.message);
      }
    });
  }
});
