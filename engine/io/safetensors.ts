/**
 * A dependency-free reader and writer of the safetensors format
 * (https://github.com/huggingface/safetensors).
 *
 * Layout: an 8-byte little-endian unsigned 64-bit header length N, then N bytes of UTF-8 JSON (an
 * object mapping each tensor name to `{dtype, shape, data_offsets: [begin, end]}`, offsets relative
 * to the start of the data region, plus an optional `"__metadata__"` string-to-string map; the JSON
 * may be padded with trailing spaces), then the data region.
 *
 * Reading accepts F32, F16, BF16 (both converted to float32 exactly) and F64 (rounded to float32);
 * every other dtype is rejected. Every malformed input is reported as a `FormatError` naming what is
 * wrong (and the tensor, where there is one); the reader never reads outside the given bytes and
 * never returns views into them.
 *
 * Writing produces float32 little-endian tensors sorted by name (by code point, which is the byte
 * order of their UTF-8 encoding, as the Rust implementation sorts them), contiguous offsets starting
 * at 0, and a header padded with spaces to a multiple of 8 bytes: the layout
 * `safetensors.torch.save_file` writes for float32 tensors.
 */

import { FormatError } from "../errors";

/** A tensor as plain data: its shape and its elements in row-major order. */
export interface NamedTensorData {
  shape: number[];
  data: Float32Array;
}

/** The largest header the reader accepts (the Rust implementation's limit). */
const MAX_HEADER_BYTES = 100_000_000;

const METADATA_KEY = "__metadata__";
/**
 * The deepest nesting of arrays and objects the header may have (serde_json's recursion limit,
 * which the Rust implementation reads headers with). A valid header nests three levels deep;
 * the limit keeps a hostile one from exhausting the stack in JSON.parse or in the messages.
 */
const MAX_HEADER_DEPTH = 128;

/** Dtypes the reader converts to float32, with their element size in bytes. */
const SUPPORTED_DTYPES: ReadonlyMap<string, number> = new Map([
  ["F32", 4],
  ["F16", 2],
  ["BF16", 2],
  ["F64", 8],
]);

/** Dtypes the format defines but this reader does not convert. */
const OTHER_KNOWN_DTYPES: ReadonlySet<string> = new Set([
  "BOOL",
  "U8",
  "I8",
  "I16",
  "U16",
  "I32",
  "U32",
  "I64",
  "U64",
  "F8_E5M2",
  "F8_E4M3",
  "F8_E8M0",
  "F6_E2M3",
  "F6_E3M2",
  "F4",
  "C64",
]);

const LITTLE_ENDIAN_HOST = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

