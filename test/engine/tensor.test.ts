// Table-driven unit tests of Tensor and the factories, for what the PyTorch goldens
// (ops-goldens.test.ts) do not reach: memory sharing of `data`, `toArray` nesting, the ways
// `torch.tensor` takes values, size()/item() and the size arguments of the factories. Error
// messages quoted here are PyTorch 1.13.1's (also in test/goldens/ops-public.json, "factories").
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { torch, Tensor, TorchError } from "../../engine";
import type { NestedArray } from "../../engine/tensor";
import { catchTorchError } from "../helpers/engine-calls";

/** 0, 1, 2, ... in the given shape (a fresh, whole, contiguous tensor). */
function arange(...shape: number[]): Tensor {
  const n = shape.reduce((a, b) => a * b, 1);
  return torch.tensor(Float32Array.from({ length: n }, (_, i) => i), shape);
}


function flat(v: NestedArray): number[] {
  return Array.isArray(v) ? v.flatMap(flat) : [v];
}

describe("Tensor.data", () => {
  // [name, view of a fresh arange(2, 3, 4), whether `data` is the storage itself]
  const cases: [string, (t: Tensor) => Tensor, boolean][] = [
    ["the tensor itself", (t) => t, true],
    ["view of the whole tensor", (t) => t.view(6, 4), true],
    ["reshape (a view) of the whole tensor", (t) => t.reshape(-1), true],
    ["flatten", (t) => t.flatten(), true],
    ["unsqueeze", (t) => t.unsqueeze(1), true],
    ["contiguous() of a contiguous tensor", (t) => t.contiguous(), true],
    ["a full slice", (t) => t.slice(1), true],
    ["transpose of two size-1 dims", (t) => t.view(1, 24, 1).transpose(0, 2), true],
    ["select(0, 0): contiguous but not all of the storage", (t) => t.select(0, 0), false],
    ["select(0, 1): at an offset", (t) => t.select(0, 1), false],
    ["select on an inner dim", (t) => t.select(2, 3), false],
    ["slice of rows", (t) => t.slice(1, 1), false],
    ["slice with a step", (t) => t.slice(2, undefined, undefined, 2), false],
    ["transpose", (t) => t.transpose(0, 1), false],
    ["permute", (t) => t.permute(2, 0, 1), false],
    ["view of a select (offset kept)", (t) => t.select(0, 1).view(-1), false],
    ["permute then compatible view", (t) => t.permute(2, 0, 1).view(4, 6), false],
    ["an empty slice", (t) => t.slice(0, 2), false],
  ];
  for (const [name, make, shares] of cases) {
    it(`${name}: ${shares ? "shares the storage" : "is a copy"}`, () => {
      const base = arange(2, 3, 4);
      const t = make(base);
      const d = t.data;
      assert.deepEqual(Array.from(d), flat(t.toArray()), "row-major values");
      assert.equal(d.length, t.numel());
      if (shares) {
        assert.equal(d, base.storage, "data is the storage");
        if (d.length > 0) {
          d[0] = -1;
          assert.equal(base.storage[0], -1, "writes go through");
        }
      } else {
        assert.notEqual(d, base.storage, "data is a copy");
        const before = Array.from(base.storage);
        d.fill(-7);
        assert.deepEqual(Array.from(base.storage), before, "writing the copy leaves the tensor alone");
        assert.notEqual(t.data, d, "each call copies afresh");
      }
    });
  }

  it("views share memory with the tensor they come from", () => {
    const t = arange(2, 3);
    const v = t.t().select(1, 1); // [3, 4, 5]
    t.data[4] = 40;
    assert.deepEqual(v.toArray(), [3, 40, 5]);
    const r = t.reshape(3, 2);
    t.data[0] = 9;
    assert.equal(r.data[0], 9);
  });

  it("copyData() always copies", () => {
    const t = arange(4);
    const c = t.copyData();
    assert.notEqual(c, t.storage);
    assert.deepEqual(Array.from(c), [0, 1, 2, 3]);
  });

  it("contiguous() of a non-contiguous view is a fresh whole tensor", () => {
    const t = arange(2, 3).t();
    const c = t.contiguous();
    assert.notEqual(c.storage, t.storage);
    assert.equal(c.offset, 0);
    assert.deepEqual(c.strides, [2, 1]);
    assert.equal(c.data, c.storage);
    assert.deepEqual(c.toArray(), [[0, 3], [1, 4], [2, 5]]);
  });
});

