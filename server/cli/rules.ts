/**
 * The diagnostics catalog as the CLI reports it (DESIGN.md §4): each code's default severity and
 * a one-line description, for SARIF rules; links into docs/diagnostics.md.
 */
import pkg from "../../package.json";
import { diagnosticDocsUrl } from "../analysis/docs";
import { DIAGNOSTIC_CODES, type DiagnosticCode, type Severity } from "../analysis/interpreter/findings";

/** The project's home. */
export const HOME_URL = "https://github.com/rnnlens/rnnlens";

export const VERSION: string = pkg.version;

export interface RuleInfo {
  readonly severity: Severity;
  readonly description: string;
}

export const RULES: Readonly<Record<DiagnosticCode, RuleInfo>> = {
  "input-size-mismatch": { severity: "error", description: "The input's last dimension differs from the layer's input_size." },
  "input-rank": { severity: "error", description: "The input is not 2-D or 3-D (sequence modules) or 1-D or 2-D (cells)." },
  "hidden-rank": { severity: "error", description: "The hidden state's rank does not match a batched or unbatched input." },
  "hidden-size-mismatch": { severity: "error", description: "h0 (hidden[0] for an LSTM) has a shape other than the one the layer expects." },
  "cell-size-mismatch": { severity: "error", description: "The LSTM's c0 (hidden[1]) has a shape other than the one the layer expects." },
  "cell-input-mismatch": { severity: "error", description: "An RNNCell, GRUCell or LSTMCell gets an input or hidden size, or a batch, it rejects." },
  "invalid-argument": { severity: "error", description: "PyTorch rejects the constructor's arguments (sizes, proj_size, dropout, nonlinearity)." },
  "dropout-single-layer": { severity: "warning", description: "dropout > 0 with num_layers == 1 has no effect." },
  "batch-first-suspect": { severity: "warning", description: "The call only works if batch and time were swapped (batch_first mix-up)." },
  "linear-in-features-mismatch": { severity: "error", description: "A Linear layer is fed a last dimension other than in_features." },
  "reshape-invalid": { severity: "error", description: "view/reshape to a shape whose size does not match the tensor's." },
  "shape-op-invalid": { severity: "error", description: "permute, transpose, cat, select ... with out-of-range dims or mismatched sizes." },
};

export function ruleIndex(code: DiagnosticCode): number {
  return DIAGNOSTIC_CODES.indexOf(code);
}

export function helpUri(code: DiagnosticCode): string {
  return diagnosticDocsUrl(code);
}
