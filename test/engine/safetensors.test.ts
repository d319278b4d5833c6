import { describe, it } from "node:test";
import assert from "node:assert/strict";

import { FormatError } from "../../engine/errors";
import { readSafetensors, writeSafetensors, type NamedTensorData } from "../../engine/io/safetensors";
import { mulberry32 as prng } from "../helpers/random";

// ---------------------------------------------------------------------------------------------
// Helpers

const enc = new TextEncoder();
const dec = new TextDecoder();

function t(shape: number[], values: ArrayLike<number>): NamedTensorData {
  return { shape, data: Float32Array.from(values) };
}

/** The float32 bit patterns of `a`, so NaN payloads and -0 compare exactly. */
function bits(a: Float32Array): Uint32Array {
  return new Uint32Array(Float32Array.from(a).buffer);
}

function u64le(n: number): Uint8Array {
  const b = new Uint8Array(8);
  const v = new DataView(b.buffer);
  v.setUint32(0, n % 0x1_0000_0000, true);
  v.setUint32(4, Math.floor(n / 0x1_0000_0000), true);
  return b;
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let pos = 0;
  for (const p of parts) {
    out.set(p, pos);
    pos += p.length;
  }
  return out;
}

/**
 * A hand-built file: `header` is JSON-stringified unless it is already a string or bytes; it is
 * padded with spaces to `padTo` bytes (default: a multiple of 8).
 */
function file(header: unknown, data: Uint8Array | number = 0, padTo?: number): Uint8Array {
  const h =
    header instanceof Uint8Array ? header : enc.encode(typeof header === "string" ? header : JSON.stringify(header));
  const len = padTo ?? Math.ceil(h.length / 8) * 8;
  const padded = new Uint8Array(len).fill(0x20);
  padded.set(h);
  return concat(u64le(len), padded, typeof data === "number" ? new Uint8Array(data) : data);
}

function u16le(values: number[]): Uint8Array {
  const b = new Uint8Array(values.length * 2);
  const v = new DataView(b.buffer);
  values.forEach((x, i) => v.setUint16(2 * i, x, true));
  return b;
}

function f64le(values: number[]): Uint8Array {
  const b = new Uint8Array(values.length * 8);
  const v = new DataView(b.buffer);
  values.forEach((x, i) => v.setFloat64(8 * i, x, true));
  return b;
}

function f32le(values: number[]): Uint8Array {
  const b = new Uint8Array(values.length * 4);
  const v = new DataView(b.buffer);
  values.forEach((x, i) => v.setFloat32(4 * i, x, true));
  return b;
}

/** Asserts that `fn` throws a FormatError whose message matches every pattern. */
function throwsFormat(fn: () => unknown, ...patterns: RegExp[]): void {
  assert.throws(fn, (err: unknown) => {
    assert.ok(err instanceof FormatError, `expected FormatError, got ${String(err)}`);
    for (const p of patterns) assert.match(err.message, p);
    return true;
  });
}


function smallValidFile(): Uint8Array {
  return writeSafetensors(
    new Map([
      ["weight", t([2, 3], [1, 2, 3, 4, 5, 6])],
      ["bias", t([3], [-1, 0.5, 7])],
      ["scale", t([], [2.5])],
    ]),
    { format: "pt" },
  );
}

// ---------------------------------------------------------------------------------------------

