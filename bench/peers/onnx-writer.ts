/**
 * A minimal ONNX model writer for the benchmark: just enough of the protobuf wire format and of
 * onnx.proto (ModelProto, GraphProto, NodeProto, AttributeProto, TensorProto, ValueInfoProto) to
 * write a graph of float32 initializers and a few nodes, so onnxruntime can run the engine's
 * RNN/GRU/LSTM with the engine's own weights without depending on an ONNX toolchain.
 *
 * Field numbers are onnx.proto's. Repeated scalars are written unpacked (valid for proto2's
 * onnx.proto and accepted packed or not by every parser).
 */

/** Protobuf writer: varints, length-delimited fields, fixed32 floats. */
class ProtoWriter {
  private readonly chunks: Uint8Array[] = [];
  private length = 0;

  private push(bytes: Uint8Array): void {
    this.chunks.push(bytes);
    this.length += bytes.length;
  }

  private varint(value: number | bigint): void {
    let v = BigInt.asUintN(64, BigInt(value));
    const out: number[] = [];
    do {
      let byte = Number(v & 0x7fn);
      v >>= 7n;
      if (v !== 0n) byte |= 0x80;
      out.push(byte);
    } while (v !== 0n);
    this.push(Uint8Array.from(out));
  }

  private key(field: number, wireType: 0 | 2 | 5): void {
    this.varint((field << 3) | wireType);
  }

  int(field: number, value: number): this {
    this.key(field, 0);
    this.varint(value);
    return this;
  }

  float(field: number, value: number): this {
    this.key(field, 5);
    const b = new Uint8Array(4);
    new DataView(b.buffer).setFloat32(0, value, true);
    this.push(b);
    return this;
  }

  bytes(field: number, value: Uint8Array): this {
    this.key(field, 2);
    this.varint(value.length);
    this.push(value);
    return this;
  }

  string(field: number, value: string): this {
    return this.bytes(field, new TextEncoder().encode(value));
  }

  message(field: number, build: (w: ProtoWriter) => void): this {
    const w = new ProtoWriter();
    build(w);
    return this.bytes(field, w.finish());
  }

  finish(): Uint8Array {
    const out = new Uint8Array(this.length);
    let at = 0;
    for (const c of this.chunks) {
      out.set(c, at);
      at += c.length;
    }
    return out;
  }
}

/** TensorProto.DataType */
const FLOAT = 1;
const INT64 = 7;

export type Attribute = { name: string } & ({ int: number } | { float: number } | { string: string } | { strings: readonly string[] });

export interface OnnxNode {
  opType: string;
  inputs: readonly string[];
  outputs: readonly string[];
  attributes?: readonly Attribute[];
}

export interface Initializer {
  name: string;
  dims: readonly number[];
  /** float32 data, or int64 data given as a plain array of integers */
  data: Float32Array | { int64: readonly number[] };
}

/** A graph input or output: name and shape (numbers, or names for symbolic dims). */
export interface ValueInfo {
  name: string;
  shape: readonly (number | string)[];
}

export interface OnnxGraph {
  name: string;
  nodes: readonly OnnxNode[];
  initializers: readonly Initializer[];
  inputs: readonly ValueInfo[];
  outputs: readonly ValueInfo[];
}

function writeAttribute(w: ProtoWriter, a: Attribute): void {
  // AttributeProto: name = 1, f = 2, i = 3, s = 4, strings = 9, type = 20
  // AttributeType: FLOAT = 1, INT = 2, STRING = 3, STRINGS = 8
  w.string(1, a.name);
  if ("int" in a) w.int(3, a.int).int(20, 2);
  else if ("float" in a) w.float(2, a.float).int(20, 1);
  else if ("string" in a) w.string(4, a.string).int(20, 3);
  else {
    for (const s of a.strings) w.string(9, s);
    w.int(20, 8);
  }
}

function writeTensor(w: ProtoWriter, t: Initializer): void {
  // TensorProto: dims = 1, data_type = 2, name = 8, raw_data = 9 (little-endian)
  for (const d of t.dims) w.int(1, d);
  if (t.data instanceof Float32Array) {
    w.int(2, FLOAT).string(8, t.name);
    const raw = new Uint8Array(t.data.length * 4);
    const view = new DataView(raw.buffer);
    t.data.forEach((x, i) => view.setFloat32(i * 4, x, true));
    w.bytes(9, raw);
  } else {
    w.int(2, INT64).string(8, t.name);
    const raw = new Uint8Array(t.data.int64.length * 8);
    const view = new DataView(raw.buffer);
    t.data.int64.forEach((x, i) => view.setBigInt64(i * 8, BigInt(x), true));
    w.bytes(9, raw);
  }
}

function writeValueInfo(w: ProtoWriter, v: ValueInfo): void {
  // ValueInfoProto: name = 1, type = 2; TypeProto: tensor_type = 1;
  // TypeProto.Tensor: elem_type = 1, shape = 2; TensorShapeProto: dim = 1;
  // Dimension: dim_value = 1, dim_param = 2
  w.string(1, v.name).message(2, (type) =>
    type.message(1, (tensor) =>
      tensor.int(1, FLOAT).message(2, (shape) => {
        for (const d of v.shape) shape.message(1, (dim) => (typeof d === "number" ? dim.int(1, d) : dim.string(2, d)));
      }),
    ),
  );
}

/** Serializes a ModelProto (IR version 8, default-domain opset 17) holding the graph. */
export function writeOnnxModel(graph: OnnxGraph, options: { opset?: number; irVersion?: number; producer?: string } = {}): Uint8Array {
  const w = new ProtoWriter();
  // ModelProto: ir_version = 1, producer_name = 2, graph = 7, opset_import = 8
  w.int(1, options.irVersion ?? 8);
  w.string(2, options.producer ?? "rnnlens-bench");
  w.message(7, (g) => {
    // GraphProto: node = 1, name = 2, initializer = 5, input = 11, output = 12
    graph.nodes.forEach((n, i) =>
      g.message(1, (node) => {
        // NodeProto: input = 1, output = 2, name = 3, op_type = 4, attribute = 5
        for (const s of n.inputs) node.string(1, s);
        for (const s of n.outputs) node.string(2, s);
        node.string(3, `${n.opType}_${i}`).string(4, n.opType);
        for (const a of n.attributes ?? []) node.message(5, (attr) => writeAttribute(attr, a));
      }),
    );
    g.string(2, graph.name);
    for (const t of graph.initializers) g.message(5, (tensor) => writeTensor(tensor, t));
    for (const v of graph.inputs) g.message(11, (vi) => writeValueInfo(vi, v));
    for (const v of graph.outputs) g.message(12, (vi) => writeValueInfo(vi, v));
  });
  // OperatorSetIdProto: domain = 1 (empty: the default domain), version = 2
  w.message(8, (op) => op.string(1, "").int(2, options.opset ?? 17));
  return w.finish();
}
