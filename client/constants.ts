/** Identifiers the manifest (package.json) and the code share. Pure. */
import { NOTEBOOK_CELL_LANGUAGE, NOTEBOOK_TYPES } from "../server/lsp/protocol";

export const EXTENSION_NAME = "RNN Lens";
export const CLIENT_ID = "rnnlens";
export const CONFIG_SECTION = "rnnlens";
export const OUTPUT_CHANNEL_NAME = "RNN Lens";

export const COMMANDS = {
  restartServer: "rnnlens.restartServer",
  showOutput: "rnnlens.showOutput",
  runCellOnSampleInput: "rnnlens.runCellOnSampleInput",
} as const;

/** The documents the language server checks; Python's are PyTorch code, the others use RNN Lens's engine. */
export const LANGUAGES = ["typescript", "javascript", "typescriptreact", "javascriptreact", "python"] as const;
export const SCHEMES = ["file", "untitled"] as const;
export type FileSelector = { readonly scheme: (typeof SCHEMES)[number]; readonly language: (typeof LANGUAGES)[number] };
/** A notebook's Python cells (their URIs have the `vscode-notebook-cell` scheme). */
export type NotebookCellSelector = { readonly notebook: (typeof NOTEBOOK_TYPES)[number]; readonly language: typeof NOTEBOOK_CELL_LANGUAGE };
/**
 * The client's documentSelector: every checked language in files and untitled documents, and the
 * Python cells of Jupyter notebooks and the Interactive Window (the server syncs those cells as
 * notebooks; this entry is what sends hover, inlay hint, code lens and code action requests for them).
 */
export const DOCUMENT_SELECTOR: readonly (FileSelector | NotebookCellSelector)[] = [
  ...LANGUAGES.flatMap((language) => SCHEMES.map((scheme) => ({ scheme, language }))),
  ...NOTEBOOK_TYPES.map((notebook) => ({ notebook, language: NOTEBOOK_CELL_LANGUAGE })),
];

export const RUN_CELL_VIEW_TYPE = "rnnlens.runCell";
/**
 * Cancels the Run Cell in progress: the Run Cell panel's Cancel button is a link to it. Internal
 * (not in the command palette, so not contributed in package.json).
 */
export const CANCEL_RUN_CELL_COMMAND = "rnnlens.cancelRunCell";
