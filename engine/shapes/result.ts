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

/**
 * Every check the engine can fail, by the names the PyTorch goldens use where they have one.
 * The analyzer maps each to a diagnostic code (server/analysis/catalog.ts), so a new check must
 * be added here and mapped there: the compiler refuses an id that is not listed.
 */
export const CHECK_IDS = [
  // Constructor arguments (recurrent-config.ts, recurrent-args.ts, nn/linear.ts).
  "ctor_non_int_size",
  "ctor_negative_size",
  "ctor_hidden_size_nonpositive",
  "ctor_num_layers_nonpositive",
  "ctor_dropout_range",
  "ctor_dropout_type",
  "ctor_nonlinearity",
  "ctor_proj_size_negative",
  "ctor_proj_size_ge_hidden",
  "ctor_proj_size_not_lstm",
  "ctor_unexpected_kwarg",
  "ctor_missing_argument",
  "ctor_too_many_arguments",
  "ctor_duplicate_argument",
  // The warning PyTorch gives for dropout on one layer.
  "dropout_single_layer",
  // Sequence modules' forward (recurrent-forward.ts), in PyTorch's order.
  "input_rank_0d",
  "input_rank",
  "hx_container",
  "hx_rank_batched",
  "hx_rank_unbatched",
  "input_feature_size",
  "h0_shape",
  "h0_shape_layers",
  "h0_shape_batch",
  "h0_shape_hidden",
  "c0_shape",
  "c0_shape_layers",
  "c0_shape_batch",
  "c0_shape_hidden",
  "kernel_argument_types",
  "seq_len_zero",
  // Cells' forward.
  "cell_input_rank",
  "cell_nonlinearity",
  "cell_input_size",
  "cell_hx_rank",
  "cell_hx_batch",
  "cell_hx_hidden",
  "cell_cx_rank",
  "cell_cx_batch",
  "cell_cx_hidden",
  // Tensor ops (ops.ts) and the concrete tensor's own checks (tensor.ts, nn/linear.ts).
  "dim_out_of_range",
  // Indexing (`h[-2]`) past a known size: PyTorch's IndexError.
  "index_out_of_range",
  "int_argument",
  "reshape_invalid",
  "view_not_contiguous",
  "permute_invalid",
  "flatten_invalid",
  "select_invalid",
  "slice_invalid",
  "cat_invalid",
  "stack_invalid",
  "linear_in_features",
  "factory_negative",
  "t_invalid",
  "item_invalid",
  "embedding_indices",
  "embedding_index",
] as const;

export type CheckId = (typeof CHECK_IDS)[number];

export interface RuleError {
  readonly pytorchType: PyTorchErrorType;
  readonly message: string;
  /** Which check failed, with the names the PyTorch goldens use (`input_feature_size`, `h0_shape`, ...). */
  readonly check: CheckId;
  readonly argument: ArgumentRole;
  /** For tensors in a list (cat/stack): the index of the one at fault. */
  readonly index?: number;
  /** The shape the check expected, where there is one (hidden sizes). */
  readonly expected?: Shape;
  /** The shape it got. */
  readonly actual?: Shape;
}

export interface RuleWarning {
  readonly check: CheckId;
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
