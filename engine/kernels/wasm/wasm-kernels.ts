/**
 * The WebAssembly SIMD kernels. A forward pass copies its input and weights into the module's
 * memory once (weights packed into 8-column panels for the GEMM), runs every layer and direction
 * there — layer outputs feed the next layer in place — and copies the output and final states
 * out. Big layers are shared with worker threads on the same memory (thread-pool.ts).
 *
 * Memory: the module's memory grows to the largest forward pass it has run (input, two layer
 * outputs, one layer's packed weights and a bounded window of input projections) and is reused
 * by the next; WebAssembly memory never shrinks.
 */
import { allocFloat32 } from "../../storage";
import { typescriptKernels } from "../typescript-kernels";
import { gatesOf, stateWidth, type Kernels, type SequenceJob, type SequenceResult } from "../types";
import { JOB_FIELDS, JobField, KindCode } from "./layer-job";
import { ThreadPool } from "./thread-pool";
import { instantiate, type KernelExports, type WasmVariant } from "./wasm-module";

const PAGE_BYTES = 65536;
/** 2 GiB: addresses stay below 2^31, so they are exact in the job table's i32 fields and in
 *  JavaScript's `>>` (a pass that needs more runs on the TypeScript kernels). */
const MAX_PAGES = 32768;
const MAX_BYTES = MAX_PAGES * PAGE_BYTES - PAGE_BYTES;
/** Fixed addresses below the arena: thread control, the step barrier, the job table (and, at
 *  512, the activations' constants: assembly/activations.ts). */
const CONTROL = 0;
const BARRIER = 64;
const JOB = 128;
const ARENA = 1024;
/** Input projections are computed this many floats at a time (2 MB), so memory stays bounded. */
const PROJECTION_FLOATS = 1 << 19;
/** Layers whose per-step GEMM is smaller than this many FLOPs run on one thread: the barrier
 *  between steps would cost more than the second thread saves. */
const THREADED_STEP_FLOPS = 1 << 18;

function pad8(n: number): number {
  return (n + 7) & ~7;
}

/** Hands out 64-byte aligned buffers with 64 spare bytes each: the kernels read four lanes at a
 *  time and may read (never write) a few floats past a row's end. */
class Arena {
  private at = ARENA;
  take(floats: number): number {
    const at = this.at;
    this.at += (floats * 4 + 64 + 63) & ~63;
    return at;
  }
  get end(): number {
    return this.at;
  }
}

export class WasmKernels implements Kernels {
  readonly name: string;
  private readonly memory = new WebAssembly.Memory({ initial: 1, maximum: MAX_PAGES, shared: true });
  private readonly exports: KernelExports;
  private readonly pool: ThreadPool | null;
  /** Views of the memory, remade when it grows (only this thread grows it). */
  private f32: Float32Array;
  private table: Int32Array;

  constructor(readonly variant: WasmVariant, module: WebAssembly.Module, threads: number) {
    this.exports = instantiate(module, this.memory);
    this.exports.initConstants();
    this.pool = threads > 1 ? new ThreadPool(module, this.memory, CONTROL, threads) : null;
    this.name = threads > 1 ? `${variant} (${threads} threads)` : variant;
    this.f32 = new Float32Array(this.memory.buffer);
    this.table = new Int32Array(this.memory.buffer, JOB, JOB_FIELDS);
  }

  /** Resolves once the worker threads are up; layers run on one thread until then. */
  ready(): Promise<void> {
    return this.pool ? this.pool.whenReady() : Promise.resolve();
  }

  /**
   * Units of work each thread took in layers run on more than one thread (index 0 this thread,
   * then each worker); empty with one thread. Proves the workers computed (tests).
   */
  unitsTaken(): number[] {
    return this.pool ? this.pool.unitsTaken() : [];
  }

  /** The four-lane exp, sigmoid or tanh of the gate math over `xs` (tests hold them to Math's). */
  activation(fn: "exp" | "sigmoid" | "tanh", xs: Float32Array): Float32Array {
    const n = (xs.length + 3) & ~3;
    const arena = new Arena();
    const src = arena.take(n);
    const dst = arena.take(n);
    if (!this.reserve(arena.end)) throw new Error("activation: out of WebAssembly memory");
    const f32 = this.f32;
    f32.fill(0, src >> 2, (src >> 2) + n);
    f32.set(xs, src >> 2);
    this.exports.activate(fn === "exp" ? 0 : fn === "sigmoid" ? 1 : 2, src, dst, n);
    return f32.slice(dst >> 2, (dst >> 2) + xs.length);
  }

  /** Bytes of WebAssembly memory held (it grows to the largest pass and is then reused). */
  get memoryBytes(): number {
    return this.memory.buffer.byteLength;
  }

