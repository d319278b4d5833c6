#!/usr/bin/python3
"""Golden results of tensor view ops, cat/stack, Linear, Embedding and nn.Module state dicts.

Run with Debian's python3-torch 1.13.1 (plain `python3` may lack torch):

    /usr/bin/python3 tools/torch-ops-goldens.py > test/goldens/ops-public.json

Replayed by test/engine/ops-goldens.test.ts (ops, linear, embedding, factories) and
test/engine/modules.test.ts (modules). See `meta.conventions` in the output for the format.
"""
import json
import platform
import sys
from collections import OrderedDict

import torch
import torch.nn as nn

torch.set_default_dtype(torch.float32)


def floats(t):
    return [float("%.9g" % v) for v in t.reshape(-1).tolist()]


def tensor_json(t):
    return {"shape": list(t.shape), "data": floats(t)}


def arange(spec):
    """A tensor filled with start, start+1, ... in row-major order."""
    shape = spec["shape"]
    n = 1
    for s in shape:
        n *= s
    return (torch.arange(n, dtype=torch.float32) + spec.get("start", 0)).reshape(shape)


def err_json(e, at=None):
    out = {"type": type(e).__name__, "message": str(e)}
    if at is not None:
        out["at"] = at
    return out


# --------------------------------------------------------------------------------------------
# The op interpreter. Each op is {"op": name, "args": [...]}; the test has the same interpreter.


def py_slice(t, dim, start, end, step):
    """`dim` as the position of a Python slice: t[a:b] (dim 0), t[:, a:b] (dim 1), t[..., a:b] (-1)."""
    sl = slice(start, end, step)
    if dim == 0:
        return t[sl]
    if dim > 0:
        return t[(slice(None),) * dim + (sl,)]
    return t[(Ellipsis, sl) + (slice(None),) * (-dim - 1)]


def slice_text(dim, start, end, step):
    def s(v):
        return "" if v is None else str(v)

    body = "%s:%s" % (s(start), s(end)) + ("" if step is None else ":%s" % step)
    if dim == 0:
        return "[%s]" % body
    if dim > 0:
        return "[%s%s]" % (":, " * dim, body)
    return "[..., %s%s]" % (body, ", :" * (-dim - 1))


def apply(cur, op, args):
    if op in ("cat", "stack"):
        return getattr(torch, op)(cur, *args)
    if isinstance(cur, list):
        assert len(cur) == 1, "a tensor op on several inputs"
        cur = cur[0]
    if op == "slice":
        return py_slice(cur, *args)
    if op == "stride":
        return list(cur.stride())
    if op == "storage_offset":
        return cur.storage_offset()
    if op in ("item", "is_contiguous", "size", "dim", "numel"):
        return getattr(cur, op)(*args)
    if op in ("view", "reshape", "permute", "transpose", "t", "unsqueeze", "squeeze", "flatten", "select",
              "contiguous"):
        return getattr(cur, op)(*args)
    raise ValueError("unknown op " + op)


def op_text(op, args):
    if op == "slice":
        return slice_text(*args)
    return ".%s(%s)" % (op, ", ".join(json.dumps(a) for a in args))


def expr_text(inputs, ops):
    def inp(spec):
        s = "arange(%s)" % spec["shape"]
        if spec.get("start"):
            s = "(%s + %d)" % (s, spec["start"])
        return s + "".join(op_text(o["op"], o.get("args", [])) for o in spec.get("ops", []))

    out = ""
    rest = ops
    if ops and ops[0]["op"] in ("cat", "stack"):
        out = "torch.%s([%s]%s)" % (ops[0]["op"], ", ".join(inp(s) for s in inputs),
                                     "".join(", %s" % json.dumps(a) for a in ops[0].get("args", [])))
        rest = ops[1:]
    else:
        out = inp(inputs[0])
    return out + "".join(op_text(o["op"], o.get("args", [])) for o in rest)


def run_ops(inputs, ops):
    tensors = []
    for spec in inputs:
        t = arange(spec)
        for o in spec.get("ops", []):
            t = apply(t, o["op"], o.get("args", []))
        tensors.append(t)
    cur = tensors
    for i, o in enumerate(ops):
        try:
            cur = apply(cur, o["op"], o.get("args", []))
        except Exception as e:  # noqa: BLE001 - PyTorch's exception is the golden
            return {"error": err_json(e, i)}
    if cur is tensors:
        assert len(tensors) == 1
        cur = tensors[0]
    if isinstance(cur, torch.Tensor):
        return {"expected": tensor_json(cur)}
    return {"value": cur}


OPS = []


def case(id_, inputs, *ops):
    """inputs: a shape (one arange input), or a list of input specs {shape, start?, ops?}."""
    if isinstance(inputs, tuple):
        inputs = [{"shape": list(inputs)}]
    ops = [dict(op=o[0], args=list(o[1:])) if len(o) > 1 else {"op": o[0]} for o in ops]
    c = {"id": id_, "inputs": inputs, "ops": ops, "python": expr_text(inputs, ops)}
    c.update(run_ops(inputs, ops))
    assert all(x["id"] != id_ for x in OPS), id_
    OPS.append(c)


def inp(shape, start=0, *ops):
    spec = {"shape": list(shape)}
    if start:
        spec["start"] = start
    if ops:
        spec["ops"] = [dict(op=o[0], args=list(o[1:])) if len(o) > 1 else {"op": o[0]} for o in ops]
    return spec


S = (2, 3, 4)
Z = ()  # 0-d

