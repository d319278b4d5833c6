/**
 * The diagnostics catalog, in one place: every code the analysis reports, its severity, a title
 * and a one-line description, where its documentation lives (docs/diagnostics.md, one section
 * per code, anchored by the code), and which engine check each code stands for. The analyzer,
 * the CLI (text, JSON, SARIF rules), the language server (codeDescription links) and the docs
 * test all read it, so a code cannot drift between them. Plain data: no LSP, no VS Code.
 * (docs/architecture.md#diagnostics)
 */
import type { shapes } from "../../engine";

export type Severity = "error" | "warning" | "information" | "hint";

export type DiagnosticCode =
  | "input-size-mismatch"
  | "input-rank"
  | "hidden-rank"
  | "hidden-size-mismatch"
  | "cell-size-mismatch"
  | "cell-input-mismatch"
  | "invalid-argument"
  | "dropout-single-layer"
  | "batch-first-suspect"
  | "linear-in-features-mismatch"
  | "reshape-invalid"
  | "shape-op-invalid";

export interface CatalogEntry {
  readonly severity: Severity;
  /** A few words, for a rule's name in lists (SARIF `shortDescription`). */
  readonly title: string;
  /** One sentence: when the code is reported. */
  readonly description: string;
}

/** The catalog, in the order the docs list it (SARIF rule indexes follow this order too). */
export const CATALOG: Readonly<Record<DiagnosticCode, CatalogEntry>> = {
  "input-size-mismatch": {
    severity: "error",
    title: "Input size mismatch",
    description: "The input's last dimension differs from the layer's input_size.",
  },
  "input-rank": {
    severity: "error",
    title: "Input rank",
    description: "The input is not 2-D or 3-D (sequence modules) or 1-D or 2-D (cells), or the sequence is empty.",
  },
  "hidden-rank": {
    severity: "error",
    title: "Hidden state rank",
    description: "The hidden state's rank does not match a batched or unbatched input, or its container is wrong.",
  },
  "hidden-size-mismatch": {
    severity: "error",
    title: "Hidden state size mismatch",
    description: "h0 (hidden[0] for an LSTM) has a shape other than the one the layer expects.",
  },
  "cell-size-mismatch": {
    severity: "error",
    title: "Cell state size mismatch",
    description: "The LSTM's c0 (hidden[1]) has a shape other than the one the layer expects.",
  },
  "cell-input-mismatch": {
    severity: "error",
    title: "Cell input mismatch",
    description: "An RNNCell, GRUCell or LSTMCell gets an input or hidden size, or a batch, it rejects.",
  },
  "invalid-argument": {
    severity: "error",
    title: "Invalid constructor argument",
    description: "PyTorch rejects the constructor's arguments (sizes, proj_size, dropout, nonlinearity).",
  },
  "dropout-single-layer": {
    severity: "warning",
    title: "Dropout on a single layer",
    description: "dropout > 0 with num_layers == 1 has no effect.",
  },
  "batch-first-suspect": {
    severity: "warning",
    title: "Batch and time swapped",
    description: "The call only works if batch and time were swapped (batch_first mix-up).",
  },
  "linear-in-features-mismatch": {
    severity: "error",
    title: "Linear in_features mismatch",
    description: "A Linear layer is fed a last dimension other than in_features.",
  },
  "reshape-invalid": {
    severity: "error",
    title: "Invalid reshape",
    description: "view/reshape to a shape whose size does not match the tensor's, or view on a tensor whose strides do not allow it.",
  },
  "shape-op-invalid": {
    severity: "error",
    title: "Invalid shape operation",
    description: "permute, transpose, cat, stack, select ... with out-of-range dims or mismatched sizes.",
  },
};

export const DIAGNOSTIC_CODES: readonly DiagnosticCode[] = Object.keys(CATALOG) as DiagnosticCode[];

/** Where the catalog is documented: each code has a section there whose anchor is the code. */
export const DIAGNOSTICS_DOCS_URL = "https://github.com/rnnlens/rnnlens/blob/main/docs/diagnostics.md";

/** The anchor of a code's section in docs/diagnostics.md (its `## code` heading). */
export function docsAnchor(code: DiagnosticCode): string {
  return code;
}

