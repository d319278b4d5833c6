#!/usr/bin/python3
"""Golden random numbers for engine/random.ts, printed as JSON on stdout.

Run with Debian's python3-torch 1.13.1 (CPU, x86-64 with AVX2):

    /usr/bin/python3 tools/torch-random-goldens.py > test/goldens/torch-random.json

Every float is stored with 9 significant digits, enough to give back the exact float32.
"""
import hashlib
import json
import math
import re
import sys

import torch
import torch.nn.functional as F


def floats(t):
    return [float("%.9g" % v) for v in t.reshape(-1).tolist()]


def mask(t):
    return [1 if v != 0 else 0 for v in t.reshape(-1).tolist()]


class Recorder:
    """Runs ops on the default generator and records each with its output."""

    def __init__(self, name):
        self.case = {"name": name, "calls": []}

    def seed(self, s):
        torch.manual_seed(s)
        self.case["calls"].append({"op": "seed", "seed": str(s), "initial_seed": str(torch.initial_seed())})

    def rand(self, n):
        self.case["calls"].append({"op": "rand", "n": n, "values": floats(torch.rand(n))})

    def randn(self, n):
        self.case["calls"].append({"op": "randn", "n": n, "values": floats(torch.randn(n))})

    def uniform(self, n, a, b):
        v = torch.empty(n).uniform_(a, b)
        self.case["calls"].append({"op": "uniform", "n": n, "from": a, "to": b, "values": floats(v)})

    def normal(self, n, mean, std):
        v = torch.empty(n).normal_(mean, std)
        self.case["calls"].append({"op": "normal", "n": n, "mean": mean, "std": std, "values": floats(v)})

    def bernoulli(self, n, p):
        v = torch.empty(n).bernoulli_(p)
        self.case["calls"].append({"op": "bernoulli", "n": n, "p": p, "values": mask(v)})

    def dropout(self, n, p):
        # F.dropout on CPU draws its mask with bernoulli_(1 - p); the mask is what we keep.
        v = F.dropout(torch.ones(n), p, training=True)
        self.case["calls"].append({"op": "dropout", "n": n, "p": p, "values": mask(v)})


SIZES = (1, 3, 15, 16, 17, 31, 33, 100)


def sequences():
    out = []
    for s in (0, 1, 42, 1000, 2**32 + 5, -1):
        r = Recorder("seed %d: rand(n) then randn(n) for n in %s" % (s, SIZES))
        r.seed(s)
        for n in SIZES:
            r.rand(n)
        for n in SIZES:
            r.randn(n)
        out.append(r.case)

    r = Recorder("interleaved rand/randn (the cached normal sample carries across calls)")
    r.seed(0)
    for op, n in (("randn", 3), ("randn", 20), ("rand", 5), ("randn", 1), ("randn", 1), ("randn", 2),
                  ("randn", 16), ("rand", 1), ("randn", 15), ("randn", 33), ("randn", 1), ("rand", 3),
                  ("randn", 5), ("randn", 17), ("randn", 7), ("rand", 2), ("randn", 1), ("randn", 48)):
        getattr(r, op)(n)
    out.append(r.case)

    r = Recorder("manual_seed drops the cached normal sample")
    r.seed(0)
    r.randn(1)
    r.seed(0)
    r.randn(1)
    r.randn(1)
    r.seed(7)
    r.randn(3)
    r.rand(2)
    r.randn(3)
    out.append(r.case)

    r = Recorder("uniform_(from, to)")
    r.seed(3)
    for n, a, b in ((5, -0.5, 0.5), (100, -0.223606797749979, 0.223606797749979), (17, -1.0, 1.0),
                    (64, -0.0625, 0.0625), (33, 2.0, 7.5), (40, -3.7, 11.25), (9, -1e-3, 1e-3),
                    (50, -100.0, 100.0), (4, 0.0, 0.0)):
        r.uniform(n, a, b)
    out.append(r.case)

    r = Recorder("normal_(mean, std)")
    r.seed(4)
    for n, m, sd in ((1, 0.0, 1.0), (5, 2.0, 0.5), (1, -1.0, 3.0), (15, 0.3, 2.5), (16, 0.3, 2.5),
                     (17, -2.0, 0.01), (40, 1.5, 3.0), (100, 0.0, 0.02), (3, 10.0, 0.0), (33, -0.7, 1.3),
                     (2, 0.1, 0.2), (7, 0.3, 2.5)):
        r.normal(n, m, sd)
    out.append(r.case)

    r = Recorder("bernoulli_(p) and dropout masks")
    r.seed(5)
    for op, n, p in (("bernoulli", 20, 0.5), ("bernoulli", 31, 0.3), ("dropout", 40, 0.3),
                     ("bernoulli", 10, 0.0), ("bernoulli", 10, 1.0), ("dropout", 17, 0.5)):
        getattr(r, op)(n, p)
    r.randn(3)
    r.dropout(25, 0.1)
    r.randn(1)
    r.rand(3)
    out.append(r.case)

    r = Recorder("all ops mixed")
    r.seed(123)
    r.randn(5)
    r.uniform(12, -0.4, 0.4)
    r.normal(1, 1.0, 2.0)
    r.bernoulli(9, 0.8)
    r.randn(1)
    r.normal(20, -1.0, 0.5)
    r.randn(1)
    r.dropout(11, 0.25)
    r.rand(7)
    out.append(r.case)
    return out