# view / reshape
for name in ("view", "reshape"):
    case(f"{name}/same", S, (name, 2, 3, 4))
    case(f"{name}/infer-last", S, (name, 6, -1))
    case(f"{name}/infer-first", S, (name, -1, 4))
    case(f"{name}/infer-middle", S, (name, 2, -1, 2))
    case(f"{name}/flat", S, (name, -1))
    case(f"{name}/as-list", S, (name, [4, 6]))
    case(f"{name}/add-ones", S, (name, 1, 24, 1), ("stride",))
    case(f"{name}/to-0d", (1, 1), (name, []))
    case(f"{name}/0d-to-1", Z, (name, 1))
    case(f"{name}/0d-infer", Z, (name, -1))
    case(f"{name}/0d-ones-infer", Z, (name, 1, 1, -1))
    case(f"{name}/0d-zero-infer", Z, (name, 0, -1))
    case(f"{name}/to-0d-bad", (2,), (name, []))
    case(f"{name}/bad-size", S, (name, 7))
    case(f"{name}/bad-size-2", S, (name, 5, 5))
    case(f"{name}/bad-infer", S, (name, 5, -1))
    case(f"{name}/bad-infer-zero", S, (name, 0, -1))
    case(f"{name}/bad-infer-zero-2", S, (name, 2, 0, -1))
    case(f"{name}/two-infer", S, (name, -1, -1))
    case(f"{name}/minus-two", S, (name, -2, 12))
    case(f"{name}/minus-three-with-infer", S, (name, -1, -3))
    case(f"{name}/empty-to-flat", (0, 3), (name, -1))
    case(f"{name}/empty-keep", (0, 3), (name, 0, 3))
    case(f"{name}/empty-reshuffle", (0, 3), (name, 3, 0, 5))
    case(f"{name}/empty-infer-known", (0, 3), (name, 5, -1))
    case(f"{name}/empty-infer-ambiguous", (0, 3), (name, -1, 0))
    case(f"{name}/empty-infer-ambiguous-2", (0, 3), (name, 0, -1))
    case(f"{name}/empty-infer-ambiguous-3", (0, 3), (name, 4, 0, -1))
    case(f"{name}/empty-bad", (0, 3), (name, 1))
    # non-contiguous sources
    case(f"{name}/after-transpose-flat", S, ("transpose", 0, 1), (name, -1))
    case(f"{name}/after-transpose-split-inner", S, ("transpose", 1, 2), (name, 2, 12))
    case(f"{name}/after-transpose-incompatible", S, ("transpose", 0, 2), (name, 4, 6))
    case(f"{name}/after-permute-compatible-2", S, ("permute", 2, 0, 1), (name, 4, 6), ("stride",))
    case(f"{name}/after-permute-compatible-2-values", S, ("permute", 2, 0, 1), (name, 4, 6))
    case(f"{name}/after-transpose-unflatten", S, ("transpose", 0, 2), (name, 2, 2, 3, 2), ("stride",))
    case(f"{name}/after-transpose-same-shape", S, ("transpose", 0, 1), (name, 3, 2, 4), ("stride",))
    case(f"{name}/after-permute-compatible", S, ("permute", 1, 2, 0), (name, 12, 2), ("stride",))
    case(f"{name}/after-permute-incompatible", S, ("permute", 0, 2, 1), (name, 8, 3))
    case(f"{name}/after-permute-identity-shape", S, ("permute", 0, 2, 1), (name, 2, 4, 3), ("stride",))
    case(f"{name}/after-permute-split", S, ("permute", 2, 0, 1), (name, 2, 2, 2, 3), ("stride",))
    case(f"{name}/after-t", (3, 4), ("t",), (name, 12))
    case(f"{name}/after-t-ones", (3, 4), ("t",), (name, 4, 1, 3, 1), ("stride",))
    case(f"{name}/after-slice-rows", S, ("slice", 1, 1, None, None), (name, -1))
    case(f"{name}/after-slice-inner", S, ("slice", 2, 1, 3, None), (name, -1))
    case(f"{name}/after-slice-inner-keep-rows", S, ("slice", 2, 1, 3, None), (name, 6, 2), ("stride",))
    case(f"{name}/after-step-slice", S, ("slice", 1, None, None, 2), (name, 2, 2, 4), ("stride",))
    case(f"{name}/after-step-slice-flat", S, ("slice", 1, None, None, 2), (name, 4, 4))
    case(f"{name}/after-select-first", S, ("select", 0, 1), (name, -1), ("storage_offset",))
    case(f"{name}/after-select-middle", S, ("select", 1, 1), (name, -1))
    case(f"{name}/after-select-middle-keep", S, ("select", 1, 1), (name, 2, 2, 2), ("stride",))
    case(f"{name}/after-unsqueeze-transpose", S, ("unsqueeze", 1), ("transpose", 1, 0), (name, -1))
    case(f"{name}/empty-after-transpose", (2, 0, 3), ("transpose", 0, 2), (name, 6, 0), ("stride",))
    case(f"{name}/size1-after-transpose", (1, 4), ("t",), (name, 2, 2), ("stride",))

# permute
case("permute/reverse", S, ("permute", 2, 1, 0))
case("permute/rotate", S, ("permute", 1, 2, 0), ("stride",))
case("permute/as-list", S, ("permute", [2, 0, 1]))
case("permute/negative", S, ("permute", -1, 0, -2))
case("permute/identity", S, ("permute", 0, 1, 2), ("is_contiguous",))
case("permute/not-contiguous", S, ("permute", 0, 2, 1), ("is_contiguous",))
case("permute/too-few", S, ("permute", 0, 1))
case("permute/too-many", S, ("permute", 0, 1, 2, 3))
case("permute/duplicate", S, ("permute", 0, 1, 1))
case("permute/duplicate-negative", S, ("permute", 0, 2, -1))
case("permute/out-of-range", S, ("permute", 0, 1, 3))
case("permute/out-of-range-negative", S, ("permute", 0, 1, -4))
case("permute/0d-empty", Z, ("permute", []))
case("permute/0d-one", Z, ("permute", 0))
case("permute/1d", (5,), ("permute", -1))
case("permute/4d", (2, 3, 2, 2), ("permute", 3, 1, 0, 2))

