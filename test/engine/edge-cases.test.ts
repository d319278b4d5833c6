// Edge cases at the engine's JavaScript boundary: values Python cannot express (fractional sizes
// reaching int arguments, BigInt sizes), storage the runtime cannot allocate, hostile safetensors
// headers, and detach()/clone(). Each gives PyTorch's error (a TorchError), never a RangeError or
// a TypeError of JavaScript's own.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { AllocationError, FormatError, nn, torch, Tensor } from "../../engine";
import { writeSafetensors } from "../../engine/io/safetensors";
import { catchTorchError } from "../helpers/engine-calls";

/** `sizes` as given from JavaScript, where the static types would forbid them. */
const loose = <T>(v: unknown): T => v as T;

describe("fractional sizes are PyTorch's TypeError", () => {
  const cases: [string, () => unknown, string][] = [
    ["view, second size", () => torch.zeros(2, 3).view(3, 2.5), "view(): argument 'size' must be tuple of SymInts, but found element of type float at pos 2"],
    // 1.5 * 4 = 6 elements: the shape check alone would accept it.
    ["view, sizes whose product is the numel", () => torch.zeros(2, 3).view(1.5, 4), "view(): argument 'size' must be tuple of SymInts, but found element of type float at pos 1"],
    ["view, one array", () => torch.zeros(2, 3).view([2, 3.5]), "view(): argument 'size' must be tuple of SymInts, but found element of type float at pos 2"],
    ["reshape", () => torch.zeros(2, 3).reshape([3, 2.5]), "reshape(): argument 'shape' must be tuple of SymInts, but found element of type float at pos 2"],
    ["select, index", () => torch.zeros(2, 3).select(0, 0.5), "select(): argument 'index' (position 2) must be int, not float"],
    ["select, dim", () => torch.zeros(2, 3).select(0.5, 0), "select(): argument 'dim' (position 1) must be int, not float"],
    ["zeros", () => torch.zeros(2, 2.5), "zeros(): argument 'size' must be tuple of SymInts, but found element of type float at pos 2"],
    ["randn", () => torch.randn([4, 0.5]), "randn(): argument 'size' must be tuple of SymInts, but found element of type float at pos 2"],
    ["ones, a string", () => torch.ones(2, loose<number>("3")), "ones(): argument 'size' must be tuple of SymInts, but found element of type str at pos 2"],
  ];
  for (const [name, call, message] of cases) {
    it(name, () => {
      const e = catchTorchError(call);
      assert.equal(e.pytorchType, "TypeError");
      assert.equal(e.message, message);
    });
  }
});

describe("BigInt sizes are the ints they hold", () => {
  it("factories, view, reshape and select take them", () => {
    const t = torch.zeros(loose<number>(2n), 3);
    assert.deepEqual(t.shape, [2, 3]);
    assert.deepEqual(t.view(loose<number>(6n)).shape, [6]);
    assert.deepEqual(t.reshape([loose<number>(3n), 2]).shape, [3, 2]);
    assert.deepEqual(t.select(loose<number>(1n), loose<number>(-1n)).shape, [2]);
  });

  it("module constructors take them", () => {
    const lstm = new nn.LSTM(loose<number>(4n), loose<number>(5n));
    const [out] = lstm.forward(torch.randn(2, 1, 4));
    assert.deepEqual(out.shape, [2, 1, 5]);
    assert.deepEqual(new nn.Linear(loose<number>(4n), 3).weight.shape, [3, 4]);
    assert.deepEqual(new nn.Embedding(loose<number>(7n), loose<number>(2n)).weight.shape, [7, 2]);
  });

  it("one beyond what a double holds exactly is Python's overflow error", () => {
    const e = catchTorchError(() => torch.zeros(loose<number>(2n ** 63n)));
    assert.equal(e.pytorchType, "RuntimeError");
    assert.equal(e.message, "Overflow when unpacking long");
  });
});

