// engine/random.ts against PyTorch 1.13.1's CPU random streams (test/goldens/torch-random.json,
// made by tools/torch-random-goldens.py). Every value is compared bit for bit: the goldens keep 9
// significant digits, which give back the exact float32, and Math.fround recovers it.
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { DEFAULT_SEED, Generator, defaultGenerator, manualSeed } from "../../engine/random";

interface SeedCall {
  op: "seed";
  seed: string;
  initial_seed: string;
}
interface ValuesCall {
  op: "rand" | "randn" | "uniform" | "normal" | "bernoulli" | "dropout";
  n: number;
  values: number[];
  from?: number;
  to?: number;
  mean?: number;
  std?: number;
  p?: number;
}
type Call = SeedCall | ValuesCall;
interface Param {
  name: string;
  shape: number[];
  values: number[];
}
interface ModuleCase {
  module: string;
  seed: number;
  init: "recurrent" | "linear" | "embedding";
  hidden_size?: number;
  in_features?: number;
  params: Param[];
}
interface Stream {
  name: string;
  seed: number;
  calls: Omit<ValuesCall, "values">[];
  repeat: number;
  count: number;
  sha256: string;
  head: number[];
}
interface Goldens {
  meta: { generated_by: string; torch: string };
  fresh_generator: { initial_seed: string; rand: number[]; randn: number[] };
  sequences: { name: string; calls: Call[] }[];
  modules: ModuleCase[];
  streams: Stream[];
}

const goldens = JSON.parse(
  readFileSync(new URL("../goldens/torch-random.json", import.meta.url), "utf8"),
) as Goldens;

/** Exact comparison of float32 results with the golden values (SameValue, so -0 and 0 differ). */
function assertFloats(actual: Float32Array, expected: readonly number[], what: string): void {
  assert.equal(actual.length, expected.length, `${what}: length`);
  for (let i = 0; i < expected.length; i++) {
    const want = Math.fround(expected[i] as number);
    if (!Object.is(actual[i], want)) {
      assert.fail(`${what}: value ${i} is ${actual[i]}, PyTorch gives ${want}`);
    }
  }
}

function num(v: number | undefined, name: string): number {
  assert.equal(typeof v, "number", `golden call lacks ${name}`);
  return v as number;
}

/** Runs one recorded op on `g` and returns what it drew. */
function run(g: Generator, call: Omit<ValuesCall, "values">): Float32Array {
  const out = new Float32Array(call.n);
  switch (call.op) {
    case "rand":
      return g.uniform(out);
    case "randn":
      return g.normal(out);
    case "uniform":
      return g.uniform(out, num(call.from, "from"), num(call.to, "to"));
    case "normal":
      return g.normal(out, num(call.mean, "mean"), num(call.std, "std"));
    case "bernoulli":
      return g.bernoulli(out, num(call.p, "p"));
    case "dropout":
      // F.dropout(x, p) on CPU keeps x where bernoulli_(1 - p) drew 1.
      return g.bernoulli(out, 1 - num(call.p, "p"));
  }
}

/** Replays one recorded call on `g` (seeding through manualSeed when `useDefault`). */
function replay(g: Generator, call: Call, useDefault: boolean, what: string): void {
  if (call.op === "seed") {
    const seeded = useDefault ? manualSeed(BigInt(call.seed)) : g.manualSeed(BigInt(call.seed));
    assert.equal(seeded, g);
    assert.equal(g.initialSeed(), BigInt(call.initial_seed), `${what}: initial_seed`);
    return;
  }
  assertFloats(run(g, call), call.values, `${what}: ${call.op}(${call.n})`);
}

