/**
 * What the status-bar item shows for the server's state and the shape errors the server
 * reports (`rnnlens/status`). Pure: the extension copies the result onto a StatusBarItem.
 * Every state here is one the client sets or the server sends: an open file the server could
 * not fully analyze turns the item into a warning that names it, so an empty Problems panel
 * never passes for a clean workspace.
 */
import type { IncompleteFile } from "../server/lsp/protocol";

export type ServerState = "starting" | "ready" | "disabled" | "stopped";

export interface StatusSnapshot {
  readonly state: ServerState;
  readonly errors: number;
  readonly warnings: number;
  /** Open files whose analysis is partial (from the server). */
  readonly incomplete: readonly IncompleteFile[];
}

export interface StatusView {
  readonly text: string;
  readonly tooltip: string;
  /** The command a click runs. */
  readonly command: string;
  /** Whether to paint the item with the error background. */
  readonly error: boolean;
  /** Whether to paint it with the warning background (results are incomplete). */
  readonly warning: boolean;
}

export const SHOW_PROBLEMS_COMMAND = "workbench.actions.view.problems";
export const RESTART_COMMAND = "rnnlens.restartServer";
export const SHOW_OUTPUT_COMMAND = "rnnlens.showOutput";
/** Incomplete files the tooltip names; the rest are counted. */
const LISTED_INCOMPLETE = 5;

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

function counts(s: StatusSnapshot): string {
  return s.warnings > 0 ? `${plural(s.errors, "error")}, ${plural(s.warnings, "warning")}` : plural(s.errors, "error");
}

/** The last segment of a URI's path, decoded (`file:///a/my%20model.ts` -> `my model.ts`). */
export function fileNameOf(uri: string): string {
  const path = uri.replace(/[?#].*$/, "");
  const name = path.slice(path.lastIndexOf("/") + 1);
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}

function incompleteView(s: StatusSnapshot): StatusView {
  const n = s.incomplete.length;
  const listed = s.incomplete.slice(0, LISTED_INCOMPLETE).map((f) => `• ${fileNameOf(f.uri)}: ${f.reason}`);
  if (n > LISTED_INCOMPLETE) listed.push(`• and ${plural(n - LISTED_INCOMPLETE, "more file")}`);
  return {
    text: `$(warning) RNN Lens: ${counts(s)}, ${plural(n, "file")} not fully checked`,
    tooltip: `RNN Lens: some problems may be missing.\n${plural(s.errors, "shape error")} and ${plural(s.warnings, "warning")} in the open files; not fully checked:\n${listed.join("\n")}\nClick to show the RNN Lens output.`,
    command: SHOW_OUTPUT_COMMAND,
    error: false,
    warning: true,
  };
}

export function statusView(s: StatusSnapshot): StatusView {
  const problems = `${plural(s.errors, "shape error")} and ${plural(s.warnings, "warning")} in the open files.`;
  switch (s.state) {
    case "starting":
      return { text: "$(sync~spin) RNN Lens: starting", tooltip: "RNN Lens: the language server is starting", command: SHOW_PROBLEMS_COMMAND, error: false, warning: false };
    case "ready":
      if (s.incomplete.length > 0) return incompleteView(s);
      return { text: `$(pulse) RNN Lens: ${counts(s)}`, tooltip: `RNN Lens: ready\n${problems}\nClick to show the Problems panel.`, command: SHOW_PROBLEMS_COMMAND, error: false, warning: false };
    case "disabled":
      return { text: "$(circle-slash) RNN Lens: disabled", tooltip: "RNN Lens: shape checking is turned off (setting rnnlens.enable)", command: SHOW_PROBLEMS_COMMAND, error: false, warning: false };
    case "stopped":
      return { text: "$(error) RNN Lens: stopped", tooltip: "RNN Lens: the language server is not running.\nClick to restart it.", command: RESTART_COMMAND, error: true, warning: false };
  }
}