describe("storage the runtime cannot allocate is PyTorch's allocator error", () => {
  const message = (bytes: number) => `[enforce fail at alloc_cpu.cpp:75] err == 0. DefaultCPUAllocator: can't allocate memory: you tried to allocate ${bytes} bytes. Error code 12 (Cannot allocate memory)`;
  const cases: [string, () => unknown, number][] = [
    ["torch.zeros", () => torch.zeros(100_000, 100_000), 40_000_000_000],
    ["torch.randn", () => torch.randn(1_000_000, 1_000_000), 4_000_000_000_000],
    ["nn.Linear's weight", () => new nn.Linear(100_000, 100_000), 40_000_000_000],
    ["nn.Embedding's weight", () => new nn.Embedding(1_000_000, 10_000), 40_000_000_000],
    ["nn.GRU's weight_ih_l0", () => new nn.GRU(1_000_000, 10_000), 120_000_000_000],
  ];
  for (const [name, call, bytes] of cases) {
    it(name, () => {
      const e = catchTorchError(call);
      assert.ok(e instanceof AllocationError);
      assert.equal(e.pytorchType, "RuntimeError");
      assert.equal(e.message, message(bytes));
    });
  }
});

/** The bytes of a safetensors file with this header text and no data. */
function fileWithHeader(json: string): Uint8Array {
  const header = new TextEncoder().encode(json);
  const out = new Uint8Array(8 + header.length);
  new DataView(out.buffer).setUint32(0, header.length, true);
  out.set(header, 8);
  return out;
}

describe("safetensors edge cases", () => {
  it("a tensor named __proto__ is a tensor like any other", () => {
    const bytes = writeSafetensors([
      ["__proto__", { shape: [2], data: new Float32Array([1, 2]) }],
      ["constructor", { shape: [1], data: new Float32Array([3]) }],
    ]);
    const loaded = torch.loadSafetensors(bytes);
    assert.deepEqual(Object.keys(loaded).sort(), ["__proto__", "constructor"]);
    const proto = Object.getOwnPropertyDescriptor(loaded, "__proto__")?.value as unknown;
    assert.ok(proto instanceof Tensor);
    assert.deepEqual(Array.from(proto.data), [1, 2]);
    assert.ok(!(loaded instanceof Tensor), "the result's prototype was not replaced");
  });

  for (const depth of [129, 100_000]) {
    it(`a header nested ${depth} levels deep is a FormatError`, () => {
      const bytes = fileWithHeader(`{"a":{"dtype":"F32","shape":${"[".repeat(depth)}${"]".repeat(depth)},"data_offsets":[0,0]}}`);
      const e = catchTorchError(() => torch.loadSafetensors(bytes));
      assert.ok(e instanceof FormatError, `got ${e.name}: ${e.message}`);
      assert.equal(e.message, "safetensors: header nests arrays and objects deeper than 128 levels");
    });
  }

  it("a header nested as deep as the limit is read (and rejected only for what it holds)", () => {
    const bytes = fileWithHeader(`{"a":{"dtype":"F32","shape":[],"data_offsets":[0,4]},"__metadata__":{"k":"${"[".repeat(500)}"}}`);
    const e = catchTorchError(() => torch.loadSafetensors(bytes));
    assert.ok(e instanceof FormatError);
    assert.match(e.message, /lie outside the data region/, "brackets inside strings do not count");
  });
});

describe("Tensor.detach() and Tensor.clone()", () => {
  it("detach shares the storage, shape, strides and offset", () => {
    const base = torch.randn(3, 4);
    const view = base.transpose(0, 1).select(1, 1);
    const d = view.detach();
    assert.ok(d instanceof Tensor);
    assert.equal(d.storage, base.storage);
    assert.deepEqual([d.shape, d.strides, d.offset], [view.shape, view.strides, view.offset]);
    base.storage[view.offset] = 42;
    assert.equal(d.data[0], 42, "a write through the original shows in the detached tensor");
  });

  it("clone is a contiguous copy with its own storage", () => {
    const base = torch.tensor([[1, 2, 3], [4, 5, 6]]);
    const c = base.t().clone();
    assert.notEqual(c.storage, base.storage);
    assert.ok(c.isContiguous());
    assert.deepEqual(c.toArray(), [[1, 4], [2, 5], [3, 6]]);
    base.storage[0] = 9;
    assert.equal(c.data[0], 1, "a write to the original does not reach the clone");
  });

  it("a forward's outputs can be detached and cloned", () => {
    const [out, [h]] = new nn.LSTM(3, 2).forward(torch.randn(4, 1, 3));
    assert.deepEqual(out.detach().shape, [4, 1, 2]);
    assert.deepEqual(Array.from(h.clone().data), Array.from(h.data));
  });
});