function fail(message: string): never {
  throw new FormatError(`safetensors: ${message}`);
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** A tensor name as it appears in messages. */
function quote(name: string): string {
  return JSON.stringify(name);
}

function describe(v: unknown): string {
  if (v === undefined) return "undefined";
  try {
    const s = JSON.stringify(v);
    return s.length > 60 ? `${s.slice(0, 57)}...` : s;
  } catch {
    return String(v);
  }
}

/** The number of elements of `shape`, or null when it exceeds Number.MAX_SAFE_INTEGER. */
function elementCount(shape: readonly number[]): number | null {
  if (shape.includes(0)) return 0;
  let n = 1;
  for (const d of shape) {
    n *= d;
    if (n > Number.MAX_SAFE_INTEGER) return null;
  }
  return n;
}

interface Entry {
  name: string;
  dtype: string;
  size: number;
  shape: number[];
  count: number;
  begin: number;
  end: number;
}

function parseEntry(name: string, raw: unknown, dataLength: number): Entry {
  const t = quote(name);
  if (!isPlainObject(raw)) fail(`tensor ${t}: entry is ${describe(raw)}, expected an object`);
  if (!Object.prototype.hasOwnProperty.call(raw, "dtype")) fail(`tensor ${t}: missing "dtype"`);
  if (!Object.prototype.hasOwnProperty.call(raw, "shape")) fail(`tensor ${t}: missing "shape"`);
  if (!Object.prototype.hasOwnProperty.call(raw, "data_offsets")) fail(`tensor ${t}: missing "data_offsets"`);
  const dtype = raw["dtype"];
  const shapeRaw = raw["shape"];
  const offsetsRaw = raw["data_offsets"];

  if (typeof dtype !== "string") fail(`tensor ${t}: "dtype" is ${describe(dtype)}, expected a string`);
  if (!Array.isArray(shapeRaw)) fail(`tensor ${t}: "shape" is ${describe(shapeRaw)}, expected an array`);
  const shape: number[] = [];
  for (const d of shapeRaw as unknown[]) {
    if (typeof d !== "number" || !Number.isSafeInteger(d) || d < 0) {
      fail(`tensor ${t}: "shape" ${describe(shapeRaw)} has dimension ${describe(d)}, expected non-negative integers`);
    }
    shape.push(d === 0 ? 0 : d); // normalises -0
  }
  if (!Array.isArray(offsetsRaw) || offsetsRaw.length !== 2) {
    fail(`tensor ${t}: "data_offsets" is ${describe(offsetsRaw)}, expected [begin, end]`);
  }
  const [begin, end] = offsetsRaw as unknown[];
  if (
    typeof begin !== "number" ||
    typeof end !== "number" ||
    !Number.isSafeInteger(begin) ||
    !Number.isSafeInteger(end) ||
    begin < 0 ||
    end < 0
  ) {
    fail(`tensor ${t}: "data_offsets" ${describe(offsetsRaw)} must be two non-negative integers`);
  }
  if (begin > end) fail(`tensor ${t}: "data_offsets" [${begin}, ${end}] has begin > end`);
  if (end > dataLength) {
    fail(
      `tensor ${t}: "data_offsets" [${begin}, ${end}] lie outside the data region (${dataLength} bytes)`,
    );
  }

  const size = SUPPORTED_DTYPES.get(dtype);
  if (size === undefined) {
    if (OTHER_KNOWN_DTYPES.has(dtype)) {
      fail(`tensor ${t}: unsupported dtype ${dtype} (only F32, F16, BF16 and F64 can be read)`);
    }
    fail(`tensor ${t}: unknown dtype ${describe(dtype)} (only F32, F16, BF16 and F64 can be read)`);
  }

  const count = elementCount(shape);
  const expected = count === null ? null : count * size;
  if (expected === null || expected > Number.MAX_SAFE_INTEGER) {
    fail(`tensor ${t}: shape [${shape.join(", ")}] is too large`);
  }
  if (end - begin !== expected) {
    fail(
      `tensor ${t}: data_offsets [${begin}, ${end}] span ${end - begin} bytes but shape ` +
        `[${shape.join(", ")}] of ${dtype} needs ${expected} bytes`,
    );
  }
  return { name, dtype, size, shape, count: count ?? 0, begin, end };
}

function parseMetadata(raw: unknown): Record<string, string> {
  if (!isPlainObject(raw)) fail(`"${METADATA_KEY}" is ${describe(raw)}, expected a string-to-string map`);
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(raw)) {
    if (typeof v !== "string") {
      fail(`"${METADATA_KEY}" entry ${quote(k)} is ${describe(v)}, expected a string`);
    }
    // defineProperty so that a key such as "__proto__" becomes an ordinary own property.
    Object.defineProperty(out, k, { value: v, enumerable: true, writable: true, configurable: true });
  }
  return out;
}

/** float16 bits to float32 bits, exactly (subnormals normalised, NaN payloads kept). */
function f16BitsToF32Bits(h: number): number {
  const sign = (h & 0x8000) << 16;
  const exp = (h >>> 10) & 0x1f;
  let mant = h & 0x3ff;
  if (exp === 0x1f) return (sign | 0x7f800000 | (mant << 13)) >>> 0;
  if (exp !== 0) return (sign | ((exp + 112) << 23) | (mant << 13)) >>> 0;
  if (mant === 0) return sign >>> 0;
  // Subnormal: value = mant * 2^-24; shift the leading one into the implicit bit.
  let e = 113; // biased float32 exponent of 2^-14, decreased once per shift
  while ((mant & 0x400) === 0) {
    mant <<= 1;
    e--;
  }
  return (sign | (e << 23) | ((mant & 0x3ff) << 13)) >>> 0;
}

