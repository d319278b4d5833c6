/** The status-bar item: the server's state and the shape errors in the open files. */
import * as vscode from "vscode";
import type { StatusParams } from "../server/lsp/protocol";
import { statusView, type ServerState, type StatusSnapshot } from "./status";

export class StatusBar implements vscode.Disposable {
  private readonly item: vscode.StatusBarItem;
  private snapshot: StatusSnapshot = { state: "starting", errors: 0, warnings: 0, incomplete: [] };

  constructor() {
    this.item = vscode.window.createStatusBarItem("rnnlens.status", vscode.StatusBarAlignment.Left, 50);
    this.item.name = "RNN Lens";
    this.render();
    this.item.show();
  }

  get current(): StatusSnapshot {
    return this.snapshot;
  }

  setState(state: ServerState): void {
    // A new or stopped server has not analyzed anything yet: no stale "not fully checked".
    this.snapshot = { ...this.snapshot, state, incomplete: state === "ready" ? this.snapshot.incomplete : [] };
    this.render();
  }

  /** The server's `rnnlens/status`. */
  setStatus(p: StatusParams): void {
    this.snapshot = { state: p.state, errors: p.errors, warnings: p.warnings, incomplete: p.incomplete };
    this.render();
  }

  private render(): void {
    const v = statusView(this.snapshot);
    this.item.text = v.text;
    this.item.tooltip = v.tooltip;
    this.item.command = v.command;
    this.item.backgroundColor = v.error ? new vscode.ThemeColor("statusBarItem.errorBackground") : v.warning ? new vscode.ThemeColor("statusBarItem.warningBackground") : undefined;
    this.item.accessibilityInformation = { label: v.text.replace(/\$\([^)]*\)\s*/g, ""), role: "button" };
  }

  dispose(): void {
    this.item.dispose();
  }
}