  /** Grows the memory to `bytes`; false when WebAssembly cannot hold that much. */
  private reserve(bytes: number): boolean {
    if (bytes > MAX_BYTES) return false;
    const have = this.f32.byteLength;
    if (bytes <= have) return true;
    try {
      this.memory.grow(Math.ceil((bytes - have) / PAGE_BYTES));
      this.f32 = new Float32Array(this.memory.buffer);
      this.table = new Int32Array(this.memory.buffer, JOB, JOB_FIELDS);
      return true;
    } catch {
      return false;
    }
  }

  sequence(job: SequenceJob): SequenceResult {
    const { kind, steps: T, batch: B, inputSize: I, hiddenSize: H, projSize: P, numLayers: L, directions: D } = job;
    // Empty sizes have nothing to compute; the reference kernels handle them.
    if (T === 0 || B === 0 || H === 0 || I === 0) return typescriptKernels.sequence(job);
    const Hout = stateWidth(job);
    const G = gatesOf(kind);
    const hp = pad8(H);
    const pp = P > 0 ? pad8(P) : 0;
    const width = D * Hout;
    const gh = G * hp;
    const maxIn = L > 1 ? Math.max(I, width) : I;
    const chunk = Math.max(1, Math.min(T, Math.floor(PROJECTION_FLOATS / (B * gh))));

    const arena = new Arena();
    const input = arena.take(T * B * I);
    const outs = [arena.take(T * B * width), L > 1 ? arena.take(T * B * width) : 0];
    const h0 = arena.take(B * Hout);
    const c = arena.take(B * hp);
    const wIh = arena.take(gh * maxIn);
    const wHh = arena.take(gh * Hout);
    const biasX = arena.take(gh);
    const biasH = arena.take(gh);
    const wHr = P > 0 ? arena.take(pp * H) : 0;
    const zeroBias = P > 0 ? arena.take(pp) : 0;
    const hc = P > 0 ? arena.take(B * hp) : 0;
    const pr = P > 0 ? arena.take(B * pp) : 0;
    const staging = arena.take(Math.max(G * H * maxIn, G * H * Hout, P * H));
    const xg = arena.take(chunk * B * gh);
    const hg = arena.take(B * gh);
    if (!this.reserve(arena.end)) return typescriptKernels.sequence(job);

    const f32 = this.f32;
    const table = this.table;
    const k = this.exports;
    f32.set(job.input.subarray(job.inputOffset, job.inputOffset + T * B * I), input >> 2);
    if (P > 0) f32.fill(0, zeroBias >> 2, (zeroBias >> 2) + pp);
    const threads = this.pool && 2 * B * gh * Hout >= THREADED_STEP_FLOPS && this.pool.ready() ? this.pool.threads : 1;

    const hN = allocFloat32(L * D * B * Hout);
    const cN = kind === "LSTM" ? allocFloat32(L * D * B * H) : null;
    for (let layer = 0; layer < L; layer++) {
      const inWidth = layer === 0 ? I : width;
      const x = layer === 0 ? input : (outs[(layer - 1) % 2] as number);
      const out = outs[layer % 2] as number;
      for (let d = 0; d < D; d++) {
        const state = layer * D + d;
        const w = job.weights[state];
        if (!w) throw new Error(`sequence: no weights for layer ${layer}, direction ${d}`);
        f32.set(w.wIh.subarray(0, G * H * inWidth), staging >> 2);
        k.packPanels(staging, G, H, inWidth, wIh);
        f32.set(w.wHh.subarray(0, G * H * Hout), staging >> 2);
        k.packPanels(staging, G, H, Hout, wHh);
        if (P > 0 && w.wHr) {
          f32.set(w.wHr.subarray(0, P * H), staging >> 2);
          k.packPanels(staging, 1, P, H, wHr);
        }
        this.packBiases(f32, kind === "GRU", G, H, hp, w.bIh, w.bHh, biasX >> 2, biasH >> 2);
        if (job.h0) f32.set(job.h0.subarray(job.h0Offset + state * B * Hout, job.h0Offset + (state + 1) * B * Hout), h0 >> 2);
        else f32.fill(0, h0 >> 2, (h0 >> 2) + B * Hout);
        f32.fill(0, c >> 2, (c >> 2) + B * hp);
        if (job.c0) {
          for (let b = 0; b < B; b++) {
            const from = job.c0Offset + (state * B + b) * H;
            f32.set(job.c0.subarray(from, from + H), (c >> 2) + b * hp);
          }
        }

        table[JobField.kind] = KindCode[kind];
        table[JobField.steps] = T;
        table[JobField.batch] = B;
        table[JobField.inWidth] = inWidth;
        table[JobField.hidden] = H;
        table[JobField.hiddenPad] = hp;
        table[JobField.proj] = P;
        table[JobField.projPad] = pp;
        table[JobField.reverse] = d;
        table[JobField.x] = x;
        table[JobField.xLd] = inWidth;
        table[JobField.wIh] = wIh;
        table[JobField.biasX] = biasX;
        table[JobField.wHh] = wHh;
        table[JobField.biasH] = biasH;
        table[JobField.wHr] = wHr;
        table[JobField.h0] = h0;
        table[JobField.c] = c;
        table[JobField.out] = out + d * Hout * 4;
        table[JobField.outLd] = width;
        table[JobField.xg] = xg;
        table[JobField.chunk] = chunk;
        table[JobField.hg] = hg;
        table[JobField.hc] = hc;
        table[JobField.pr] = pr;
        table[JobField.zeroBias] = zeroBias;
        table[JobField.threads] = threads;
        table[JobField.barrier] = BARRIER;
        if (threads > 1 && this.pool) {
          this.pool.dispatch(JOB);
          this.pool.recordCallerUnits(k.runLayer(JOB, 0));
        } else {
          k.runLayer(JOB, 0);
        }

        // h_n: the state after the last step of this direction (time T-1 forward, 0 reverse).
        const last = d === 1 ? 0 : T - 1;
        for (let b = 0; b < B; b++) {
          const from = (out >> 2) + (last * B + b) * width + d * Hout;
          hN.set(f32.subarray(from, from + Hout), (state * B + b) * Hout);
        }
        if (cN) {
          for (let b = 0; b < B; b++) cN.set(f32.subarray((c >> 2) + b * hp, (c >> 2) + b * hp + H), (state * B + b) * H);
        }
      }
      if (job.betweenLayers && layer < L - 1) job.betweenLayers(f32.subarray(out >> 2, (out >> 2) + T * B * width));
    }
    const last = outs[(L - 1) % 2] as number;
    // a new array and set(): slice() of a shared buffer copies element by element, 3× slower
    const output = allocFloat32(T * B * width);
    output.set(f32.subarray(last >> 2, (last >> 2) + T * B * width));
    return { output, hN, cN };
  }

