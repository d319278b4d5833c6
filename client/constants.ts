/** Identifiers the manifest (package.json) and the code share. Pure. */
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
/** The client's documentSelector: every checked language, in files and untitled documents. */
export const DOCUMENT_SELECTOR: readonly { readonly scheme: (typeof SCHEMES)[number]; readonly language: (typeof LANGUAGES)[number] }[] = LANGUAGES.flatMap((language) => SCHEMES.map((scheme) => ({ scheme, language })));

export const RUN_CELL_VIEW_TYPE = "rnnlens.runCell";
/**
 * Cancels the Run Cell in progress: the Run Cell panel's Cancel button is a link to it. Internal
 * (not in the command palette, so not contributed in package.json).
 */
export const CANCEL_RUN_CELL_COMMAND = "rnnlens.cancelRunCell";