describe("safetensors round trip", () => {
  it("writes and reads back several tensors exactly, including 0-d, 0-element and large ones", () => {
    const rand = prng(1);
    const large = new Float32Array(1000 * 257);
    for (let i = 0; i < large.length; i++) large[i] = (rand() - 0.5) * 1e6;
    const special = new Float32Array(8);
    const sb = new Uint32Array(special.buffer);
    sb.set([0x7fc00000, 0x7fa00001, 0xffc00123, 0x80000000, 0x7f800000, 0xff800000, 0x00000001, 0x007fffff]);

    const input = new Map<string, NamedTensorData>([
      ["rnn.weight_ih_l0", t([4, 3], [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11])],
      ["scalar", t([], [-3.25])],
      ["empty", t([0], [])],
      ["empty2d", t([3, 0, 2], [])],
      ["large", { shape: [1000, 257], data: large }],
      ["special", { shape: [2, 2, 2], data: special }],
      ["0", t([1], [42])],
    ]);
    const bytes = writeSafetensors(input, { format: "pt", note: "ünïcødé ✓ \"quoted\"\n" });
    const { tensors, metadata } = readSafetensors(bytes);

    assert.deepEqual(metadata, { format: "pt", note: "ünïcødé ✓ \"quoted\"\n" });
    assert.deepEqual([...tensors.keys()].sort(), [...input.keys()].sort());
    for (const [name, expected] of input) {
      const got = tensors.get(name);
      assert.ok(got, name);
      assert.deepEqual(got.shape, expected.shape, name);
      assert.ok(got.data instanceof Float32Array);
      assert.equal(got.data.length, expected.data.length, name);
      assert.deepEqual(bits(got.data), bits(expected.data), name);
    }
    // The result owns its data: it is not a view into the file.
    const w = tensors.get("rnn.weight_ih_l0");
    assert.ok(w);
    assert.notEqual(w.data.buffer, bytes.buffer);
  });

  it("accepts any iterable of pairs and is deterministic regardless of insertion order", () => {
    const pairs: Array<[string, NamedTensorData]> = [
      ["b", t([2], [1, 2])],
      ["a", t([1], [3])],
      ["c", t([], [4])],
    ];
    function* gen(): Generator<[string, NamedTensorData]> {
      yield* [...pairs].reverse();
    }
    const x = writeSafetensors(pairs);
    const y = writeSafetensors(gen());
    const z = writeSafetensors(new Map(pairs));
    assert.deepEqual(x, y);
    assert.deepEqual(x, z);
    assert.deepEqual([...readSafetensors(x).tensors.keys()], ["a", "b", "c"]);
  });

  it("writes and reads an empty file", () => {
    const bytes = writeSafetensors([]);
    assert.deepEqual(bytes, concat(u64le(8), enc.encode("{}      ")));
    const r = readSafetensors(bytes);
    assert.equal(r.tensors.size, 0);
    assert.deepEqual(r.metadata, {});
  });

  it("keeps a metadata key named __proto__ as an ordinary entry", () => {
    const meta = JSON.parse('{"__proto__":"x","a":"b"}') as Record<string, string>;
    const r = readSafetensors(writeSafetensors([], meta));
    assert.deepEqual(Object.keys(r.metadata).sort(), ["__proto__", "a"]);
    assert.equal(Object.getPrototypeOf(r.metadata), Object.prototype);
  });
});

