/**
 * Peer: onnxruntime-node (CPU execution provider) running the engine's module as an ONNX graph —
 * one LSTM/GRU/RNN node per layer with the engine's weights, converted to ONNX's gate orders —
 * with 1 or 2 intra-op threads. The model is written by ./onnx-writer, so no ONNX toolchain is
 * needed.
 */
import { type Kind, param, type Prepared, reorderGates, type RecurrentProblem } from "./common";
import { peerRequire } from "./install";
import { type Initializer, type OnnxNode, writeOnnxModel } from "./onnx-writer";

/** The part of onnxruntime-node's API the benchmark uses (it is not a project dependency, so no types). */
interface OrtTensor {
  readonly data: unknown;
  readonly dims: readonly number[];
}
interface OrtSession {
  run(feeds: Record<string, OrtTensor>): Promise<Record<string, OrtTensor>>;
  release(): Promise<void>;
}
interface Ort {
  Tensor: new (type: "float32", data: Float32Array, dims: readonly number[]) => OrtTensor;
  InferenceSession: {
    create(model: Uint8Array, options: {
      intraOpNumThreads: number;
      interOpNumThreads: number;
      executionMode: "sequential" | "parallel";
      graphOptimizationLevel: "disabled" | "basic" | "extended" | "all";
    }): Promise<OrtSession>;
  };
}

export function loadOrt(): Ort {
  return peerRequire("onnxruntime-node") as Ort;
}

export function ortVersion(): string {
  return (peerRequire("onnxruntime-node/package.json") as { version: string }).version;
}

/** ONNX gate block k = PyTorch gate block ORDER[k]: LSTM i,f,g,o → i,o,f,c; GRU r,z,n → z,r,h. */
const ONNX_GATE_ORDER: Readonly<Record<Kind, readonly number[]>> = { LSTM: [0, 3, 1, 2], GRU: [1, 0, 2], RNN: [0] };

/** The ONNX model of the problem's module: X (seq, batch, input) → Y (seq, batch, hidden). */
export function onnxModel(p: RecurrentProblem): Uint8Array {
  const H = p.hiddenSize;
  const order = ONNX_GATE_ORDER[p.kind];
  const gh = order.length * H;
  const nodes: OnnxNode[] = [];
  const initializers: Initializer[] = [{ name: "squeeze_axes", dims: [1], data: { int64: [1] } }];
  let x = "X";
  for (let l = 0; l < p.numLayers; l++) {
    const inputSize = l === 0 ? p.inputSize : H;
    const w = reorderGates(param(p, `weight_ih_l${l}`).data, H, inputSize, order);
    const r = reorderGates(param(p, `weight_hh_l${l}`).data, H, H, order);
    const b = new Float32Array(2 * gh);
    b.set(reorderGates(param(p, `bias_ih_l${l}`).data, H, 1, order), 0);
    b.set(reorderGates(param(p, `bias_hh_l${l}`).data, H, 1, order), gh);
    initializers.push(
      { name: `W${l}`, dims: [1, gh, inputSize], data: w },
      { name: `R${l}`, dims: [1, gh, H], data: r },
      { name: `B${l}`, dims: [1, 2 * gh], data: b },
    );
    const attributes = [{ name: "hidden_size", int: H }];
    if (p.kind === "GRU") attributes.push({ name: "linear_before_reset", int: 1 }); // PyTorch: r·(W_hn h + b_hn)
    nodes.push({
      opType: p.kind,
      inputs: [x, `W${l}`, `R${l}`, `B${l}`],
      outputs: [`Y${l}`],
      attributes: p.kind === "RNN" ? [...attributes, { name: "activations", strings: ["Tanh"] }] : attributes,
    });
    // Y is (seq, num_directions, batch, hidden): drop the direction axis.
    x = l === p.numLayers - 1 ? "Y" : `X${l + 1}`;
    nodes.push({ opType: "Squeeze", inputs: [`Y${l}`, "squeeze_axes"], outputs: [x] });
  }
  return writeOnnxModel({
    name: `${p.kind.toLowerCase()}_${p.numLayers}x${H}`,
    nodes,
    initializers,
    inputs: [{ name: "X", shape: ["seq", "batch", p.inputSize] }],
    outputs: [{ name: "Y", shape: ["seq", "batch", H] }],
  });
}

/**
 * A session of the problem's model with `threads` intra-op threads, run once for its output; the
 * caller times it (interleaved with the other implementations) and releases it.
 */
export async function prepareOnnxruntime(p: RecurrentProblem, threads: number): Promise<Prepared> {
  const ort = loadOrt();
  const session = await ort.InferenceSession.create(onnxModel(p), {
    intraOpNumThreads: threads,
    interOpNumThreads: 1,
    executionMode: "sequential",
    graphOptimizationLevel: "all",
  });
  try {
    const feeds = { X: new ort.Tensor("float32", p.input, [p.seqLen, p.batch, p.inputSize]) };
    const y = (await session.run(feeds)).Y;
    if (!y || !(y.data instanceof Float32Array)) throw new Error("onnxruntime returned no float32 Y");
    const output = new Float32Array(y.data);
    return {
      call: async () => {
        await session.run(feeds);
      },
      output: () => output,
      release: () => session.release(),
    };
  } catch (e) {
    await session.release();
    throw e;
  }
}
