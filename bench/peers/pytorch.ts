/**
 * Peer: PyTorch itself (torch.nn.LSTM/GRU/RNN, one thread, torch.no_grad()), when a Python with
 * torch is installed — the benchmark never installs it. The weights and input go to a temporary
 * safetensors file written by the engine's own writer; ./torch_bench.py loads them, times the
 * forward pass and writes its output back for the comparison.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { writeSafetensors } from "../../engine/io/safetensors";
import type { RecurrentProblem, Timing, TimingPolicy } from "./common";

const SCRIPT = join(__dirname, "torch_bench.py");

export interface TorchInfo {
  python: string;
  version: string;
}

let found: TorchInfo | null | undefined;

/** The first of $PYTHON, python3, /usr/bin/python3 that imports torch, or null. */
export function findTorch(): TorchInfo | null {
  if (found !== undefined) return found;
  const candidates = [...new Set([process.env.PYTHON, "python3", "/usr/bin/python3"].filter((c): c is string => !!c))];
  found = null;
  for (const python of candidates) {
    const r = spawnSync(python, ["-c", "import torch; print(torch.__version__)"], { encoding: "utf8" });
    if (r.status === 0) {
      found = { python, version: r.stdout.trim() };
      break;
    }
  }
  return found;
}

export interface TorchResult {
  timing: Timing;
  output: Float32Array;
  threads: number;
  /** BLAS_INFO from torch.__config__.show() and the BLAS libraries mapped into the process */
  blasInfo: string;
  blas: string[];
}

export function runTorch(p: RecurrentProblem, policy: TimingPolicy): TorchResult {
  const torch = findTorch();
  if (!torch) throw new Error("no python3 with torch");
  const dir = mkdtempSync(join(tmpdir(), "rnnlens-bench-torch-"));
  try {
    const tensors = join(dir, "tensors.safetensors");
    const output = join(dir, "output.bin");
    const entries: [string, { shape: number[]; data: Float32Array }][] = [...p.weights.entries()];
    entries.push(["input", { shape: [p.seqLen, p.batch, p.inputSize], data: p.input }]);
    writeFileSync(tensors, writeSafetensors(entries));
    const args = { tensors, output, kind: p.kind, inputSize: p.inputSize, hiddenSize: p.hiddenSize, numLayers: p.numLayers, ...policy };
    const r = spawnSync(torch.python, [SCRIPT, JSON.stringify(args)], { encoding: "utf8", maxBuffer: 1 << 24 });
    if (r.status !== 0) throw new Error(`torch_bench.py failed: ${(r.stderr || String(r.error)).trim().split("\n").slice(-3).join(" | ")}`);
    const lines = r.stdout.trim().split("\n");
    const result = JSON.parse(lines[lines.length - 1] ?? "{}") as Timing & { threads: number; blasInfo: string; blas: string[] };
    const bytes = readFileSync(output);
    const out = new Float32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
    return {
      timing: { medianMs: result.medianMs, samples: result.samples, callsPerSample: result.callsPerSample },
      output: out,
      threads: result.threads,
      blasInfo: result.blasInfo,
      blas: result.blas,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