describe("safetensors header layout", () => {
  it("matches the byte layout save_file writes", () => {
    const bytes = writeSafetensors(
      [
        ["b", t([2], [1, 2])],
        ["a", t([], [3.5])],
      ],
      { format: "pt" },
    );
    const json =
      '{"__metadata__":{"format":"pt"},' +
      '"a":{"dtype":"F32","shape":[],"data_offsets":[0,4]},' +
      '"b":{"dtype":"F32","shape":[2],"data_offsets":[4,12]}}';
    const n = Math.ceil(json.length / 8) * 8;
    assert.equal(n % 8, 0);
    assert.deepEqual(bytes.subarray(0, 8), u64le(n));
    assert.equal(dec.decode(bytes.subarray(8, 8 + n)), json + " ".repeat(n - json.length));
    assert.deepEqual(
      [...bytes.subarray(8 + n)],
      [0x00, 0x00, 0x60, 0x40, /* 3.5 */ 0x00, 0x00, 0x80, 0x3f, /* 1 */ 0x00, 0x00, 0x00, 0x40 /* 2 */],
    );
    assert.equal(bytes.length, 8 + n + 12);
  });

  it("pads every header to a multiple of 8 with spaces and keeps offsets contiguous", () => {
    for (let len = 1; len <= 17; len++) {
      const name = "x".repeat(len);
      const bytes = writeSafetensors([
        [name, t([len], new Array<number>(len).fill(1))],
        ["y", t([0], [])],
        ["z", t([2], [5, 6])],
      ]);
      const n = Number(new DataView(bytes.buffer).getBigUint64(0, true));
      assert.equal(n % 8, 0);
      const header = dec.decode(bytes.subarray(8, 8 + n));
      assert.match(header, /^\{.*\} *$/);
      assert.equal(header.trimEnd().length > n - 8, true); // at most 7 spaces of padding
      const parsed = JSON.parse(header) as Record<string, { data_offsets: [number, number] }>;
      assert.deepEqual(parsed[name]?.data_offsets, [0, 4 * len]);
      assert.deepEqual(parsed["y"]?.data_offsets, [4 * len, 4 * len]);
      assert.deepEqual(parsed["z"]?.data_offsets, [4 * len, 4 * len + 8]);
      assert.equal(bytes.length, 8 + n + 4 * len + 8);
    }
  });

  it("sorts names by code point (UTF-8 byte order), with integer-like names in string order", () => {
    const names = ["😀", "\uffff", "é", "a", "B", "9", "10"];
    const bytes = writeSafetensors(names.map((n, i) => [n, t([1], [i])] as [string, NamedTensorData]));
    const n = Number(new DataView(bytes.buffer).getBigUint64(0, true));
    const header = dec.decode(bytes.subarray(8, 8 + n));
    const expectedOrder = ["10", "9", "B", "a", "é", "\uffff", "😀"];
    const positions = expectedOrder.map((k) => header.indexOf(`${JSON.stringify(k)}:`));
    assert.ok(positions.every((p) => p > 0));
    assert.deepEqual([...positions].sort((a, b) => a - b), positions);
    const parsed = JSON.parse(header) as Record<string, { data_offsets: [number, number] }>;
    expectedOrder.forEach((k, i) => assert.deepEqual(parsed[k]?.data_offsets, [4 * i, 4 * i + 4]));
  });

  it("rejects tensors it cannot write", () => {
    throwsFormat(() => writeSafetensors([["w", t([2, 2], [1, 2, 3])]]), /"w"/, /4 elements/, /3/);
    throwsFormat(() => writeSafetensors([["w", t([-1], [])]]), /"w"/, /-1/);
    throwsFormat(() => writeSafetensors([["w", t([1.5], [1])]]), /"w"/, /1\.5/);
    throwsFormat(
      () =>
        writeSafetensors([
          ["w", t([1], [1])],
          ["w", t([1], [2])],
        ]),
      /"w"/,
      /twice/,
    );
    throwsFormat(() => writeSafetensors([["__metadata__", t([1], [1])]]), /reserved/);
    throwsFormat(() => writeSafetensors([["bad\ud800", t([1], [1])]]), /surrogate/);
    throwsFormat(() => writeSafetensors([], { k: 1 } as unknown as Record<string, string>), /"k"/, /string/);
  });
});