# transpose / t
case("transpose/01", S, ("transpose", 0, 1), ("stride",))
case("transpose/same", S, ("transpose", 1, 1), ("is_contiguous",))
case("transpose/negative", S, ("transpose", -1, -3))
case("transpose/mixed", S, ("transpose", 0, -1))
case("transpose/out-of-range", S, ("transpose", 0, 3))
case("transpose/out-of-range-first", S, ("transpose", -4, 0))
case("transpose/0d", Z, ("transpose", 0, -1))
case("transpose/0d-bad", Z, ("transpose", 0, 1))
case("transpose/twice", S, ("transpose", 0, 2), ("transpose", 1, 2))
case("transpose/then-contiguous", S, ("transpose", 0, 2), ("contiguous",), ("is_contiguous",))
case("transpose/then-contiguous-stride", S, ("transpose", 0, 2), ("contiguous",), ("stride",))
case("t/2d", (3, 4), ("t",))
case("t/2d-stride", (3, 4), ("t",), ("stride",))
case("t/1d", (5,), ("t",))
case("t/0d", Z, ("t",))
case("t/3d", S, ("t",))
case("t/twice", (3, 4), ("t",), ("t",), ("is_contiguous",))

# unsqueeze / squeeze
for d in (0, 1, 3, -1, -2, -4):
    case(f"unsqueeze/{d}", S, ("unsqueeze", d), ("stride",))
case("unsqueeze/out-of-range", S, ("unsqueeze", 4))
case("unsqueeze/out-of-range-negative", S, ("unsqueeze", -5))
for d in (0, -1):
    case(f"unsqueeze/0d-{d}", Z, ("unsqueeze", d))
case("unsqueeze/0d-bad", Z, ("unsqueeze", 1))
case("unsqueeze/0d-bad-negative", Z, ("unsqueeze", -2))
case("unsqueeze/after-transpose-stride", S, ("transpose", 0, 2), ("unsqueeze", 1), ("stride",))
case("unsqueeze/after-transpose-end-stride", S, ("transpose", 0, 2), ("unsqueeze", 3), ("stride",))
Q = (1, 3, 1, 2)
case("squeeze/all", Q, ("squeeze",))
case("squeeze/dim0", Q, ("squeeze", 0))
case("squeeze/dim-2", Q, ("squeeze", -2))
case("squeeze/not-one", Q, ("squeeze", 1))
case("squeeze/out-of-range", Q, ("squeeze", 4))
case("squeeze/out-of-range-negative", Q, ("squeeze", -5))
case("squeeze/all-ones", (1, 1, 1), ("squeeze",))
case("squeeze/none", S, ("squeeze",))
case("squeeze/0d", Z, ("squeeze",))
case("squeeze/0d-0", Z, ("squeeze", 0))
case("squeeze/0d--1", Z, ("squeeze", -1))
case("squeeze/0d-bad", Z, ("squeeze", 1))
case("squeeze/0d-bad-negative", Z, ("squeeze", -2))
case("squeeze/empty-dim", (1, 0, 2), ("squeeze",))
case("squeeze/after-permute", (3, 1, 2), ("permute", 2, 1, 0), ("squeeze",), ("stride",))
case("squeeze/1d-to-0d", (1,), ("squeeze",), ("item",))

# flatten
case("flatten/all", S, ("flatten",))
case("flatten/from-1", S, ("flatten", 1))
case("flatten/0-1", S, ("flatten", 0, 1))
case("flatten/negative", S, ("flatten", -2, -1))
case("flatten/same", S, ("flatten", 1, 1))
case("flatten/start-after-end", S, ("flatten", 2, 1))
case("flatten/start-after-end-negative", S, ("flatten", -1, 0))
case("flatten/out-of-range", S, ("flatten", 0, 3))
case("flatten/out-of-range-start", S, ("flatten", -4))
case("flatten/0d", Z, ("flatten",))
case("flatten/0d-dims", Z, ("flatten", 0, -1))
case("flatten/0d-bad", Z, ("flatten", 1))
case("flatten/non-contiguous", S, ("transpose", 0, 2), ("flatten",))
case("flatten/non-contiguous-inner", S, ("transpose", 1, 2), ("flatten", 1))
case("flatten/non-contiguous-same", S, ("transpose", 1, 2), ("flatten", 1, 1), ("stride",))
case("flatten/empty", (2, 0, 3), ("flatten", 1))

# select
case("select/0", S, ("select", 0, 1))
case("select/middle", S, ("select", 1, 2), ("stride",), )
case("select/middle-offset", S, ("select", 1, 2), ("storage_offset",))
case("select/last", S, ("select", -1, 3))
case("select/negative-index", S, ("select", 1, -1))
case("select/negative-index-min", S, ("select", 1, -3))
case("select/out-of-range", S, ("select", 1, 3))
case("select/out-of-range-negative", S, ("select", 1, -4))
case("select/bad-dim", S, ("select", 3, 0))
case("select/bad-dim-negative", S, ("select", -4, 0))
case("select/0d", Z, ("select", 0, 0))
case("select/empty-dim", (2, 0), ("select", 1, 0))
case("select/to-0d", (4,), ("select", 0, 2), ("item",))
case("select/twice-item-fails", S, ("select", 2, 1), ("select", 0, 1), ("item",))
case("select/three-times", S, ("select", 2, 1), ("select", 0, 1), ("select", 0, -1), ("item",))

