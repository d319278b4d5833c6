/** The one "RNN Lens: Run Cell" webview panel, reused for every run. Rendering is in webview/render.ts. */
import { randomBytes } from "node:crypto";
import * as vscode from "vscode";
import { CANCEL_RUN_CELL_COMMAND, RUN_CELL_VIEW_TYPE } from "./constants";
import { PANEL_TITLE, renderRunCell, type RunCellView } from "./webview/render";

export class RunCellPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;

  /** Shows `view`, creating the panel beside the editor the first time, revealing it after. */
  show(view: RunCellView): void {
    if (!this.panel) {
      this.panel = vscode.window.createWebviewPanel(
        RUN_CELL_VIEW_TYPE,
        PANEL_TITLE,
        { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
        // No scripts; the only command link the page may follow is the running view's Cancel.
        { enableScripts: false, enableCommandUris: [CANCEL_RUN_CELL_COMMAND], enableFindWidget: true, localResourceRoots: [] },
      );
      this.panel.onDidDispose(() => {
        this.panel = undefined;
      });
    } else {
      this.panel.reveal(undefined, true);
    }
    const webview = this.panel.webview;
    webview.html = renderRunCell(view, { cspSource: webview.cspSource, nonce: randomBytes(16).toString("base64") });
  }

  dispose(): void {
    this.panel?.dispose();
    this.panel = undefined;
  }
}