function decode(bytes: Uint8Array, start: number, e: Entry): Float32Array {
  const out = new Float32Array(e.count);
  if (e.count === 0) return out;
  const src = bytes.subarray(start + e.begin, start + e.end);
  switch (e.dtype) {
    case "F32": {
      if (LITTLE_ENDIAN_HOST) {
        new Uint8Array(out.buffer).set(src); // a byte copy: no alignment requirement
      } else {
        const view = new DataView(src.buffer, src.byteOffset, src.byteLength);
        for (let i = 0; i < e.count; i++) out[i] = view.getFloat32(4 * i, true);
      }
      return out;
    }
    case "F16": {
      const bits = new Uint32Array(out.buffer);
      for (let i = 0; i < e.count; i++) {
        const h = (src[2 * i] ?? 0) | ((src[2 * i + 1] ?? 0) << 8);
        bits[i] = f16BitsToF32Bits(h);
      }
      return out;
    }
    case "BF16": {
      const bits = new Uint32Array(out.buffer);
      for (let i = 0; i < e.count; i++) {
        const h = (src[2 * i] ?? 0) | ((src[2 * i + 1] ?? 0) << 8);
        bits[i] = (h << 16) >>> 0;
      }
      return out;
    }
    case "F64": {
      const view = new DataView(src.buffer, src.byteOffset, src.byteLength);
      for (let i = 0; i < e.count; i++) out[i] = view.getFloat64(8 * i, true); // rounds to nearest
      return out;
    }
    default:
      return fail(`tensor ${quote(e.name)}: unsupported dtype ${e.dtype}`);
  }
}

/**
 * Reads a safetensors file. Tensors are returned in the order of their data in the file, each with
 * a freshly allocated Float32Array. Regions must not overlap; gaps between them and bytes after the
 * last one are tolerated.
 */
export function readSafetensors(bytes: Uint8Array): {
  tensors: Map<string, NamedTensorData>;
  metadata: Record<string, string>;
} {
  if (!(bytes instanceof Uint8Array)) fail("input is not a Uint8Array");
  const total = bytes.byteLength;
  if (total < 8) fail(`file is ${total} bytes, too short for the 8-byte header length`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, 8);
  const lo = view.getUint32(0, true);
  const hi = view.getUint32(4, true);
  const headerLength = hi * 0x1_0000_0000 + lo; // may be inexact above 2^53, but then hi > 0 anyway
  if (hi !== 0 || headerLength > MAX_HEADER_BYTES) {
    fail(`header length ${hi === 0 ? headerLength : `${BigInt(hi) * 0x1_0000_0000n + BigInt(lo)}`} exceeds the ${MAX_HEADER_BYTES}-byte limit`);
  }
  if (headerLength > total - 8) {
    fail(`header length ${headerLength} exceeds the ${total - 8} bytes after the length field`);
  }

  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes.subarray(8, 8 + headerLength));
  } catch {
    fail("header is not valid UTF-8");
  }
  const depth = nestingDepth(text, MAX_HEADER_DEPTH);
  if (depth > MAX_HEADER_DEPTH) fail(`header nests arrays and objects deeper than ${MAX_HEADER_DEPTH} levels`);
  let header: unknown;
  try {
    header = JSON.parse(text);
  } catch (err) {
    fail(`header is not valid JSON (${err instanceof Error ? err.message : String(err)})`);
  }
  if (!isPlainObject(header)) fail(`header is ${describe(header)}, expected a JSON object`);

  const dataStart = 8 + headerLength;
  const dataLength = total - dataStart;
  let metadata: Record<string, string> = {};
  const entries: Entry[] = [];
  for (const [name, raw] of Object.entries(header)) {
    if (name === METADATA_KEY) metadata = parseMetadata(raw);
    else entries.push(parseEntry(name, raw, dataLength));
  }

  // The spec forbids overlapping regions. Empty regions occupy no bytes and overlap nothing.
  entries.sort((a, b) => a.begin - b.begin || a.end - b.end);
  let previous: Entry | undefined;
  for (const e of entries) {
    if (e.begin === e.end) continue;
    if (previous !== undefined && e.begin < previous.end) {
      fail(
        `tensors ${quote(previous.name)} [${previous.begin}, ${previous.end}] and ` +
          `${quote(e.name)} [${e.begin}, ${e.end}] have overlapping data regions`,
      );
    }
    previous = e;
  }

  const tensors = new Map<string, NamedTensorData>();
  for (const e of entries) tensors.set(e.name, { shape: e.shape, data: decode(bytes, dataStart, e) });
  return { tensors, metadata };
}

/**
 * How deeply `[` and `{` nest in JSON text, outside strings; counting stops past `limit`. It
 * does not validate (JSON.parse does): unbalanced text only needs a depth that is not too low.
 */