# slicing t[..., a:b:step]
slices = [
    (1, 1, None, None), (1, None, 2, None), (1, 1, 3, None), (1, -2, None, None), (1, None, -1, None),
    (1, -10, 10, None), (1, 5, None, None), (1, 2, 1, None), (1, None, None, 2), (1, 1, None, 2),
    (2, None, None, 3), (2, 1, None, 2), (2, -3, -1, None), (2, 3, 100, None), (2, -100, 2, None),
    (0, 1, 2, None), (0, None, None, 5), (0, 2, None, None), (-1, 1, 3, None), (-1, None, None, 2),
    (-2, 1, None, None), (-3, None, 1, None), (1, -1, -2, None), (2, 0, 0, None),
]
for d, a, b, st in slices:
    case("slice/" + slice_text(d, a, b, st), S, ("slice", d, a, b, st))
case("slice/step-zero", S, ("slice", 1, None, None, 0))
case("slice/step-negative", S, ("slice", 1, None, None, -1))
case("slice/step-negative-dim0", S, ("slice", 0, None, None, -1))
case("slice/step-negative-last", S, ("slice", -1, None, None, -2))
case("slice/too-many", S, ("slice", 3, 0, 1, None))
case("slice/too-many-negative", S, ("slice", -4, 0, 1, None))
case("slice/too-many-step-zero", S, ("slice", 3, 0, 1, 0))
case("slice/0d", Z, ("slice", 0, 0, 1, None))
case("slice/0d-step-negative", Z, ("slice", 0, None, None, -1))
case("slice/0d-dim1", Z, ("slice", 1, 0, 1, None))
case("slice/0d-negative-dim", Z, ("slice", -1, 0, 1, None))
case("slice/stride-offset", S, ("slice", 2, 1, None, 2), ("stride",))
case("slice/offset", S, ("slice", 2, 1, None, 2), ("storage_offset",))
case("slice/empty-then-view", S, ("slice", 1, 2, 1, None), ("view", -1))
case("slice/then-contiguous", S, ("slice", 1, 1, None, None), ("contiguous",), ("is_contiguous",))
case("slice/whole-is-contiguous", S, ("slice", 1, None, None, None), ("is_contiguous",))
case("slice/size1-is-contiguous", S, ("slice", 2, 1, 2, None), ("slice", 1, 0, 1, None), ("slice", 0, 1, 2, None),
     ("is_contiguous",))

# contiguous
case("contiguous/already", S, ("contiguous",), ("stride",))
case("contiguous/after-permute", S, ("permute", 2, 0, 1), ("contiguous",), ("stride",))
case("contiguous/after-permute-values", S, ("permute", 2, 0, 1), ("contiguous",))
case("contiguous/after-slice-offset", S, ("slice", 1, 1, None, None), ("contiguous",), ("storage_offset",))
case("contiguous/after-select-offset", S, ("select", 0, 1), ("contiguous",), ("storage_offset",))
case("contiguous/empty-transposed", (2, 0, 3), ("transpose", 0, 2), ("is_contiguous",))
case("contiguous/ones-transposed", (1, 4, 1), ("transpose", 0, 2), ("is_contiguous",))

# size / item / dim / numel
case("size/negative", S, ("size", -1))
case("size/out-of-range", S, ("size", 3))
case("size/out-of-range-negative", S, ("size", -4))
case("size/0d", Z, ("size", 0))
case("size/0d-negative", Z, ("size", -1))
case("item/0d", Z, ("item",))
case("item/one-element", (1, 1), ("item",))
case("item/many", (2,), ("item",))
case("item/empty", (0,), ("item",))
case("item/view", S, ("permute", 2, 0, 1), ("select", 0, 3), ("select", 1, 2), ("select", 0, 1), ("item",))
case("numel/empty", (2, 0, 3), ("numel",))
case("dim/0d", Z, ("dim",))

# cat
A = (2, 3)
case("cat/dim0", [inp(A), inp((1, 3), 100)], ("cat", 0))
case("cat/dim1", [inp(A), inp((2, 2), 100)], ("cat", 1))
case("cat/default-dim", [inp(A), inp(A, 100)], ("cat",))
case("cat/negative", [inp(A), inp((2, 1), 100)], ("cat", -1))
case("cat/three", [inp(A), inp((2, 1), 100), inp((2, 2), 200)], ("cat", 1))
case("cat/3d-middle", [inp(S), inp((2, 1, 4), 100)], ("cat", 1))
case("cat/single", [inp(S)], ("cat", 2))
case("cat/dim-out-of-range", [inp(A), inp(A, 100)], ("cat", 2))
case("cat/dim-out-of-range-negative", [inp(A), inp(A, 100)], ("cat", -3))
case("cat/empty-list", [], ("cat", 0))
case("cat/rank-mismatch", [inp(A), inp((2, 3, 1), 100)], ("cat", 0))
case("cat/rank-mismatch-1d", [inp(A), inp((4,), 100)], ("cat", 0))
case("cat/size-mismatch", [inp(A), inp((2, 2), 100)], ("cat", 0))
case("cat/size-mismatch-third", [inp(A), inp((2, 4), 100), inp((3, 3), 200)], ("cat", 1))
case("cat/0d", [inp(Z), inp(Z, 100)], ("cat", 0))
case("cat/0d-second", [inp(A), inp(Z, 100)], ("cat", 0))
case("cat/0d-after-legacy-empty", [inp((0,)), inp(Z, 100)], ("cat", 0))
case("cat/legacy-empty-skipped", [inp((0,)), inp(A, 100)], ("cat", 1))
case("cat/legacy-empty-middle", [inp(A), inp((0,)), inp(A, 100)], ("cat", 0))
case("cat/legacy-empty-dim-wrap", [inp((0,)), inp(S, 100)], ("cat", -1))
case("cat/legacy-empty-only", [inp((0,)), inp((0,))], ("cat", 0))
case("cat/legacy-empty-only-any-dim", [inp((0,)), inp((0,))], ("cat", 5))
case("cat/legacy-empty-bad-dim", [inp((0,)), inp(S, 100)], ("cat", 3))
case("cat/empty-2d-not-skipped", [inp((0, 2)), inp(A, 100)], ("cat", 0))
case("cat/empty-2d-rows", [inp((0, 3)), inp(A, 100)], ("cat", 0))
case("cat/1d", [inp((3,)), inp((2,), 100)], ("cat", 0))
case("cat/non-contiguous", [inp(A, 0, ("t",)), inp((3, 1), 100)], ("cat", 1))
case("cat/non-contiguous-both", [inp((2, 3, 4), 0, ("permute", 2, 0, 1)), inp((2, 1, 4), 100, ("permute", 2, 0, 1))], ("cat", 2))
case("cat/sliced", [inp(S, 0, ("slice", 2, 1, None, 2)), inp(S, 100, ("select", 2, 0), ("unsqueeze", 2))], ("cat", -1))
case("cat/then-view", [inp(A), inp(A, 100)], ("cat", 1), ("view", 3, 4))