describe("Tensor.toArray", () => {
  const cases: [string, () => Tensor, NestedArray][] = [
    ["0-d", () => torch.tensor(7), 7],
    ["1-D", () => arange(3), [0, 1, 2]],
    ["2-D", () => arange(2, 3), [[0, 1, 2], [3, 4, 5]]],
    ["3-D with a size-1 dim", () => arange(2, 1, 2), [[[0, 1]], [[2, 3]]]],
    ["[1]", () => arange(1), [0]],
    ["[0]", () => arange(0), []],
    ["[2, 0]", () => arange(2, 0), [[], []]],
    ["[0, 3]", () => arange(0, 3), []],
    ["[1, 2, 0]", () => arange(1, 2, 0), [[[], []]]],
    ["transposed", () => arange(2, 3).t(), [[0, 3], [1, 4], [2, 5]]],
    ["select of a permuted view", () => arange(2, 3, 4).permute(2, 0, 1).select(1, 1), [[12, 16, 20], [13, 17, 21], [14, 18, 22], [15, 19, 23]]],
    ["0-d from select", () => arange(2, 3).select(0, 1).select(0, 2), 5],
  ];
  for (const [name, make, expected] of cases) {
    it(name, () => {
      const t = make();
      assert.deepEqual(t.toArray(), expected);
      // and back: torch.tensor gives the same shape and values (except [0, 3]-like shapes, whose
      // nested form cannot say the inner sizes)
      if (!t.shape.slice(0, -1).includes(0)) {
        const back = torch.tensor(t.toArray());
        assert.deepEqual(back.shape, t.shape);
        assert.deepEqual(Array.from(back.data), Array.from(t.data));
      }
    });
  }
});

describe("torch.tensor", () => {
  describe("from nested arrays", () => {
    const cases: [string, NestedArray, number[], number[]][] = [
      ["a number", 2.5, [], [2.5]],
      ["1-D", [1, 2, 3], [3], [1, 2, 3]],
      ["2-D", [[1, 2], [3, 4], [5, 6]], [3, 2], [1, 2, 3, 4, 5, 6]],
      ["3-D", [[[1, 2]], [[3, 4]]], [2, 1, 2], [1, 2, 3, 4]],
      ["empty", [], [0], []],
      ["empty rows", [[], []], [2, 0], []],
      ["float32 rounding", [0.1, 1e40, -1e-50], [3], [Math.fround(0.1), Infinity, -0]],
    ];
    for (const [name, values, shape, data] of cases) {
      it(name, () => {
        const t = torch.tensor(values);
        assert.deepEqual(t.shape, shape);
        assert.deepEqual(Array.from(t.data), data);
      });
    }

    it("copies the values", () => {
      const values = [[1, 2], [3, 4]];
      const t = torch.tensor(values);
      (values[0] as number[])[0] = 100;
      assert.deepEqual(t.toArray(), [[1, 2], [3, 4]]);
    });

    // Ragged arrays: PyTorch's exception type and message.
    const ragged: [string, NestedArray, string, string][] = [
      ["a short row", [[1, 2], [3]], "ValueError", "expected sequence of length 2 at dim 1 (got 1)"],
      ["a long row", [[1], [2, 3]], "ValueError", "expected sequence of length 1 at dim 1 (got 2)"],
      ["a deeper mismatch", [[[1], [2]], [[3], [4, 5]]], "ValueError", "expected sequence of length 1 at dim 2 (got 2)"],
      ["an empty row after a full one", [[1], []], "ValueError", "expected sequence of length 1 at dim 1 (got 0)"],
      ["a number where a row belongs", [[1, 2], 3], "TypeError", "not a sequence"],
      ["a row where a number belongs", [1, [2]], "TypeError", "must be real number, not list"],
    ];
    for (const [name, values, type, message] of ragged) {
      it(`ragged: ${name} throws ${type}`, () => {
        const e = catchTorchError(() => torch.tensor(values));
        assert.equal(e.pytorchType, type);
        assert.equal(e.message, message);
      });
    }
  });

  describe("from a flat array and a shape", () => {
    const cases: [string, ArrayLike<number>, number[], NestedArray][] = [
      ["2-D", [1, 2, 3, 4, 5, 6], [2, 3], [[1, 2, 3], [4, 5, 6]]],
      ["3-D", [1, 2, 3, 4], [2, 1, 2], [[[1, 2]], [[3, 4]]]],
      ["0-d", [5], [], 5],
      ["empty", [], [0, 3], []],
      ["a Float32Array", Float32Array.of(1, 2, 3, 4), [4, 1], [[1], [2], [3], [4]]],
      ["a Float64Array", Float64Array.of(0.5, 1.5), [2], [0.5, 1.5]],
    ];
    for (const [name, values, shape, expected] of cases) {
      it(name, () => {
        const t = torch.tensor(values, shape);
        assert.deepEqual(t.shape, shape);
        assert.deepEqual(t.toArray(), expected);
      });
    }

    const mismatches: [string, number[], number[]][] = [
      ["too few values", [1, 2, 3], [2, 2]],
      ["too many values", [1, 2, 3, 4, 5], [2, 2]],
      ["values for an empty shape", [1], [0, 2]],
      ["no value for a 0-d tensor", [], []],
    ];
    for (const [name, values, shape] of mismatches) {
      it(`${name}: ValueError`, () => {
        const e = catchTorchError(() => torch.tensor(values, shape));
        assert.equal(e.pytorchType, "ValueError");
        assert.match(e.message, new RegExp(`${values.length} values do not fill shape \\[${shape.join(", ")}\\]`));
      });
    }

    it("a negative size with matching count: PyTorch's negative-dimension error", () => {
      // Four values "fill" [-2, -2] by count; the shape is still invalid.
      const e = catchTorchError(() => torch.tensor([1, 2, 3, 4], [-2, -2]));
      assert.equal(e.pytorchType, "RuntimeError");
      assert.equal(e.message, "Trying to create tensor with negative dimension -2: [-2, -2]");
    });
  });

  describe("from a Float32Array", () => {
    it("without a shape: 1-D, values copied", () => {
      const src = Float32Array.of(1, 2, 3);
      const t = torch.tensor(src);
      assert.deepEqual(t.shape, [3]);
      assert.notEqual(t.storage, src);
      src[0] = 100;
      assert.deepEqual(t.toArray(), [1, 2, 3]);
    });
    it("with a shape: values copied", () => {
      const src = Float32Array.of(1, 2, 3, 4);
      const t = torch.tensor(src, [2, 2]);
      src[3] = 100;
      assert.deepEqual(t.toArray(), [[1, 2], [3, 4]]);
    });
    it("empty", () => {
      assert.deepEqual(torch.tensor(new Float32Array(0)).shape, [0]);
    });
  });
});

