/**
 * What the analysis reports, as plain data: diagnostics with the diagnostic catalog's codes
 * (DESIGN.md §4), the related locations that set an expectation, and the edits that fix them.
 */
import type { Span } from "../ir";

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

export const DIAGNOSTIC_CODES: readonly DiagnosticCode[] = [
  "input-size-mismatch",
  "input-rank",
  "hidden-rank",
  "hidden-size-mismatch",
  "cell-size-mismatch",
  "cell-input-mismatch",
  "invalid-argument",
  "dropout-single-layer",
  "batch-first-suspect",
  "linear-in-features-mismatch",
  "reshape-invalid",
  "shape-op-invalid",
];

export type Severity = "error" | "warning" | "information" | "hint";

export interface RelatedLocation {
  readonly file: string;
  readonly span: Span;
  readonly message: string;
}

export interface TextEdit {
  readonly file: string;
  readonly span: Span;
  readonly newText: string;
}

export interface Fix {
  readonly title: string;
  readonly edits: readonly TextEdit[];
}

export interface Finding {
  readonly file: string;
  readonly span: Span;
  readonly code: DiagnosticCode;
  readonly severity: Severity;
  readonly message: string;
  readonly related: readonly RelatedLocation[];
  readonly fixes: readonly Fix[];
}

/** The catalog code for a failed engine check (the rule's `check` id). */
export function codeForCheck(check: string): DiagnosticCode {
  if (check === "input_feature_size") return "input-size-mismatch";
  if (check === "input_rank" || check === "input_rank_0d" || check === "seq_len_zero" || check === "cell_input_rank") return "input-rank";
  if (check.startsWith("hx_rank") || check === "hx_container") return "hidden-rank";
  if (check.startsWith("h0_shape")) return "hidden-size-mismatch";
  if (check.startsWith("c0_shape")) return "cell-size-mismatch";
  if (check.startsWith("cell_")) return "cell-input-mismatch";
  if (check.startsWith("ctor_") || check === "kernel_argument_types") return "invalid-argument";
  if (check === "dropout_single_layer") return "dropout-single-layer";
  if (check === "linear_in_features") return "linear-in-features-mismatch";
  if (check === "reshape_invalid" || check === "view_not_contiguous") return "reshape-invalid";
  return "shape-op-invalid";
}
