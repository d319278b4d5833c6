/** Typed access to the PyTorch goldens in test/goldens/. */
import { readFileSync } from "node:fs";
import { join } from "node:path";

export interface GoldenTensor {
  shape: number[];
  data: number[];
}

export type ModuleKind = "RNN" | "GRU" | "LSTM" | "RNNCell" | "GRUCell" | "LSTMCell";

export interface ForwardCase {
  id: string;
  module: ModuleKind;
  config: Record<string, number | boolean | string>;
  seed: number;
  state_dict: Record<string, GoldenTensor>;
  input: GoldenTensor;
  hx: null | GoldenTensor | [GoldenTensor, GoldenTensor];
  expected: { output: GoldenTensor; h_n: GoldenTensor; c_n: GoldenTensor | null };
  f64_max_abs_diff: number;
}

export interface ErrorCase {
  id: string;
  check: string;
  module: ModuleKind;
  config: Record<string, unknown>;
  phase: "constructor" | "forward";
  input_shape: number[] | null;
  hx_shapes: number[][] | null;
  error_type: string;
  message: string;
  note?: string;
}

export interface ValidSurprisingCase {
  id: string;
  module: ModuleKind;
  config: Record<string, unknown>;
  input_shape: number[] | null;
  hx_shapes: number[][] | null;
  result_shapes: { output: number[]; h_n: number[]; c_n: number[] | null } | null;
  warnings: string[];
}

export interface ExoticCase {
  id: string;
  call: string;
  error_type: string;
  message: string;
}

const dir = join(__dirname, "..", "goldens");

function load<T>(name: string): T {
  return JSON.parse(readFileSync(join(dir, name), "utf8")) as T;
}

export function forwardGoldens(): ForwardCase[] {
  return load<{ cases: ForwardCase[] }>("forward-public.json").cases;
}

export function errorGoldens(): { cases: ErrorCase[]; valid_surprising: ValidSurprisingCase[]; exotic_errors: ExoticCase[] } {
  return load("errors-public.json");
}
