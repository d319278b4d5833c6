/**
 * Peer: TensorFlow.js with its WebAssembly backend (tfjs-backend-wasm: XNNPACK, SIMD, one
 * thread), running the engine's module with the engine's weights as Keras layers
 * (tf.layers.lstm / simpleRNN, batch-major) — what a JavaScript user of tfjs gets.
 *
 * tfjs-layers 4.22 rejects `resetAfter: true` on GRU, and without it Keras's GRU is a different
 * function from PyTorch's (the reset gate multiplies h before the recurrent product), so the GRU
 * runs the reset-after GRU cell written with the same per-step tf ops a Keras cell uses
 * (matMul, add, sigmoid, tanh, mul), one time step after the other.
 */
import { dirname, join } from "node:path";
import { param, type Prepared, reorderGates, type RecurrentProblem, swapLeadingDims, transpose } from "./common";
import { peerRequire } from "./install";

/** The part of TensorFlow.js's API the benchmark uses (it is not a project dependency, so no types). */
interface TfTensor {
  readonly shape: number[];
  dataSync(): Float32Array;
  dispose(): void;
}
interface TfLayer {
  setWeights(weights: TfTensor[]): void;
}
interface TfRecurrentArgs {
  units: number;
  returnSequences: boolean;
  inputShape?: number[];
  recurrentActivation?: "sigmoid";
  activation?: "tanh";
  kernelInitializer?: "zeros";
  recurrentInitializer?: "zeros";
}
interface TfModel {
  add(layer: TfLayer): void;
  predict(x: TfTensor): TfTensor | TfTensor[];
  dispose(): void;
}
interface Tf {
  version: Record<string, string>;
  tensor(data: Float32Array, shape: number[]): TfTensor;
  tidy<T extends TfTensor>(f: () => T): T;
  setBackend(name: string): Promise<boolean>;
  ready(): Promise<void>;
  getBackend(): string;
  env(): { set(flag: string, value: boolean): void; getAsync(flag: string): Promise<boolean> };
  sequential(): TfModel;
  layers: Record<"lstm" | "simpleRNN", (args: TfRecurrentArgs) => TfLayer>;
  matMul(a: TfTensor, b: TfTensor): TfTensor;
  add(a: TfTensor, b: TfTensor): TfTensor;
  sub(a: TfTensor | number, b: TfTensor): TfTensor;
  mul(a: TfTensor, b: TfTensor): TfTensor;
  sigmoid(a: TfTensor): TfTensor;
  tanh(a: TfTensor): TfTensor;
  split(a: TfTensor, n: number, axis: number): TfTensor[];
  unstack(a: TfTensor, axis: number): TfTensor[];
  stack(a: TfTensor[], axis: number): TfTensor;
  zeros(shape: number[]): TfTensor;
}
interface TfWasm {
  setWasmPaths(prefix: string): void;
  setThreadsCount(n: number): void;
}

let ready: Promise<Tf> | undefined;

/** Loads tfjs and switches it to the wasm backend once per process. */
export function loadTfjs(): Promise<Tf> {
  ready ??= (async () => {
    const tf = peerRequire("@tensorflow/tfjs") as Tf;
    const wasm = peerRequire("@tensorflow/tfjs-backend-wasm") as TfWasm;
    // In Node the backend reads its .wasm files with fs: the prefix is a folder path ending in a
    // separator. One thread: the multithreaded build's workers are Blob URLs meant for browsers.
    wasm.setWasmPaths(join(dirname(peerRequire.resolve("@tensorflow/tfjs-backend-wasm")), "/"));
    wasm.setThreadsCount(1);
    tf.env().set("WASM_HAS_MULTITHREAD_SUPPORT", false);
    if (!(await tf.setBackend("wasm"))) throw new Error("tf.setBackend('wasm') failed");
    await tf.ready();
    return tf;
  })();
  return ready;
}

export async function tfjsDescription(): Promise<string> {
  const tf = await loadTfjs();
  const simd = await tf.env().getAsync("WASM_HAS_SIMD_SUPPORT");
  return `tfjs ${tf.version["tfjs-core"] ?? "?"}, backend ${tf.getBackend()}${simd ? " (SIMD)" : ""}, 1 thread`;
}

/** Keras kernels are (in, G·H): PyTorch's (G·H, in) transposed. Keras gate orders: LSTM i,f,c,o (PyTorch's); GRU z,r,h. */
function kerasKernel(w: Float32Array, gh: number, cols: number): Float32Array {
  return transpose(w, gh, cols);
}

