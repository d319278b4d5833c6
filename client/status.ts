/**
 * What the status-bar item shows for the server's state and the shape errors the server
 * reports (`rnnlens/status`). Pure: the extension copies the result onto a StatusBarItem.
 */

export type ServerState = "starting" | "ready" | "analyzing" | "disabled" | "stopped";

export interface StatusSnapshot {
  readonly state: ServerState;
  readonly errors: number;
  readonly warnings: number;
}

export interface StatusView {
  readonly text: string;
  readonly tooltip: string;
  /** The command a click runs. */
  readonly command: string;
  /** Whether to paint the item with the error background. */
  readonly error: boolean;
}

export const SHOW_PROBLEMS_COMMAND = "workbench.actions.view.problems";
export const RESTART_COMMAND = "rnnlens.restartServer";

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

function counts(s: StatusSnapshot): string {
  return s.warnings > 0 ? `${plural(s.errors, "error")}, ${plural(s.warnings, "warning")}` : plural(s.errors, "error");
}

export function statusView(s: StatusSnapshot): StatusView {
  const problems = `${plural(s.errors, "shape error")} and ${plural(s.warnings, "warning")} in the open files.`;
  switch (s.state) {
    case "starting":
      return { text: "$(sync~spin) RNN Lens: starting", tooltip: "RNN Lens: the language server is starting", command: SHOW_PROBLEMS_COMMAND, error: false };
    case "analyzing":
      return { text: `$(sync~spin) RNN Lens: ${counts(s)}`, tooltip: `RNN Lens: checking shapes…\n${problems}\nClick to show the Problems panel.`, command: SHOW_PROBLEMS_COMMAND, error: false };
    case "ready":
      return { text: `$(pulse) RNN Lens: ${counts(s)}`, tooltip: `RNN Lens: ready\n${problems}\nClick to show the Problems panel.`, command: SHOW_PROBLEMS_COMMAND, error: false };
    case "disabled":
      return { text: "$(circle-slash) RNN Lens: disabled", tooltip: "RNN Lens: shape checking is turned off (setting rnnlens.enable)", command: SHOW_PROBLEMS_COMMAND, error: false };
    case "stopped":
      return { text: "$(error) RNN Lens: stopped", tooltip: "RNN Lens: the language server is not running.\nClick to restart it.", command: RESTART_COMMAND, error: true };
  }
}