# stack
case("stack/dim0", [inp(A), inp(A, 100)], ("stack", 0))
case("stack/dim1", [inp(A), inp(A, 100)], ("stack", 1))
case("stack/dim2", [inp(A), inp(A, 100)], ("stack", 2))
case("stack/default", [inp(A), inp(A, 100), inp(A, 200)], ("stack",))
case("stack/negative", [inp(A), inp(A, 100)], ("stack", -1))
case("stack/negative-first", [inp(A), inp(A, 100)], ("stack", -3))
case("stack/out-of-range", [inp(A), inp(A, 100)], ("stack", 3))
case("stack/out-of-range-negative", [inp(A), inp(A, 100)], ("stack", -4))
case("stack/empty-list", [], ("stack", 0))
case("stack/mismatch", [inp(A), inp((3, 2), 100)], ("stack", 0))
case("stack/mismatch-third", [inp(A), inp(A, 100), inp((2, 4), 200)], ("stack", 1))
case("stack/mismatch-rank", [inp(A), inp((2, 3, 1), 100)], ("stack", 0))
case("stack/0d", [inp(Z), inp(Z, 100), inp(Z, 200)], ("stack", 0))
case("stack/0d-negative", [inp(Z), inp(Z, 100)], ("stack", -1))
case("stack/0d-bad", [inp(Z), inp(Z, 100)], ("stack", 1))
case("stack/legacy-empty", [inp((0,)), inp((0,))], ("stack", 1))
case("stack/legacy-empty-mismatch", [inp((0,)), inp(A)], ("stack", 0))
case("stack/non-contiguous", [inp(A, 0, ("t",)), inp((3, 2), 100)], ("stack", 1))
case("stack/single", [inp(A)], ("stack", 2))

# chains of views whose values pin strides and offsets
X = (3, 4, 5)
case("chain/slice-permute-select", X, ("slice", 1, 1, None, 2), ("permute", 2, 0, 1), ("select", 0, 3))
case("chain/select-after-permute-after-slice", X, ("slice", 2, 1, 4, None), ("permute", 1, 2, 0), ("select", 1, -1),
     ("stride",))
case("chain/select-after-permute-after-slice-values", X, ("slice", 2, 1, 4, None), ("permute", 1, 2, 0),
     ("select", 1, -1))
case("chain/select-offset", X, ("slice", 0, 1, None, None), ("slice", 2, 2, None, None), ("select", 1, 1),
     ("storage_offset",))
case("chain/transpose-slice-transpose", X, ("transpose", 0, 2), ("slice", 0, None, None, 2), ("transpose", 0, 2))
case("chain/unsqueeze-permute-squeeze", X, ("unsqueeze", 1), ("permute", 3, 1, 2, 0), ("squeeze", 1), ("select", 2, 1))
case("chain/flatten-slice-view", X, ("flatten", 0, 1), ("slice", 0, 2, 10, 3), ("view", -1))
case("chain/flatten-slice-reshape", X, ("flatten", 0, 1), ("slice", 0, 2, 10, 3), ("reshape", -1))
case("chain/view-after-slice-rows", X, ("slice", 0, 1, None, None), ("view", 8, 5), ("select", 1, 2))
case("chain/t-slice-t", (4, 6), ("t",), ("slice", 0, 1, 5, 2), ("t",), ("slice", 1, -2, None, None))
case("chain/slice-of-slice", (20,), ("slice", 0, 2, None, 3), ("slice", 0, 1, None, 2))
case("chain/slice-of-slice-stride", (20,), ("slice", 0, 2, None, 3), ("slice", 0, 1, None, 2), ("stride",))
case("chain/slice-of-slice-offset", (20,), ("slice", 0, 2, None, 3), ("slice", 0, 1, None, 2), ("storage_offset",))
case("chain/permute-view-compatible-then-select", (2, 3, 4), ("permute", 1, 2, 0), ("view", 12, 2), ("select", 0, 5))
case("chain/transpose-view-unflatten-permute", (2, 3, 4), ("transpose", 0, 2), ("view", 2, 2, 3, 2),
     ("permute", 3, 0, 2, 1), ("slice", 2, 1, None, None))
case("chain/reshape-copy-then-view", (2, 3, 4), ("transpose", 0, 1), ("reshape", 6, 4), ("view", 4, 6))
case("chain/reshape-copy-offset", (2, 3, 4), ("transpose", 0, 1), ("reshape", 6, 4), ("storage_offset",))
case("chain/reshape-copy-stride", (2, 3, 4), ("transpose", 0, 1), ("reshape", 6, 4), ("stride",))
case("chain/select-every-dim", (2, 3, 4, 5), ("permute", 3, 0, 2, 1), ("select", 2, 2), ("select", 0, 4),
     ("select", 1, 1))
case("chain/cat-of-views-then-permute", [inp(X, 0, ("slice", 1, 1, 3, None)), inp(X, 100, ("select", 1, 0),
                                                                                  ("unsqueeze", 1))],
     ("cat", 1), ("permute", 2, 1, 0), ("select", 0, 4))