export function diagnosticDocsUrl(code: DiagnosticCode): string {
  return `${DIAGNOSTICS_DOCS_URL}#${docsAnchor(code)}`;
}

export function severityOf(code: DiagnosticCode): Severity {
  return CATALOG[code].severity;
}

/**
 * The code each engine check is reported under. Every `CheckId` is listed (the type requires
 * it), so a check added to the engine does not compile until it is given a code here.
 */
export const CODE_FOR_CHECK: Readonly<Record<shapes.CheckId, DiagnosticCode>> = {
  ctor_non_int_size: "invalid-argument",
  ctor_negative_size: "invalid-argument",
  ctor_hidden_size_nonpositive: "invalid-argument",
  ctor_num_layers_nonpositive: "invalid-argument",
  ctor_dropout_range: "invalid-argument",
  ctor_dropout_type: "invalid-argument",
  ctor_nonlinearity: "invalid-argument",
  ctor_proj_size_negative: "invalid-argument",
  ctor_proj_size_ge_hidden: "invalid-argument",
  ctor_proj_size_not_lstm: "invalid-argument",
  ctor_unexpected_kwarg: "invalid-argument",
  ctor_missing_argument: "invalid-argument",
  ctor_too_many_arguments: "invalid-argument",
  ctor_duplicate_argument: "invalid-argument",
  // PyTorch's argument parser rejects non-boolean bias/bidirectional when the kernel is called.
  kernel_argument_types: "invalid-argument",
  dropout_single_layer: "dropout-single-layer",
  input_rank_0d: "input-rank",
  input_rank: "input-rank",
  seq_len_zero: "input-rank",
  cell_input_rank: "input-rank",
  hx_container: "hidden-rank",
  hx_rank_batched: "hidden-rank",
  hx_rank_unbatched: "hidden-rank",
  input_feature_size: "input-size-mismatch",
  h0_shape: "hidden-size-mismatch",
  h0_shape_layers: "hidden-size-mismatch",
  h0_shape_batch: "hidden-size-mismatch",
  h0_shape_hidden: "hidden-size-mismatch",
  c0_shape: "cell-size-mismatch",
  c0_shape_layers: "cell-size-mismatch",
  c0_shape_batch: "cell-size-mismatch",
  c0_shape_hidden: "cell-size-mismatch",
  cell_nonlinearity: "cell-input-mismatch",
  cell_input_size: "cell-input-mismatch",
  cell_hx_rank: "cell-input-mismatch",
  cell_hx_batch: "cell-input-mismatch",
  cell_hx_hidden: "cell-input-mismatch",
  cell_cx_rank: "cell-input-mismatch",
  cell_cx_batch: "cell-input-mismatch",
  cell_cx_hidden: "cell-input-mismatch",
  linear_in_features: "linear-in-features-mismatch",
  reshape_invalid: "reshape-invalid",
  view_not_contiguous: "reshape-invalid",
  dim_out_of_range: "shape-op-invalid",
  index_out_of_range: "shape-op-invalid",
  int_argument: "shape-op-invalid",
  permute_invalid: "shape-op-invalid",
  flatten_invalid: "shape-op-invalid",
  select_invalid: "shape-op-invalid",
  slice_invalid: "shape-op-invalid",
  cat_invalid: "shape-op-invalid",
  stack_invalid: "shape-op-invalid",
  factory_negative: "shape-op-invalid",
  t_invalid: "shape-op-invalid",
  item_invalid: "shape-op-invalid",
  embedding_indices: "shape-op-invalid",
  embedding_index: "shape-op-invalid",
};

/** An engine check the catalog does not know: a bug in RNN Lens, never a user's mistake. */
export class UnknownCheckError extends Error {
  readonly check: string;
  constructor(check: string) {
    super(`internal error: the engine check '${check}' has no diagnostic code in server/analysis/catalog.ts`);
    this.name = "UnknownCheckError";
    this.check = check;
  }
}

function isCheckId(check: string): check is shapes.CheckId {
  return Object.prototype.hasOwnProperty.call(CODE_FOR_CHECK, check);
}

/** The code a failed engine check is reported under; throws `UnknownCheckError` for an id it does not list. */
export function codeForCheckId(check: string): DiagnosticCode {
  if (!isCheckId(check)) throw new UnknownCheckError(check);
  return CODE_FOR_CHECK[check];
}
