/**
 * The numeric kernels the engine computes with. A recurrent forward pass is handed over whole —
 * every layer and direction, all time steps — so an implementation can keep its data where it
 * computes best (the WebAssembly kernels keep it in their own memory, packed for SIMD, and share
 * the work between threads) and returns plain arrays. The modules check shapes and arguments
 * before they call in; kernels never see an invalid call.
 */
import { gateCount } from "../shapes/recurrent-config";

export type RecurrentKind = "RNN_TANH" | "RNN_RELU" | "LSTM" | "GRU";

/** One layer and direction's parameters, in PyTorch's layout (W is out_features × in_features). */
export interface LayerWeights {
  readonly wIh: Float32Array;
  readonly wHh: Float32Array;
  readonly bIh: Float32Array | null;
  readonly bHh: Float32Array | null;
  /** LSTM projection (proj_size × hidden_size), or null. */
  readonly wHr: Float32Array | null;
}

export interface SequenceJob {
  readonly kind: RecurrentKind;
  readonly steps: number;
  readonly batch: number;
  readonly inputSize: number;
  readonly hiddenSize: number;
  /** LSTM proj_size; 0 without projection. The state and output width is projSize || hiddenSize. */
  readonly projSize: number;
  readonly numLayers: number;
  readonly directions: 1 | 2;
  /** Time-major input, steps × batch × inputSize, contiguous from inputOffset. */
  readonly input: Float32Array;
  readonly inputOffset: number;
  /** (numLayers · directions) × batch × width, contiguous from h0Offset; null means zeros. */
  readonly h0: Float32Array | null;
  readonly h0Offset: number;
  /** LSTM only: (numLayers · directions) × batch × hiddenSize; null means zeros. */
  readonly c0: Float32Array | null;
  readonly c0Offset: number;
  /** Indexed layer · directions + direction. */
  readonly weights: readonly LayerWeights[];
  /** Applied in place to each layer's output before the next layer reads it (training dropout). */
  readonly betweenLayers: ((output: Float32Array) => void) | null;
}

export interface SequenceResult {
  /** steps × batch × (directions · width), time-major. */
  readonly output: Float32Array;
  /** (numLayers · directions) × batch × width. */
  readonly hN: Float32Array;
  /** LSTM: (numLayers · directions) × batch × hiddenSize; otherwise null. */
  readonly cN: Float32Array | null;
}

export interface Kernels {
  /** "typescript", "wasm-simd" or "wasm-relaxed-simd", with the thread count where above one. */
  readonly name: string;

  /** Resolves when the kernels run at full speed (worker threads started; until then big layers
   *  run on the calling thread, with the same results). */
  ready(): Promise<void>;

  /** Runs a recurrent layer stack (nn.RNN/GRU/LSTM, or a cell as one step of one layer). */
  sequence(job: SequenceJob): SequenceResult;

  /**
   * x · wᵀ + bias for m rows: x is m × k from xOffset, w is n × k, bias n (or null).
   * Returns the m × n result.
   */
  linear(m: number, n: number, k: number, x: Float32Array, xOffset: number, w: Float32Array, bias: Float32Array | null): Float32Array;
}

/** Width of the hidden state and output of one direction. */
export function stateWidth(job: SequenceJob): number {
  return job.projSize > 0 ? job.projSize : job.hiddenSize;
}

/** Gates per hidden unit, by the shape rules' count (an Elman network's kinds are one "RNN"). */
export function gatesOf(kind: RecurrentKind): number {
  return gateCount(kind === "LSTM" || kind === "GRU" ? kind : "RNN");
}