case("chain/stack-of-selects", [inp(X, 0, ("select", 2, 1)), inp(X, 0, ("select", 2, 3))], ("stack", -1),
     ("flatten", 1))


# --------------------------------------------------------------------------------------------
# nn.Linear and nn.Embedding with given weights


def dyadic(shape, mul, add, mod=7, scale=0.25):
    """Small values k/4 (exact in float32, so sums of products are exact too)."""
    n = 1
    for s in shape:
        n *= s
    vals = [((i * mul + add) % mod - mod // 2) * scale for i in range(n)]
    return torch.tensor(vals, dtype=torch.float32).reshape(shape)


def wavy(shape, phase):
    """Irregular float32 values (rounded to 7 significant digits before use)."""
    n = 1
    for s in shape:
        n *= s
    vals = [float("%.7g" % (torch.sin(torch.tensor(i * 1.3 + phase, dtype=torch.float64)).item())) for i in range(n)]
    return torch.tensor(vals, dtype=torch.float32).reshape(shape)


LINEAR = []


def linear_case(id_, in_f, out_f, input_t, bias=True, wavy_values=False):
    lin = nn.Linear(in_f, out_f, bias=bias)
    with torch.no_grad():
        w = wavy((out_f, in_f), 0.5) if wavy_values else dyadic((out_f, in_f), 3, 1)
        lin.weight.copy_(w)
        if bias:
            lin.bias.copy_(wavy((out_f,), 2.0) if wavy_values else dyadic((out_f,), 5, 2))
    c = {
        "id": id_,
        "in_features": in_f,
        "out_features": out_f,
        "bias": bias,
        "weight": tensor_json(lin.weight.detach()),
        "bias_data": tensor_json(lin.bias.detach()) if bias else None,
        "input": tensor_json(input_t),
    }
    try:
        with torch.no_grad():
            c["expected"] = tensor_json(lin(input_t))
    except Exception as e:  # noqa: BLE001
        c["error"] = err_json(e)
    LINEAR.append(c)


linear_case("1d", 4, 3, dyadic((4,), 1, 0))
linear_case("2d", 4, 3, dyadic((5, 4), 2, 1))
linear_case("3d", 4, 3, dyadic((2, 3, 4), 3, 2))
linear_case("4d", 2, 5, dyadic((2, 1, 3, 2), 1, 3))
linear_case("no-bias-2d", 4, 3, dyadic((2, 4), 2, 1), bias=False)
linear_case("no-bias-1d", 4, 2, dyadic((4,), 1, 5), bias=False)
linear_case("wavy-3d", 6, 5, wavy((2, 3, 6), 1.0), wavy_values=True)
linear_case("wavy-2d-no-bias", 7, 3, wavy((4, 7), 0.2), bias=False, wavy_values=True)
linear_case("zero-rows-2d", 4, 3, torch.zeros(0, 4))
linear_case("zero-rows-3d", 4, 3, torch.zeros(2, 0, 4))
linear_case("zero-in-features-2d", 0, 3, torch.zeros(2, 0))
linear_case("zero-in-features-1d", 0, 3, torch.zeros(0))
linear_case("zero-out-features", 4, 0, dyadic((2, 4), 1, 1))
linear_case("mismatch-1d", 4, 3, torch.zeros(3))
linear_case("mismatch-2d", 4, 3, torch.zeros(2, 5))
linear_case("mismatch-3d", 4, 3, torch.zeros(2, 6, 3))
linear_case("mismatch-4d", 4, 3, torch.zeros(2, 6, 2, 3))
linear_case("mismatch-zero-rows", 4, 3, torch.zeros(0, 6, 3))
linear_case("mismatch-1d-empty", 4, 3, torch.zeros(0))
linear_case("mismatch-zero-in-features", 0, 3, torch.zeros(2, 1))
linear_case("mismatch-zero-out-features", 4, 0, torch.zeros(2, 3))
linear_case("mismatch-no-bias", 4, 3, torch.zeros(2, 5), bias=False)
linear_case("0d", 4, 3, torch.tensor(1.0))
linear_case("0d-no-bias", 4, 3, torch.tensor(1.0), bias=False)
linear_case("0d-one-feature", 1, 3, torch.tensor(2.0))

EMBEDDING = []


def embedding_case(id_, num, dim, indices):
    emb = nn.Embedding(num, dim)
    with torch.no_grad():
        emb.weight.copy_((torch.arange(num * dim, dtype=torch.float32) * 0.5 - 3).reshape(num, dim))
    idx = torch.tensor(indices, dtype=torch.long)
    c = {
        "id": id_,
        "num_embeddings": num,
        "embedding_dim": dim,
        "weight": tensor_json(emb.weight.detach()),
        "indices": {"shape": list(idx.shape), "data": idx.reshape(-1).tolist()},
    }
    try:
        with torch.no_grad():
            c["expected"] = tensor_json(emb(idx))
    except Exception as e:  # noqa: BLE001
        c["error"] = err_json(e)
    EMBEDDING.append(c)


embedding_case("1d", 5, 3, [4, 0, 2, 2])
embedding_case("2d", 5, 3, [[1, 2], [3, 4], [0, 0]])
embedding_case("3d", 4, 2, [[[1], [3]], [[0], [2]]])
embedding_case("0d", 5, 3, 3)
embedding_case("empty", 5, 3, [])
embedding_case("empty-2d", 5, 3, [[], []])
embedding_case("out-of-range", 5, 3, [1, 5])
embedding_case("negative", 5, 3, [-1])
embedding_case("out-of-range-2d", 5, 3, [[0, 1], [7, 2]])

# --------------------------------------------------------------------------------------------
# torch.zeros / ones / full / tensor

FACTORIES = []


def factory_case(id_, call, *args):
    c = {"id": id_, "call": call, "args": list(args)}
    try:
        if call == "tensor":
            r = torch.tensor(*args, dtype=torch.float32)
        elif call == "full":
            r = torch.full(*args, dtype=torch.float32)
        else:
            r = getattr(torch, call)(*args)
        c["expected"] = tensor_json(r)
    except Exception as e:  # noqa: BLE001
        c["error"] = err_json(e)
    FACTORIES.append(c)


factory_case("zeros/args", "zeros", 2, 3)
factory_case("zeros/list", "zeros", [2, 3])
factory_case("zeros/0d", "zeros", [])
factory_case("zeros/empty", "zeros", 0)
factory_case("zeros/empty-2d", "zeros", 3, 0)
factory_case("ones/args", "ones", 2, 1, 2)
factory_case("ones/list", "ones", [3])
factory_case("ones/0d", "ones", [])
factory_case("full/list", "full", [2, 2], 1.5)
factory_case("full/0d", "full", [], -2.0)
factory_case("zeros/negative", "zeros", -1, 2)
factory_case("zeros/negative-list", "zeros", [2, -3])
factory_case("zeros/negative-two", "zeros", [-2, -3])
factory_case("ones/negative", "ones", 4, -1)
factory_case("ones/negative-list", "ones", [0, -5])
factory_case("full/negative", "full", [2, -3], 1.0)
factory_case("randn/negative", "randn", -1, 2)
factory_case("rand/negative-list", "rand", [3, -2])
factory_case("tensor/scalar", "tensor", 2.5)
factory_case("tensor/1d", "tensor", [1.0, 2.0, 3.0])
factory_case("tensor/2d", "tensor", [[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]])
factory_case("tensor/3d", "tensor", [[[1.0, 2.0]], [[3.0, 4.0]]])
factory_case("tensor/empty", "tensor", [])
factory_case("tensor/empty-rows", "tensor", [[], []])
factory_case("tensor/empty-inner", "tensor", [[[], []]])
factory_case("tensor/ragged-short", "tensor", [[1.0, 2.0], [3.0]])
factory_case("tensor/ragged-long", "tensor", [[1.0], [2.0, 3.0]])
factory_case("tensor/ragged-deep", "tensor", [[[1.0], [2.0]], [[3.0], [4.0, 5.0]]])
factory_case("tensor/ragged-empty-later", "tensor", [[1.0], []])
factory_case("tensor/number-for-sequence", "tensor", [[1.0, 2.0], 3.0])
factory_case("tensor/sequence-for-number", "tensor", [1.0, [2.0]])

# --------------------------------------------------------------------------------------------
# nn.Module: state dict keys, load_state_dict errors, named parameters


MODEL_SOURCE = """class Encoder(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(8, 6, num_layers=2, bidirectional=True, proj_size=3, batch_first=True)

class Model(nn.Module):
    def __init__(self):
        super().__init__()
        self.embedding = nn.Embedding(10, 8)
        self.encoder = Encoder()
        self.head = nn.Linear(6, 4)"""
# The model is defined from the same text the golden file records, so the two cannot drift.
exec(MODEL_SOURCE)


model = Model()
state = model.state_dict()


def load_case(id_, drop=(), reshape=None, add=None, strict=True, order=None):
    sd = OrderedDict()
    for k, v in state.items():
        if k in drop:
            continue
        sd[k] = torch.zeros(reshape[k]) if reshape and k in reshape else v.clone()
    for k, shape in (add or {}).items():
        sd[k] = torch.zeros(shape)
    if order is not None:
        sd = OrderedDict((k, sd[k]) for k in order)
    c = {"id": id_, "drop": list(drop), "reshape": reshape or {}, "add": add or {}, "strict": strict}
    if order is not None:
        c["order"] = order
    try:
        r = Model().load_state_dict(sd, strict=strict)
        c["result"] = {"missing_keys": list(r.missing_keys), "unexpected_keys": list(r.unexpected_keys)}
    except Exception as e:  # noqa: BLE001
        c["error"] = err_json(e)
    return c


keys = list(state.keys())
LOADS = [
    load_case("exact", ()),
    load_case("missing-one", ("head.bias",)),
    load_case("missing-two", ("encoder.lstm.weight_hr_l1_reverse", "embedding.weight")),
    load_case("unexpected-one", add={"head.extra": [2]}),
    load_case("unexpected-root", add={"extra": [1]}),
    load_case("unexpected-nested-and-root", add={"encoder.extra": [2], "zzz": [3]}),
    load_case("unexpected-unknown-child", add={"decoder.weight": [2]}),
    load_case("missing-and-unexpected", ("head.weight",), add={"head.weights": [4, 6]}),
    load_case("shape-mismatch", reshape={"head.weight": [4, 5]}),
    load_case("shape-mismatch-two", reshape={"encoder.lstm.weight_ih_l1": [24, 5], "head.bias": [5]}),
    load_case("shape-mismatch-rank", reshape={"head.bias": [1, 4]}),
    load_case("all-three", ("embedding.weight",), reshape={"head.bias": [3]}, add={"encoder.lstm.weight_ih_l2": [24, 6]}),
    load_case("non-strict-missing-unexpected", ("head.bias",), add={"extra": [1], "encoder.extra": [1]}, strict=False),
    load_case("non-strict-shape-mismatch", reshape={"head.bias": [3]}, strict=False),
    load_case("non-strict-exact", (), strict=False),
    load_case("reordered", (), order=list(reversed(keys))),
    load_case("reordered-mismatches", reshape={"embedding.weight": [10, 7], "head.weight": [4, 7]},
              order=list(reversed(keys))),
    # PyTorch matches a key to a module by its first component below the module's prefix, so these
    # two are silently ignored: "encoder" names a child, "head.weight.sub" starts with a parameter.
    load_case("ignored-prefix-keys", add={"encoder": [1], "head.weight.sub": [1]}),
    load_case("ignored-prefix-keys-non-strict", add={"encoder": [1], "head.weight.sub": [1], "head.x": [1]},
              strict=False),
    load_case("unexpected-order-follows-modules", add={"encoder.lstm.extra": [1], "encoder.extra": [1], "zzz": [1]}),
]

NAMED = []


def named_case(kind, config):
    if kind == "Linear":
        m = nn.Linear(**config)
    elif kind == "Embedding":
        m = nn.Embedding(**config)
    else:
        m = getattr(nn, kind)(**config)
    NAMED.append({
        "module": kind,
        "config": config,
        "named_parameters": [[k, list(p.shape)] for k, p in m.named_parameters()],
        "state_dict_keys": list(m.state_dict().keys()),
    })


named_case("LSTM", {"input_size": 5, "hidden_size": 6, "num_layers": 2, "bidirectional": True, "proj_size": 3})
named_case("LSTM", {"input_size": 4, "hidden_size": 6, "proj_size": 2})
named_case("LSTM", {"input_size": 4, "hidden_size": 6, "num_layers": 3, "proj_size": 2, "bias": False})
named_case("LSTM", {"input_size": 3, "hidden_size": 2, "num_layers": 2, "bidirectional": True})
named_case("GRU", {"input_size": 4, "hidden_size": 6, "num_layers": 2, "bias": False})
named_case("GRU", {"input_size": 4, "hidden_size": 6, "bias": False, "bidirectional": True})
named_case("GRU", {"input_size": 4, "hidden_size": 5, "num_layers": 2, "bidirectional": True})
named_case("RNN", {"input_size": 3, "hidden_size": 4, "num_layers": 2, "nonlinearity": "relu", "bidirectional": True})
named_case("RNNCell", {"input_size": 3, "hidden_size": 4, "bias": False})
named_case("GRUCell", {"input_size": 3, "hidden_size": 4})
named_case("LSTMCell", {"input_size": 3, "hidden_size": 4, "bias": False})
named_case("Linear", {"in_features": 3, "out_features": 4, "bias": False})
named_case("Linear", {"in_features": 3, "out_features": 4})
named_case("Embedding", {"num_embeddings": 7, "embedding_dim": 2})

# --------------------------------------------------------------------------------------------

def debian_version(package):
    try:
        import subprocess
        return subprocess.run(["dpkg-query", "-W", "-f=${Version}", package], capture_output=True, text=True,
                              check=True).stdout
    except Exception:  # noqa: BLE001 - not a Debian system
        return None


out = {
    "meta": {
        "generator": "tools/torch-ops-goldens.py",
        "versions": {
            "torch.__version__": torch.__version__,
            "python": platform.python_version(),
            "debian_python3-torch": debian_version("python3-torch"),
        },
        "conventions": {
            "dtype": "float32 on CPU",
            "inputs": "each input {shape, start?, ops?} is arange(numel) + start (start defaults to 0) reshaped "
                      "to shape, then its own ops applied (to make non-contiguous inputs for cat/stack)",
            "ops": "{op, args?} applied in order: view/reshape/permute(...args) (sizes spread as arguments; "
                   "one list argument means the list form), transpose(d0, d1), t(), unsqueeze(d), "
                   "squeeze(d?), flatten(start?, end?), select(d, i), contiguous(), "
                   "slice(dim, start, end, step) = Python slicing t[:, start:end:step] with `dim` leading ':' "
                   "(dim >= 0; dim 0 is a plain t[a:b:c]) or t[..., start:end:step, :] with -dim-1 trailing ':' "
                   "(dim < 0), null = omitted; cat(dim?)/stack(dim?) consume the list of inputs; "
                   "stride(), storage_offset(), is_contiguous(), size(d), item(), dim(), numel() end a case "
                   "with a plain value",
            "results": "expected {shape, data} (row-major values, exact), or value (a number, boolean or list), "
                       "or error {type, message, at} where type is the Python exception class, message is "
                       "str(exception) verbatim and at the index of the op that raised",
            "python": "the same case written as Python, for reading only",
            "linear": "nn.Linear(in_features, out_features, bias) with weight/bias_data copied in, applied to input",
            "embedding": "nn.Embedding(num_embeddings, embedding_dim) with weight copied in, applied to "
                         "indices (int64 in PyTorch)",
            "factories": "torch.<call>(*args) with dtype float32 (torch.tensor on the nested list args[0]); "
                         "randn/rand only for errors",
            "modules.model": "state_dict keys and shapes of the model in `source`; load_state_dict cases start "
                             "from that state dict (same key order), drop keys, replace `reshape` keys by "
                             "zeros of the new shape in place, append `add` keys (zeros), then reorder keys "
                             "to `order` when given, and load into a fresh Model with `strict`",
            "modules.named_parameters": "named_parameters() names and shapes, and state_dict() keys, for each "
                                        "module built with the keyword arguments in config",
            "data": "floats with 9 significant digits (exact float32 round trip)",
        },
        "counts": {},
    },
    "ops": OPS,
    "linear": LINEAR,
    "embedding": EMBEDDING,
    "factories": FACTORIES,
    "modules": {
        "model": {
            "source": MODEL_SOURCE,
            "state_dict": [[k, list(v.shape)] for k, v in state.items()],
            "named_modules": [k for k, _ in model.named_modules()],
            "load_state_dict": LOADS,
        },
        "named_parameters": NAMED,
    },
}
out["meta"]["counts"] = {
    "ops": len(OPS), "linear": len(LINEAR), "embedding": len(EMBEDDING), "factories": len(FACTORIES),
    "load_state_dict": len(LOADS), "named_parameters": len(NAMED),
}

json.dump(out, sys.stdout, indent=1)
sys.stdout.write("\n")