describe("random: mt19937 and seeding", () => {
  it("a new Generator has PyTorch's default seed 67280421310721 and its stream", () => {
    const g = new Generator();
    assert.equal(g.initialSeed(), 67280421310721n);
    assert.equal(DEFAULT_SEED, BigInt(goldens.fresh_generator.initial_seed));
    const rand = g.uniform(new Float32Array(5));
    assertFloats(rand, goldens.fresh_generator.rand, "fresh rand(5)");
    assertFloats(g.normal(new Float32Array(5)), goldens.fresh_generator.randn, "fresh randn(5)");
  });

  it("torch.manual_seed(0); torch.randn(3) gives 1.5410, -0.2934, -2.1788", () => {
    const out = manualSeed(0).normal(new Float32Array(3));
    assert.deepEqual(
      Array.from(out, (v) => v.toFixed(4)),
      ["1.5410", "-0.2934", "-2.1788"],
    );
  });

  it("uses the low 32 bits of a 64-bit seed, and wraps negative seeds like PyTorch", () => {
    const a = new Generator(2 ** 32 + 5);
    const b = new Generator(5n);
    assert.equal(a.initialSeed(), 4294967301n);
    for (let i = 0; i < 1000; i++) assert.equal(a.nextUint32(), b.nextUint32());
    assert.equal(new Generator(-1).initialSeed(), 2n ** 64n - 1n);
    assert.equal(new Generator(-(2n ** 63n)).initialSeed(), 2n ** 63n);
    assert.equal(new Generator(1.5).initialSeed(), 1n); // Python's int(1.5)
    assert.throws(() => new Generator(2n ** 64n), /Overflow when unpacking long/);
    assert.throws(() => new Generator(-(2n ** 63n) - 1n), /Overflow when unpacking long/);
  });

  it("matches the reference mt19937 stream (std::mt19937 with seed 5489)", () => {
    const g = new Generator(5489);
    let last = 0;
    for (let i = 0; i < 10000; i++) last = g.nextUint32();
    assert.equal(last, 4123659995); // the C++ standard's check value for mt19937
  });

  it("rejects the arguments PyTorch rejects, with its messages", () => {
    const g = new Generator(0);
    const out = new Float32Array(2);
    assert.throws(() => g.uniform(out, 2, 1), /uniform_ expects to return a \[from, to\) range, but found from=2 > to=1/);
    assert.throws(() => g.uniform(out, -3e38, 3e38), /uniform_ expects to-from <= std::numeric_limits<Float>::max\(\)/);
    assert.throws(() => g.normal(out, 0, -1.5), /normal expects std >= 0.0, but found std -1.5/);
    assert.throws(() => g.bernoulli(out, 1.5), /bernoulli_ expects p to be in \[0, 1\], but got p=1.5/);
  });
});

describe("random: PyTorch call sequences", () => {
  for (const seq of goldens.sequences) {
    it(seq.name, () => {
      const g = new Generator();
      seq.calls.forEach((call, i) => replay(g, call, false, `${seq.name}, call ${i}`));
    });
  }

  it("the default generator, reseeded with manualSeed, replays the same streams", () => {
    for (const seq of goldens.sequences) {
      seq.calls.forEach((call, i) => replay(defaultGenerator, call, true, `${seq.name}, call ${i}`));
    }
  });
});

describe("random: module initialisation after manual_seed(0)", () => {
  for (const mod of goldens.modules) {
    it(mod.module, () => {
      const g = new Generator(mod.seed);
      for (const p of mod.params) {
        const numel = p.shape.reduce((a, b) => a * b, 1);
        const out = new Float32Array(numel);
        if (mod.init === "recurrent") {
          // RNNBase / RNNCellBase.reset_parameters: uniform_(-1/sqrt(hidden), 1/sqrt(hidden)) on each parameter in order.
          const stdv = 1 / Math.sqrt(num(mod.hidden_size, "hidden_size"));
          g.uniform(out, -stdv, stdv);
        } else if (mod.init === "linear") {
          // Linear.reset_parameters: kaiming_uniform_(weight, a=sqrt(5)), then uniform_(bias, -1/sqrt(fan_in), 1/sqrt(fan_in)).
          const fanIn = num(mod.in_features, "in_features");
          let bound: number;
          if (p.name === "weight") {
            const a = Math.sqrt(5);
            const gain = Math.sqrt(2 / (1 + a ** 2));
            bound = Math.sqrt(3) * (gain / Math.sqrt(fanIn));
          } else {
            bound = 1 / Math.sqrt(fanIn);
          }
          g.uniform(out, -bound, bound);
        } else {
          // Embedding.reset_parameters: normal_(weight) (mean 0, std 1).
          g.normal(out);
        }
        assertFloats(out, p.values, `${mod.module} ${p.name}`);
      }
    });
  }
});

describe("random: long streams (SHA-256 of the float32 bytes)", () => {
  // Thousands of values catch what a few hundred may not (a single unfused multiply-add in the
  // vectorised log, say, changes about one normal value in 2,500).
  for (const st of goldens.streams) {
    it(st.name, () => {
      const g = new Generator(st.seed);
      const all = new Float32Array(st.count);
      let at = 0;
      for (let r = 0; r < st.repeat; r++) {
        for (const call of st.calls) {
          all.set(run(g, call), at);
          at += call.n;
        }
      }
      assert.equal(at, st.count);
      assertFloats(all.subarray(0, st.head.length), st.head, `${st.name}: first values`);
      const bytes = new Uint8Array(all.buffer);
      if (new Uint8Array(new Uint16Array([1]).buffer)[0] !== 1) {
        // The digest is of little-endian floats; swap on a big-endian host.
        for (let i = 0; i < bytes.length; i += 4) bytes.subarray(i, i + 4).reverse();
      }
      const digest = createHash("sha256").update(bytes).digest("hex");
      assert.equal(digest, st.sha256, `${st.name}: some of the ${st.count} values differ from PyTorch's`);
    });
  }
});