describe("Tensor.size / shape / dim / numel", () => {
  const t = arange(2, 3, 4);
  const cases: [number, number][] = [
    [0, 2],
    [1, 3],
    [2, 4],
    [-1, 4],
    [-2, 3],
    [-3, 2],
  ];
  for (const [dim, size] of cases) {
    it(`size(${dim}) of [2, 3, 4] is ${size}`, () => assert.equal(t.size(dim), size));
  }
  it("size() and shape are fresh arrays", () => {
    const s = t.size();
    s[0] = 99;
    const sh = t.shape;
    sh[1] = 99;
    assert.deepEqual(t.shape, [2, 3, 4]);
    assert.deepEqual(t.size(), [2, 3, 4]);
  });
  const errors: [string, Tensor, number, string][] = [
    ["past the end", t, 3, "Dimension out of range (expected to be in range of [-3, 2], but got 3)"],
    ["before the start", t, -4, "Dimension out of range (expected to be in range of [-3, 2], but got -4)"],
    ["of a 0-d tensor", torch.tensor(1), 0, "Dimension specified as 0 but tensor has no dimensions"],
    ["-1 of a 0-d tensor", torch.tensor(1), -1, "Dimension specified as -1 but tensor has no dimensions"],
  ];
  for (const [name, x, dim, message] of errors) {
    it(`size(${dim}) ${name}: IndexError`, () => {
      const e = catchTorchError(() => x.size(dim));
      assert.equal(e.pytorchType, "IndexError");
      assert.equal(e.message, message);
    });
  }
  const counts: [number[], number, number][] = [
    [[], 0, 1],
    [[0], 1, 0],
    [[2, 0, 3], 3, 0],
    [[2, 3, 4], 3, 24],
  ];
  for (const [shape, dim, numel] of counts) {
    it(`[${shape.join(", ")}]: dim() ${dim}, numel() ${numel}`, () => {
      const x = torch.zeros(shape);
      assert.equal(x.dim(), dim);
      assert.equal(x.numel(), numel);
    });
  }
});

describe("Tensor.item", () => {
  const cases: [string, () => Tensor, number][] = [
    ["0-d", () => torch.tensor(3.5), 3.5],
    ["[1, 1, 1]", () => torch.full([1, 1, 1], -2), -2],
    ["a one-element view at an offset", () => arange(3, 4).t().select(0, 2).slice(0, 1, 2), 6],
    ["a 0-d select", () => arange(2, 3).select(1, 2).select(0, 1), 5],
    ["float32 rounding", () => torch.tensor([0.1]), Math.fround(0.1)],
  ];
  for (const [name, make, value] of cases) {
    it(name, () => assert.equal(make().item(), value));
  }
  const bad: [string, () => Tensor][] = [
    ["two elements", () => arange(2)],
    ["no element", () => arange(0)],
    ["a [2, 3] tensor", () => arange(2, 3)],
  ];
  for (const [name, make] of bad) {
    it(`${name}: ValueError`, () => {
      const e = catchTorchError(() => make().item());
      assert.equal(e.pytorchType, "ValueError");
      assert.equal(e.message, "only one element tensors can be converted to Python scalars");
    });
  }
});