def run_call(call):
    op, n = call["op"], call["n"]
    if op == "rand":
        return torch.rand(n)
    if op == "randn":
        return torch.randn(n)
    if op == "uniform":
        return torch.empty(n).uniform_(call["from"], call["to"])
    if op == "normal":
        return torch.empty(n).normal_(call["mean"], call["std"])
    if op == "bernoulli":
        return torch.empty(n).bernoulli_(call["p"])
    raise ValueError(op)


def streams():
    """Long runs, too big to store: the SHA-256 of their float32 bytes (little-endian) instead."""
    specs = [
        ("randn(100003)", 1, [{"op": "randn", "n": 100003}], 1),
        ("normal_(0.3, 2.5) on 100000", 4, [{"op": "normal", "n": 100000, "mean": 0.3, "std": 2.5}], 1),
        ("uniform_(-3.7, 11.25) on 100000", 3, [{"op": "uniform", "n": 100000, "from": -3.7, "to": 11.25}], 1),
        ("uniform_(-1/sqrt(20), 1/sqrt(20)) on 100000", 2,
         [{"op": "uniform", "n": 100000, "from": -1 / math.sqrt(20), "to": 1 / math.sqrt(20)}], 1),
        ("10000 x normal_(0.3, 2.5) on 7 values", 5, [{"op": "normal", "n": 7, "mean": 0.3, "std": 2.5}], 10000),
        ("50 x randn(n) for n in 1..40", 8, [{"op": "randn", "n": n} for n in range(1, 41)], 50),
        ("bernoulli_(0.3) on 100000", 7, [{"op": "bernoulli", "n": 100000, "p": 0.3}], 1),
    ]
    out = []
    for name, seed, calls, repeat in specs:
        torch.manual_seed(seed)
        vals = torch.cat([run_call(c) for _ in range(repeat) for c in calls])
        digest = hashlib.sha256(vals.numpy().astype("<f4").tobytes()).hexdigest()
        out.append({"name": name, "seed": seed, "calls": calls, "repeat": repeat, "count": vals.numel(),
                    "sha256": digest, "head": floats(vals[:8])})
    return out


def modules():
    """Parameters of freshly built modules right after manual_seed(0), in state_dict order."""
    specs = [
        ("LSTM(10, 20, 2)", lambda: torch.nn.LSTM(10, 20, 2), {"init": "recurrent", "hidden_size": 20}),
        ("GRU(3, 4)", lambda: torch.nn.GRU(3, 4), {"init": "recurrent", "hidden_size": 4}),
        ("RNNCell(3, 4)", lambda: torch.nn.RNNCell(3, 4), {"init": "recurrent", "hidden_size": 4}),
        ("LSTMCell(3, 4)", lambda: torch.nn.LSTMCell(3, 4), {"init": "recurrent", "hidden_size": 4}),
        ("LSTM(4, 5, proj_size=3, bidirectional=True)",
         lambda: torch.nn.LSTM(4, 5, proj_size=3, bidirectional=True), {"init": "recurrent", "hidden_size": 5}),
        ("Linear(5, 3)", lambda: torch.nn.Linear(5, 3), {"init": "linear", "in_features": 5}),
        ("Embedding(7, 4)", lambda: torch.nn.Embedding(7, 4), {"init": "embedding"}),
    ]
    out = []
    for name, make, recipe in specs:
        torch.manual_seed(0)
        m = make()
        params = [{"name": k, "shape": list(v.shape), "values": floats(v)} for k, v in m.state_dict().items()]
        out.append(dict({"module": name, "seed": 0}, **recipe, params=params))
    return out


def capability():
    found = re.search(r"CPU capability usage: (\w+)", torch.__config__.show())
    return "CPU capability " + (found.group(1) if found else "unknown")


def dumps(v, depth=0):
    """JSON with one line per call or parameter (readable diffs, small file)."""
    leaf = not isinstance(v, (dict, list)) or (isinstance(v, dict) and ("values" in v or "op" in v)) or (
        isinstance(v, list) and not any(isinstance(x, (dict, list)) for x in v))
    if leaf:
        return json.dumps(v, separators=(",", ":"))
    pad = "\n" + " " * (depth + 1)
    if isinstance(v, dict):
        items = ["%s:%s" % (json.dumps(k), dumps(x, depth + 1)) for k, x in v.items()]
        return "{" + pad + ("," + pad).join(items) + "\n" + " " * depth + "}"
    return "[" + pad + ("," + pad).join(dumps(x, depth + 1) for x in v) + "\n" + " " * depth + "]"


def main():
    fresh = torch.Generator()
    doc = {
        "meta": {
            "generated_by": "tools/torch-random-goldens.py",
            "torch": "Debian python3-torch 1.13.1 (torch.__version__ %s), %s" % (torch.__version__, capability()),
            "float_format": "9 significant digits (exact float32 round trip)",
        },
        "fresh_generator": {
            "initial_seed": str(fresh.initial_seed()),
            "rand": floats(torch.rand(5, generator=fresh)),
            "randn": floats(torch.randn(5, generator=fresh)),
        },
        "sequences": sequences(),
        "modules": modules(),
        "streams": streams(),
    }
    sys.stdout.write(dumps(doc) + "\n")


if __name__ == "__main__":
    main()