describe("safetensors dtype conversion", () => {
  it("decodes F16 exactly, including subnormals, infinities, NaN and negative zero", () => {
    const cases: Array<[number, number]> = [
      [0x0000, 0],
      [0x8000, -0],
      [0x3c00, 1],
      [0xc000, -2],
      [0x3555, 0.333251953125],
      [0x7bff, 65504],
      [0xfbff, -65504],
      [0x0001, 2 ** -24],
      [0x8001, -(2 ** -24)],
      [0x03ff, 1023 * 2 ** -24],
      [0x0400, 2 ** -14],
      [0x7c00, Infinity],
      [0xfc00, -Infinity],
      [0x7e00, NaN],
      [0xfe01, NaN],
    ];
    const bytes = file(
      { h: { dtype: "F16", shape: [cases.length], data_offsets: [0, 2 * cases.length] } },
      u16le(cases.map((c) => c[0])),
    );
    const h = readSafetensors(bytes).tensors.get("h");
    assert.ok(h);
    assert.deepEqual(h.shape, [cases.length]);
    cases.forEach(([raw, v], i) => assert.ok(Object.is(h.data[i], v), `0x${raw.toString(16)} -> ${h.data[i]}, expected ${v}`));
  });

  it("decodes all 65536 F16 bit patterns like the arithmetic definition", () => {
    const all = Array.from({ length: 65536 }, (_, i) => i);
    const out = readSafetensors(file({ h: { dtype: "F16", shape: [256, 256], data_offsets: [0, 131072] } }, u16le(all)))
      .tensors.get("h");
    assert.ok(out);
    for (const hbits of all) {
      const s = hbits & 0x8000 ? -1 : 1;
      const e = (hbits >> 10) & 0x1f;
      const m = hbits & 0x3ff;
      const ref = e === 0 ? s * m * 2 ** -24 : e === 31 ? (m === 0 ? s * Infinity : NaN) : s * 2 ** (e - 15) * (1 + m / 1024);
      const got: number | undefined = out.data[hbits];
      if (!Object.is(got, ref)) assert.fail(`F16 0x${hbits.toString(16)}: got ${got}, expected ${ref}`);
    }
  });

  it("decodes BF16 exactly", () => {
    const cases: Array<[number, number]> = [
      [0x0000, 0],
      [0x8000, -0],
      [0x3f80, 1],
      [0xbf80, -1],
      [0x4049, 3.140625],
      [0x7f7f, 3.3895313892515355e38],
      [0x0080, 2 ** -126],
      [0x0001, 2 ** -133],
      [0x807f, -(127 * 2 ** -133)],
      [0x7f80, Infinity],
      [0xff80, -Infinity],
      [0x7fc0, NaN],
    ];
    const out = readSafetensors(
      file({ b: { dtype: "BF16", shape: [3, 4], data_offsets: [0, 24] } }, u16le(cases.map((c) => c[0]))),
    ).tensors.get("b");
    assert.ok(out);
    assert.deepEqual(out.shape, [3, 4]);
    cases.forEach(([raw, v], i) => assert.ok(Object.is(out.data[i], v), `0x${raw.toString(16)} -> ${out.data[i]}, expected ${v}`));
    // A BF16 NaN keeps its payload in the top half of the float32.
    assert.equal(bits(out.data)[11], 0x7fc00000);
  });

  it("rounds F64 to float32 to nearest, even on ties", () => {
    const maxF32 = 3.4028234663852886e38;
    const values = [
      1 / 3,
      -0,
      0,
      NaN,
      1e300,
      -1e300,
      1e-50,
      -1e-50,
      2 ** -149,
      2 ** -150, // tie between 0 and the smallest subnormal: rounds to even (0)
      3 * 2 ** -150, // tie between 1 and 2 subnormal units: rounds to even (2)
      maxF32,
      3.4028235677973366e38, // halfway between maxF32 and 2^128: rounds to Infinity
      1 + 2 ** -24, // tie: rounds to 1
      16777217,
    ];
    const out = readSafetensors(
      file({ d: { dtype: "F64", shape: [values.length], data_offsets: [0, 8 * values.length] } }, f64le(values)),
    ).tensors.get("d");
    assert.ok(out);
    values.forEach((v, i) => assert.ok(Object.is(out.data[i], Math.fround(v)), `${v} -> ${out.data[i]}`));
    assert.ok(Object.is(out.data[1], -0));
    assert.equal(out.data[4], Infinity);
    assert.ok(Object.is(out.data[7], -0));
    assert.equal(out.data[9], 0);
    assert.equal(out.data[10], 2 * 2 ** -149);
    assert.equal(out.data[11], maxF32);
    assert.equal(out.data[12], Infinity);
    assert.equal(out.data[13], 1);
    assert.equal(out.data[14], 16777216);
  });

  it("reads tensors of several dtypes from one file", () => {
    const data = concat(f32le([1.5, -2]), u16le([0x3c00]), u16le([0xc000]), f64le([0.25]));
    const r = readSafetensors(
      file(
        {
          a: { dtype: "F32", shape: [2], data_offsets: [0, 8] },
          b: { dtype: "F16", shape: [1], data_offsets: [8, 10] },
          c: { dtype: "BF16", shape: [1], data_offsets: [10, 12] },
          d: { dtype: "F64", shape: [1, 1], data_offsets: [12, 20] },
        },
        data,
      ),
    );
    assert.deepEqual([...(r.tensors.get("a")?.data ?? [])], [1.5, -2]);
    assert.deepEqual([...(r.tensors.get("b")?.data ?? [])], [1]);
    assert.deepEqual([...(r.tensors.get("c")?.data ?? [])], [-2]);
    assert.deepEqual([...(r.tensors.get("d")?.data ?? [])], [0.25]);
    assert.deepEqual(r.tensors.get("d")?.shape, [1, 1]);
  });

  it("reads unaligned data correctly", () => {
    // Header length 9: data starts at byte 17, so every F32/F64 element is misaligned.
    const header = { a: { dtype: "F32", shape: [3], data_offsets: [1, 13] }, d: { dtype: "F64", shape: [1], data_offsets: [13, 21] } };
    const json = JSON.stringify(header);
    let padTo = json.length;
    while (padTo % 4 !== 1) padTo++;
    const data = concat(new Uint8Array([0xee]), f32le([1.25, -7, 3e-40]), f64le([-0.5]));
    const bytes = file(json, data, padTo);
    assert.equal((8 + padTo + 1) % 4, 2); // "a" starts 2 bytes past a 4-byte boundary
    assert.equal((8 + padTo + 13) % 8, 6); // "d" starts 6 bytes past an 8-byte boundary
    for (const shift of [0, 1, 2, 3, 5]) {
      // Also as a view at an odd offset into a larger buffer.
      const big = new Uint8Array(bytes.length + shift + 3).fill(0xaa);
      big.set(bytes, shift);
      const r = readSafetensors(big.subarray(shift, shift + bytes.length));
      assert.deepEqual([...(r.tensors.get("a")?.data ?? [])], [1.25, -7, Math.fround(3e-40)]);
      assert.deepEqual([...(r.tensors.get("d")?.data ?? [])], [-0.5]);
    }
    // And as a Node Buffer.
    const r = readSafetensors(Buffer.from(bytes));
    assert.deepEqual([...(r.tensors.get("a")?.data ?? [])], [1.25, -7, Math.fround(3e-40)]);
  });

  it("tolerates gaps, trailing bytes, empty tensors sharing an offset and leading/trailing header whitespace", () => {
    const r = readSafetensors(
      file(
        `  {"z":{"dtype":"F32","shape":[0],"data_offsets":[4,4]},` +
          `"a":{"dtype":"F32","shape":[1],"data_offsets":[4,8]},` +
          `"b":{"dtype":"F32","shape":[],"data_offsets":[12,16]},"__metadata__":{}}\n\t `,
        concat(f32le([9, 1, 9, 2]), new Uint8Array(5)),
      ),
    );
    assert.deepEqual([...(r.tensors.get("a")?.data ?? [])], [1]);
    assert.deepEqual([...(r.tensors.get("b")?.data ?? [])], [2]);
    assert.deepEqual(r.tensors.get("b")?.shape, []);
    assert.deepEqual(r.tensors.get("z")?.shape, [0]);
    assert.deepEqual(r.metadata, {});
  });
});

