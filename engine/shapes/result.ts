/**
 * What a shape rule returns: the result shapes, or the error PyTorch would raise with its
 * message, the check that failed and the argument at fault. Plain data, so the analyzer can turn
 * it into a diagnostic and the concrete engine into a thrown error.
 */
import type { PyTorchErrorType } from "../errors";
import type { Shape } from "./dim";

/**
 * The argument a failed check blames. Constructor arguments use PyTorch's keyword names;
 * forward arguments: `input`, `hx` (the whole hidden state), `h0` / `c0` (LSTM's pair), `other`
 * (the second operand of a binary op), `dims` (the sizes or dims argument of a view op),
 * `tensors` (the list given to cat/stack; `index` says which).
 */
export type ArgumentRole =
  | "input_size"
  | "hidden_size"
  | "num_layers"
  | "bias"
  | "batch_first"
  | "dropout"
  | "bidirectional"
  | "proj_size"
  | "nonlinearity"
  | "option"
  | "input"
  | "hx"
  | "h0"
  | "c0"
  | "other"
  | "dims"
  | "tensors";

export interface RuleError {
  readonly pytorchType: PyTorchErrorType;
  readonly message: string;
  /** Which check failed, with the names the PyTorch goldens use (`input_feature_size`, `h0_shape`, ...). */
  readonly check: string;
  readonly argument: ArgumentRole;
  /** For tensors in a list (cat/stack): the index of the one at fault. */
  readonly index?: number;
  /** The shape the check expected, where there is one (hidden sizes). */
  readonly expected?: Shape;
  /** The shape it got. */
  readonly actual?: Shape;
}

export interface RuleWarning {
  readonly check: string;
  readonly message: string;
  readonly argument: ArgumentRole;
}

export type RuleResult<T> =
  | { readonly ok: true; readonly value: T; readonly warnings: readonly RuleWarning[] }
  | { readonly ok: false; readonly error: RuleError };

export function ok<T>(value: T, warnings: readonly RuleWarning[] = []): RuleResult<T> {
  return { ok: true, value, warnings };
}

export function fail<T>(error: RuleError): RuleResult<T> {
  return { ok: false, error };
}