  /**
   * The bias added to the input projection (b_ih, plus b_hh wherever it is a plain sum) and the
   * one added to each step's hidden projection (GRU's b_hn, which the reset gate multiplies),
   * one value per padded column, zeros in the padding.
   */
  private packBiases(
    f32: Float32Array, gru: boolean, G: number, H: number, hp: number,
    bIh: Float32Array | null, bHh: Float32Array | null, biasX: number, biasH: number,
  ): void {
    f32.fill(0, biasX, biasX + G * hp);
    f32.fill(0, biasH, biasH + G * hp);
    for (let g = 0; g < G; g++) {
      const hiddenSide = gru && g === 2;
      for (let j = 0; j < H; j++) {
        const ih = bIh ? (bIh[g * H + j] as number) : 0;
        const hh = bHh ? (bHh[g * H + j] as number) : 0;
        f32[biasX + g * hp + j] = hiddenSide ? ih : ih + hh;
        if (hiddenSide) f32[biasH + g * hp + j] = hh;
      }
    }
  }

  linear(m: number, n: number, k: number, x: Float32Array, xOffset: number, w: Float32Array, bias: Float32Array | null): Float32Array {
    if (m === 0 || n === 0 || k === 0) return typescriptKernels.linear(m, n, k, x, xOffset, w, bias);
    const np = pad8(n);
    const arena = new Arena();
    const xs = arena.take(m * k);
    const staging = arena.take(n * k);
    const packed = arena.take(np * k);
    const b = arena.take(np);
    const out = arena.take(m * np);
    if (!this.reserve(arena.end)) return typescriptKernels.linear(m, n, k, x, xOffset, w, bias);
    const f32 = this.f32;
    f32.set(x.subarray(xOffset, xOffset + m * k), xs >> 2);
    f32.set(w.subarray(0, n * k), staging >> 2);
    this.exports.packPanels(staging, 1, n, k, packed);
    f32.fill(0, b >> 2, (b >> 2) + np);
    if (bias) f32.set(bias.subarray(0, n), b >> 2);
    this.exports.gemmPanels(m, k, xs, k, packed, 0, np >> 3, b, out, np);
    const result = allocFloat32(m * n);
    for (let i = 0; i < m; i++) result.set(f32.subarray((out >> 2) + i * np, (out >> 2) + i * np + n), i * n);
    return result;
  }
}