describe("safetensors malformed input", () => {
  const okEntry = { dtype: "F32", shape: [2], data_offsets: [0, 8] };

  it("rejects buffers shorter than 8 bytes", () => {
    for (let n = 0; n < 8; n++) throwsFormat(() => readSafetensors(new Uint8Array(n)), /too short/, new RegExp(`${n} bytes`));
  });

  it("rejects every truncation of a valid file with a FormatError", () => {
    const bytes = smallValidFile();
    assert.equal(readSafetensors(bytes).tensors.size, 3);
    for (let len = 0; len < bytes.length; len++) {
      const prefix = bytes.slice(0, len);
      assert.throws(
        () => readSafetensors(prefix),
        (err: unknown) => err instanceof FormatError,
        `prefix of length ${len}`,
      );
    }
  });

  it("rejects a header length beyond the file or absurdly large", () => {
    throwsFormat(() => readSafetensors(u64le(1)), /header length 1 exceeds the 0 bytes/);
    throwsFormat(() => readSafetensors(concat(u64le(100), enc.encode("{}"))), /header length 100 exceeds the 2 bytes/);
    throwsFormat(() => readSafetensors(concat(u64le(100_000_001), enc.encode("{}"))), /100000001/, /limit/);
    throwsFormat(() => readSafetensors(concat(u64le(2 ** 32), enc.encode("{}"))), /4294967296/, /limit/);
    const max = new Uint8Array(16).fill(0xff);
    throwsFormat(() => readSafetensors(max), /18446744073709551615/, /limit/);
  });

  it("rejects headers that are not UTF-8 JSON objects", () => {
    throwsFormat(() => readSafetensors(file(new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]))), /UTF-8/);
    throwsFormat(() => readSafetensors(file(new Uint8Array([0x7b, 0x22, 0xc3, 0x22, 0x7d]))), /UTF-8/); // truncated sequence
    throwsFormat(() => readSafetensors(file(concat(new Uint8Array([0xef, 0xbb, 0xbf]), enc.encode("{}")))), /JSON/); // BOM
    throwsFormat(() => readSafetensors(file('{"a":')), /not valid JSON/);
    throwsFormat(() => readSafetensors(file("")), /not valid JSON/);
    throwsFormat(() => readSafetensors(file("{}\u0000")), /not valid JSON/);
    for (const h of ["[]", "null", "42", '"str"', "true"]) {
      throwsFormat(() => readSafetensors(file(h)), /expected a JSON object/);
    }
  });

  it("rejects entries with missing or mistyped fields, naming the tensor", () => {
    const bad: Array<[unknown, RegExp]> = [
      [null, /expected an object/],
      [[1, 2], /expected an object/],
      ["F32", /expected an object/],
      [{ shape: [2], data_offsets: [0, 8] }, /missing "dtype"/],
      [{ dtype: "F32", data_offsets: [0, 8] }, /missing "shape"/],
      [{ dtype: "F32", shape: [2] }, /missing "data_offsets"/],
      [{ ...okEntry, dtype: 3 }, /"dtype"/],
      [{ ...okEntry, dtype: null }, /"dtype"/],
      [{ ...okEntry, shape: 2 }, /"shape"/],
      [{ ...okEntry, shape: { 0: 2 } }, /"shape"/],
      [{ ...okEntry, shape: [-2] }, /"shape".*-2/],
      [{ ...okEntry, shape: [1.5] }, /"shape".*1\.5/],
      [{ ...okEntry, shape: ["2"] }, /"shape"/],
      [{ ...okEntry, shape: [null] }, /"shape"/],
      [{ ...okEntry, shape: [2 ** 60] }, /"shape"/],
      [{ ...okEntry, data_offsets: [0] }, /"data_offsets"/],
      [{ ...okEntry, data_offsets: [0, 8, 16] }, /"data_offsets"/],
      [{ ...okEntry, data_offsets: "0,8" }, /"data_offsets"/],
      [{ ...okEntry, data_offsets: [-8, 0] }, /"data_offsets".*non-negative integers/],
      [{ ...okEntry, data_offsets: [0, 8.5] }, /"data_offsets".*non-negative integers/],
      [{ ...okEntry, data_offsets: [0, "8"] }, /"data_offsets".*non-negative integers/],
      [{ ...okEntry, data_offsets: [0, 2 ** 64] }, /"data_offsets".*non-negative integers/],
      [{ ...okEntry, data_offsets: [8, 0] }, /begin > end/],
    ];
    for (const [entry, pattern] of bad) {
      throwsFormat(() => readSafetensors(file({ "my.tensor": entry }, 8)), /"my\.tensor"/, pattern);
    }
    // NaN and huge dims cannot be written in JSON directly, but 1e400 parses to Infinity.
    throwsFormat(
      () => readSafetensors(file('{"w":{"dtype":"F32","shape":[1e400],"data_offsets":[0,8]}}', 8)),
      /"w"/,
      /"shape"/,
    );
    throwsFormat(
      () => readSafetensors(file('{"w":{"dtype":"F32","shape":[2],"data_offsets":[0,1e400]}}', 8)),
      /"w"/,
      /"data_offsets"/,
    );
  });

  it("rejects a header that lies about offsets", () => {
    throwsFormat(
      () => readSafetensors(file({ w: { dtype: "F32", shape: [250], data_offsets: [0, 1000] } }, 16)),
      /"w"/,
      /outside the data region \(16 bytes\)/,
    );
    throwsFormat(
      () => readSafetensors(file({ w: { dtype: "F32", shape: [0], data_offsets: [17, 17] } }, 16)),
      /"w"/,
      /outside the data region/,
    );
    throwsFormat(
      () => readSafetensors(file({ w: { dtype: "F32", shape: [2], data_offsets: [9007199254740000, 9007199254740008] } }, 16)),
      /"w"/,
      /outside the data region/,
    );
  });

  it("rejects a shape that does not match the byte length", () => {
    throwsFormat(
      () => readSafetensors(file({ w: { dtype: "F32", shape: [3], data_offsets: [0, 8] } }, 8)),
      /"w"/,
      /8 bytes/,
      /needs 12 bytes/,
    );
    throwsFormat(
      () => readSafetensors(file({ w: { dtype: "F16", shape: [2, 2], data_offsets: [0, 16] } }, 16)),
      /"w"/,
      /needs 8 bytes/,
    );
    throwsFormat(
      () => readSafetensors(file({ w: { dtype: "F32", shape: [], data_offsets: [0, 0] } }, 8)),
      /"w"/,
      /needs 4 bytes/,
    );
    // Element counts that overflow: no RangeError, no huge allocation.
    throwsFormat(
      () => readSafetensors(file({ w: { dtype: "F32", shape: [2 ** 30, 2 ** 30, 2 ** 30], data_offsets: [0, 8] } }, 8)),
      /"w"/,
      /too large/,
    );
    throwsFormat(
      () => readSafetensors(file({ w: { dtype: "F64", shape: [2 ** 52], data_offsets: [0, 8] } }, 8)),
      /"w"/,
      /too large/,
    );
    throwsFormat(
      () => readSafetensors(file({ w: { dtype: "F32", shape: [2 ** 40], data_offsets: [0, 8] } }, 8)),
      /"w"/,
      /needs 4398046511104 bytes/,
    );
    // A zero dimension makes the tensor empty whatever the other dimensions are.
    const r = readSafetensors(file({ w: { dtype: "F32", shape: [2 ** 50, 0, 2 ** 50], data_offsets: [0, 0] } }));
    assert.equal(r.tensors.get("w")?.data.length, 0);
  });

  it("rejects unsupported dtypes, naming the tensor and the dtype", () => {
    for (const [dtype, size] of [
      ["I8", 1],
      ["U8", 1],
      ["BOOL", 1],
      ["I16", 2],
      ["I32", 4],
      ["U32", 4],
      ["I64", 8],
      ["U64", 8],
      ["F8_E4M3", 1],
    ] as const) {
      throwsFormat(
        () => readSafetensors(file({ "layer.idx": { dtype, shape: [2], data_offsets: [0, 2 * size] } }, 2 * size)),
        /"layer\.idx"/,
        new RegExp(`unsupported dtype ${dtype}\\b`),
      );
    }
    throwsFormat(
      () => readSafetensors(file({ q: { dtype: "F128", shape: [1], data_offsets: [0, 16] } }, 16)),
      /"q"/,
      /unknown dtype "F128"/,
    );
    throwsFormat(() => readSafetensors(file({ q: { dtype: "f32", shape: [1], data_offsets: [0, 4] } }, 4)), /"q"/, /"f32"/);
  });

  it("rejects overlapping tensor regions", () => {
    const cases: Array<[[number, number], [number, number]]> = [
      [[0, 8], [4, 12]],
      [[0, 8], [0, 8]],
      [[0, 16], [4, 8]],
      [[4, 12], [0, 8]],
    ];
    for (const [oa, ob] of cases) {
      throwsFormat(
        () =>
          readSafetensors(
            file(
              {
                a: { dtype: "F32", shape: [(oa[1] - oa[0]) / 4], data_offsets: oa },
                b: { dtype: "F32", shape: [(ob[1] - ob[0]) / 4], data_offsets: ob },
              },
              16,
            ),
          ),
        /"a"/,
        /"b"/,
        /overlap/,
      );
    }
    // A region that overlaps only the second of two earlier ones.
    throwsFormat(
      () =>
        readSafetensors(
          file(
            {
              a: { dtype: "F32", shape: [1], data_offsets: [0, 4] },
              b: { dtype: "F32", shape: [2], data_offsets: [8, 16] },
              c: { dtype: "F16", shape: [2], data_offsets: [12, 16] },
            },
            16,
          ),
        ),
      /"b"/,
      /"c"/,
      /overlap/,
    );
  });

  it("rejects __metadata__ that is not a string-to-string map", () => {
    for (const [meta, pattern] of [
      ["pt", /expected a string-to-string map/],
      [["a"], /expected a string-to-string map/],
      [null, /expected a string-to-string map/],
      [{ format: 1 }, /"format".*expected a string/],
      [{ format: "pt", nested: { a: "b" } }, /"nested"/],
      [{ flag: true }, /"flag"/],
    ] as const) {
      throwsFormat(() => readSafetensors(file({ __metadata__: meta, w: okEntry }, 8)), /__metadata__/, pattern);
    }
  });

  it("survives 2,000 random mutations of a valid file: each parses or throws FormatError", () => {
    const base = smallValidFile();
    const headerEnd = 8 + Number(new DataView(base.buffer).getBigUint64(0, true));
    const rand = prng(0x5eed);
    const int = (n: number): number => Math.floor(rand() * n);
    const jsonish = enc.encode('{}[]",:0123456789-.eE \\u');
    const start = Date.now();
    let parsed = 0;
    let rejected = 0;
    for (let iter = 0; iter < 2000; iter++) {
      let b: Uint8Array = Uint8Array.from(base);
      const mutations = 1 + int(3);
      for (let m = 0; m < mutations; m++) {
        switch (int(7)) {
          case 0: // random byte anywhere
            if (b.length > 0) b[int(b.length)] = int(256);
            break;
          case 1: // bit flip anywhere
            if (b.length > 0) {
              const i = int(b.length);
              b[i] = (b[i] ?? 0) ^ (1 << int(8));
            }
            break;
          case 2: // JSON-significant character inside the header
            b[8 + int(headerEnd - 8)] = jsonish[int(jsonish.length)] ?? 0x20;
            break;
          case 3: // truncate
            b = b.slice(0, int(b.length + 1));
            break;
          case 4: {
            // insert random bytes
            const at = int(b.length + 1);
            const ins = Uint8Array.from({ length: 1 + int(8) }, () => int(256));
            b = concat(b.slice(0, at), ins, b.slice(at));
            break;
          }
          case 5: {
            // delete a range
            const at = int(b.length + 1);
            b = concat(b.slice(0, at), b.slice(at + 1 + int(8)));
            break;
          }
          case 6: // corrupt the header length
            if (b.length >= 8) b[int(8)] = int(256);
            break;
        }
      }
      try {
        const r = readSafetensors(b);
        parsed++;
        for (const [name, tensor] of r.tensors) {
          const count = tensor.shape.reduce((p, d) => p * d, 1);
          assert.equal(tensor.data.length, count, `mutation ${iter}: tensor ${name}`);
        }
      } catch (err) {
        if (!(err instanceof FormatError)) {
          assert.fail(`mutation ${iter}: threw ${err instanceof Error ? `${err.name}: ${err.message}` : String(err)}`);
        }
        rejected++;
      }
    }
    assert.equal(parsed + rejected, 2000);
    assert.ok(rejected > 0 && parsed > 0, `parsed ${parsed}, rejected ${rejected}`);
    assert.ok(Date.now() - start < 20_000, "fuzz loop took too long");
  });
});