describe("torch.zeros / ones / full: sizes", () => {
  const cases: [string, () => Tensor, number[], number][] = [
    ["zeros(2, 3)", () => torch.zeros(2, 3), [2, 3], 0],
    ["zeros([2, 3])", () => torch.zeros([2, 3]), [2, 3], 0],
    ["zeros(4)", () => torch.zeros(4), [4], 0],
    ["zeros([])", () => torch.zeros([]), [], 0],
    ["zeros(0, 2)", () => torch.zeros(0, 2), [0, 2], 0],
    ["ones(2, 1, 2)", () => torch.ones(2, 1, 2), [2, 1, 2], 1],
    ["ones([3])", () => torch.ones([3]), [3], 1],
    ["ones([])", () => torch.ones([]), [], 1],
    ["full([2, 2], 1.5)", () => torch.full([2, 2], 1.5), [2, 2], 1.5],
    ["full([], -3)", () => torch.full([], -3), [], -3],
    ["full([0], 7)", () => torch.full([0], 7), [0], 7],
  ];
  for (const [name, make, shape, value] of cases) {
    it(name, () => {
      const t = make();
      assert.deepEqual(t.shape, shape);
      assert.equal(t.storage.length, t.numel(), "a fresh storage of exactly numel values");
      assert.ok(t.data.every((v) => v === value), `every value is ${value}`);
    });
  }

  it("the array argument is not kept", () => {
    const sizes = [2, 3];
    const t = torch.zeros(sizes);
    sizes[0] = 5;
    assert.deepEqual(t.shape, [2, 3]);
  });

  const negative: [string, () => Tensor, string][] = [
    ["zeros(-1, 2)", () => torch.zeros(-1, 2), "[-1, 2]"],
    ["zeros([2, -3])", () => torch.zeros([2, -3]), "[2, -3]"],
    ["ones(4, -1)", () => torch.ones(4, -1), "[4, -1]"],
    ["ones([0, -5])", () => torch.ones([0, -5]), "[0, -5]"],
    ["full([2, -3], 1)", () => torch.full([2, -3], 1), "[2, -3]"],
    ["randn(-1, 2)", () => torch.randn(-1, 2), "[-1, 2]"],
    ["rand([3, -2])", () => torch.rand([3, -2]), "[3, -2]"],
    ["zeros([-2, -3]) names the first", () => torch.zeros([-2, -3]), "[-2, -3]"],
  ];
  for (const [name, make, sizes] of negative) {
    it(`${name}: RuntimeError`, () => {
      const e = catchTorchError(make);
      assert.equal(e.pytorchType, "RuntimeError");
      const first = /-\d+/.exec(sizes)?.[0];
      assert.equal(e.message, `Trying to create tensor with negative dimension ${first}: ${sizes}`);
    });
  }

  it("a non-integer size is a TypeError", () => {
    const e = catchTorchError(() => torch.zeros(2.5));
    assert.equal(e.pytorchType, "TypeError");
  });
});

describe("strides and offsets of views", () => {
  // PyTorch's strides for these (checked in ops-public.json); here the ones the goldens leave out.
  const cases: [string, () => Tensor, number[], number][] = [
    ["fresh [2, 3, 4]", () => arange(2, 3, 4), [12, 4, 1], 0],
    ["fresh with a size-0 dim", () => torch.zeros(2, 0, 3), [3, 3, 1], 0],
    ["select(1, 2)", () => arange(2, 3, 4).select(1, 2), [12, 1], 8],
    ["slice(2, 1, undefined, 2)", () => arange(2, 3, 4).slice(2, 1, undefined, 2), [12, 4, 2], 1],
    ["permute(2, 0, 1)", () => arange(2, 3, 4).permute(2, 0, 1), [1, 12, 4], 0],
    ["reshape that needs a copy", () => arange(2, 3, 4).transpose(0, 1).reshape(6, 4), [4, 1], 0],
  ];
  for (const [name, make, strides, offset] of cases) {
    it(name, () => {
      const t = make();
      assert.deepEqual(t.strides, strides);
      assert.equal(t.offset, offset);
    });
  }
});
