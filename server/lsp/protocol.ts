/**
 * RNN Lens's custom LSP messages, shared by the server and the VS Code client (vscode-eslint's
 * habit: one file of protocol types both sides import).
 */
import { NotificationType, RequestType, type Position, type TextDocumentIdentifier, type WorkDoneProgressParams } from "vscode-languageserver-protocol";
import type { RunCellResult } from "../analysis/run-cell";

export const RUN_CELL_METHOD = "rnnlens/runCell";
export const RUN_CELL_COMMAND = "rnnlens.runCellOnSampleInput";
/**
 * The notebook types whose Python cells are checked: Jupyter notebooks and the Interactive
 * Window. The server declares notebook sync for them and the client's documentSelector names
 * their cells (without the latter, cells get no hovers, hints, lenses or actions).
 */
export const NOTEBOOK_TYPES = ["jupyter-notebook", "interactive"] as const;
/** The only cell language synced: markdown, raw and other-language cells are never sent. */
export const NOTEBOOK_CELL_LANGUAGE = "python" as const;
/** Notification the server sends when its state or the workspace's error count changes. */
export const STATUS_METHOD = "rnnlens/status";

/**
 * With a `workDoneToken`, the server reports the run's progress (`$/progress` begin, reports,
 * end); `$/cancelRequest` ends a run (the answer is then the RequestCancelled error).
 */
export interface RunCellParams extends WorkDoneProgressParams {
  readonly textDocument: TextDocumentIdentifier;
  readonly position: Position;
  /** Sizes for symbolic dims (`seq`, `batch`, `hidden`, ...); the rnnlens.sampleDims setting fills the rest. */
  readonly dims?: Record<string, number>;
  readonly seed?: number;
}

/** What runCell answers: the run's result, or why nothing ran. */
export type RunCellResponse =
  | ({ readonly found: true } & RunCellResult)
  | { readonly found: false; readonly message: string };

/** An open document whose analysis is partial: its Problems may be missing some. */
export interface IncompleteFile {
  readonly uri: string;
  /** Why, for the user: the work budget ran out, the file was too large, an internal error, ... */
  readonly reason: string;
}

export interface StatusParams {
  readonly state: "ready" | "disabled";
  /** Shape errors in the open documents. */
  readonly errors: number;
  readonly warnings: number;
  /** Open documents not fully analyzed (never silently: an empty Problems panel is no success then). */
  readonly incomplete: readonly IncompleteFile[];
}

export const RunCellRequest = new RequestType<RunCellParams, RunCellResponse, void>(RUN_CELL_METHOD);
export const StatusNotification = new NotificationType<StatusParams>(STATUS_METHOD);

export type { RunCellResult };