/** Builds the forward function: batch-major (B, T, I) → (B, T, H). */
function buildForward(tf: Tf, p: RecurrentProblem): { forward: (x: TfTensor) => TfTensor; dispose: () => void } {
  const H = p.hiddenSize;
  const G = p.kind === "LSTM" ? 4 : p.kind === "GRU" ? 3 : 1;
  const owned: TfTensor[] = [];
  const t = (data: Float32Array, shape: number[]): TfTensor => {
    const x = tf.tensor(data, shape);
    owned.push(x);
    return x;
  };
  if (p.kind !== "GRU") {
    const model = tf.sequential();
    for (let l = 0; l < p.numLayers; l++) {
      const inputSize = l === 0 ? p.inputSize : H;
      const make = p.kind === "LSTM" ? tf.layers.lstm : tf.layers.simpleRNN;
      const layer = make({
        units: H,
        returnSequences: true,
        activation: "tanh",
        ...(p.kind === "LSTM" ? { recurrentActivation: "sigmoid" as const } : {}), // tfjs defaults to hardSigmoid
        ...(l === 0 ? { inputShape: [p.seqLen, p.inputSize] } : {}),
        kernelInitializer: "zeros",
        recurrentInitializer: "zeros",
      });
      model.add(layer);
      const bias = new Float32Array(G * H); // Keras has one bias: b_ih + b_hh
      const bih = param(p, `bias_ih_l${l}`).data;
      const bhh = param(p, `bias_hh_l${l}`).data;
      for (let i = 0; i < bias.length; i++) bias[i] = (bih[i] as number) + (bhh[i] as number);
      layer.setWeights([
        t(kerasKernel(param(p, `weight_ih_l${l}`).data, G * H, inputSize), [inputSize, G * H]),
        t(kerasKernel(param(p, `weight_hh_l${l}`).data, G * H, H), [H, G * H]),
        t(bias, [G * H]),
      ]);
    }
    for (const x of owned.splice(0)) x.dispose(); // setWeights copied them
    return {
      forward: (x) => tf.tidy(() => model.predict(x) as TfTensor),
      dispose: () => model.dispose(),
    };
  }
  // GRU, reset after: z, r, h gates; per step x·K + b_in and h·R + b_rec.
  const order = [1, 0, 2];
  const layers = Array.from({ length: p.numLayers }, (_, l) => {
    const inputSize = l === 0 ? p.inputSize : H;
    return {
      kernel: t(kerasKernel(reorderGates(param(p, `weight_ih_l${l}`).data, H, inputSize, order), 3 * H, inputSize), [inputSize, 3 * H]),
      recurrent: t(kerasKernel(reorderGates(param(p, `weight_hh_l${l}`).data, H, H, order), 3 * H, H), [H, 3 * H]),
      biasIn: t(reorderGates(param(p, `bias_ih_l${l}`).data, H, 1, order), [3 * H]),
      biasRec: t(reorderGates(param(p, `bias_hh_l${l}`).data, H, 1, order), [3 * H]),
    };
  });
  const forward = (x: TfTensor): TfTensor =>
    tf.tidy(() => {
      let steps = tf.unstack(x, 1);
      for (const w of layers) {
        let h = tf.zeros([p.batch, H]);
        const outs: TfTensor[] = [];
        for (const xt of steps) {
          const [xz, xr, xh] = tf.split(tf.add(tf.matMul(xt, w.kernel), w.biasIn), 3, 1) as [TfTensor, TfTensor, TfTensor];
          const [hz, hr, hh] = tf.split(tf.add(tf.matMul(h, w.recurrent), w.biasRec), 3, 1) as [TfTensor, TfTensor, TfTensor];
          const z = tf.sigmoid(tf.add(xz, hz));
          const r = tf.sigmoid(tf.add(xr, hr));
          const n = tf.tanh(tf.add(xh, tf.mul(r, hh)));
          h = tf.add(tf.mul(z, h), tf.mul(tf.sub(1, z), n));
          outs.push(h);
        }
        steps = outs;
      }
      return tf.stack(steps, 1);
    });
  return { forward, dispose: () => owned.forEach((x) => x.dispose()) };
}

/**
 * The problem's module as tfjs layers (or ops, for the GRU), run once for its output; the caller
 * times it (interleaved with the other implementations) and releases it.
 */
export async function prepareTfjs(p: RecurrentProblem): Promise<Prepared> {
  const tf = await loadTfjs();
  const { forward, dispose } = buildForward(tf, p);
  // tfjs is batch-major: the input is transposed once, outside the timing.
  const x = tf.tensor(swapLeadingDims(p.input, p.seqLen, p.batch, p.inputSize), [p.batch, p.seqLen, p.inputSize]);
  const release = () => {
    x.dispose();
    dispose();
  };
  try {
    const y = forward(x);
    const output = swapLeadingDims(y.dataSync(), p.batch, p.seqLen, p.hiddenSize);
    y.dispose();
    return {
      call: () => {
        const out = forward(x);
        out.dataSync();
        out.dispose();
      },
      output: () => output,
      release,
    };
  } catch (e) {
    release();
    throw e;
  }
}