function nestingDepth(text: string, limit: number): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // a backslash escapes the next character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) {
      inString = true;
    } else if (c === 0x5b || c === 0x7b) {
      depth++;
      if (depth > deepest) {
        deepest = depth;
        if (deepest > limit) return deepest;
      }
    } else if (c === 0x5d || c === 0x7d) {
      depth--;
    }
  }
  return deepest;
}

/** Orders strings by code point (the byte order of their UTF-8 encodings). */
function compareCodePoints(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; ) {
    const ca = a.codePointAt(i) ?? 0;
    const cb = b.codePointAt(i) ?? 0;
    if (ca !== cb) return ca - cb;
    i += ca > 0xffff ? 2 : 1;
  }
  return a.length - b.length;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function checkWellFormed(s: string, what: string): void {
  if (LONE_SURROGATE.test(s)) fail(`${what} ${quote(s)} contains a lone surrogate and cannot be encoded as UTF-8`);
}

/**
 * Writes float32 tensors as a safetensors file: tensors sorted by name, contiguous offsets from 0,
 * header (metadata first, keys sorted) padded with spaces to a multiple of 8 bytes.
 */
export function writeSafetensors(
  tensors: Iterable<[string, NamedTensorData]> | Map<string, NamedTensorData>,
  metadata?: Record<string, string>,
): Uint8Array {
  const list: Array<[string, NamedTensorData, number]> = [];
  const seen = new Set<string>();
  for (const [name, t] of tensors) {
    if (typeof name !== "string") fail(`tensor name ${describe(name)} is not a string`);
    const q = quote(name);
    if (name === METADATA_KEY) fail(`tensor name ${q} is reserved for metadata`);
    checkWellFormed(name, "tensor name");
    if (seen.has(name)) fail(`tensor ${q} appears twice`);
    seen.add(name);
    if (!(t.data instanceof Float32Array)) fail(`tensor ${q}: data is not a Float32Array`);
    if (!Array.isArray(t.shape)) fail(`tensor ${q}: shape is not an array`);
    for (const d of t.shape) {
      if (typeof d !== "number" || !Number.isSafeInteger(d) || d < 0) {
        fail(`tensor ${q}: shape ${describe(t.shape)} has dimension ${describe(d)}, expected non-negative integers`);
      }
    }
    const count = elementCount(t.shape);
    if (count !== t.data.length) {
      fail(`tensor ${q}: shape [${t.shape.join(", ")}] needs ${count ?? "too many"} elements but data has ${t.data.length}`);
    }
    list.push([name, t, count]);
  }
  list.sort((a, b) => compareCodePoints(a[0], b[0]));

  const parts: string[] = [];
  if (metadata !== undefined) {
    const keys = Object.keys(metadata).sort(compareCodePoints);
    const fields: string[] = [];
    for (const k of keys) {
      const v = metadata[k];
      if (typeof v !== "string") fail(`metadata entry ${quote(k)} is ${describe(v)}, expected a string`);
      checkWellFormed(k, "metadata key");
      checkWellFormed(v, "metadata value");
      fields.push(`${JSON.stringify(k)}:${JSON.stringify(v)}`);
    }
    parts.push(`${JSON.stringify(METADATA_KEY)}:{${fields.join(",")}}`);
  }
  let offset = 0;
  for (const [name, t, count] of list) {
    const end = offset + 4 * count;
    // Built by hand: a JS object would put integer-like names first.
    parts.push(
      `${JSON.stringify(name)}:{"dtype":"F32","shape":[${t.shape.join(",")}],"data_offsets":[${offset},${end}]}`,
    );
    offset = end;
  }
  const json = new TextEncoder().encode(`{${parts.join(",")}}`);
  const headerLength = Math.ceil(json.length / 8) * 8;
  const dataStart = 8 + headerLength;

  const out = new Uint8Array(dataStart + offset);
  const view = new DataView(out.buffer);
  view.setUint32(0, headerLength % 0x1_0000_0000, true);
  view.setUint32(4, Math.floor(headerLength / 0x1_0000_0000), true);
  out.set(json, 8);
  out.fill(0x20, 8 + json.length, dataStart);

  let pos = dataStart;
  for (const [, t] of list) {
    const d = t.data;
    if (LITTLE_ENDIAN_HOST) {
      out.set(new Uint8Array(d.buffer, d.byteOffset, d.byteLength), pos);
    } else {
      for (let i = 0; i < d.length; i++) view.setFloat32(pos + 4 * i, d[i] ?? 0, true);
    }
    pos += d.byteLength;
  }
  return out;
}
