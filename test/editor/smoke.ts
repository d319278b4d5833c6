/**
 * Browser smoke test of RNN Lens's UI in a real VS Code (code-server + Chromium), done the way a
 * person would: open the sample workspace, open a file with a known mistake from the Explorer,
 * see the squiggle and the Problems row, hover the mistake, run "RNN Lens: Run Cell on Sample
 * Input" from the command palette and read the output shape in the webview. Then the same for a
 * Python file with a wrong input_size, and its correct twin shows nothing. Then a Jupyter notebook
 * with a wrong h0 in a later cell: the squiggle in that cell, the Problems row, the hover; its
 * corrected twin shows nothing. Saves screenshots (to docs/images/, which the README shows, when
 * RNNLENS_UPDATE_SCREENSHOTS=1).
 *
 * Run on its own: node --import tsx test/editor/smoke.ts (after `npm run build` and
 * `node scripts/editor-env.mjs`); `npm run test:editor` runs it after the suites.
 * RNNLENS_SMOKE_PARTS=notebook (a comma-separated list of typescript, python, notebook) runs only
 * those parts, in that fixed order.
 */
import { mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Frame, Locator, Page } from "playwright-core";
import { Browser, CodeServer, ROOT, cleanUpOnSignals, freshRunDir, stopAll } from "./code-server";
import { copySampleWorkspace } from "./sample-workspace";

export const SCREENSHOTS = {
  diagnostics: "docs/images/diagnostics.png",
  hover: "docs/images/hover.png",
  runCell: "docs/images/run-cell.png",
  python: "docs/images/python.png",
  notebook: "docs/images/notebook.png",
} as const;

/** The parts of the smoke test, in the order they run (RNNLENS_SMOKE_PARTS picks some). */
export const SMOKE_PARTS = ["typescript", "python", "notebook"] as const;
export type SmokePart = (typeof SMOKE_PARTS)[number];

/** The parts RNNLENS_SMOKE_PARTS names (all when unset); an unknown name is an error, not a silent skip. */
export function smokeParts(value: string | undefined): readonly SmokePart[] {
  if (value === undefined || value.trim() === "") return SMOKE_PARTS;
  const names = value.split(",").map((n) => n.trim()).filter((n) => n !== "");
  const unknown = names.filter((n) => !(SMOKE_PARTS as readonly string[]).includes(n));
  if (unknown.length > 0) throw new Error(`RNNLENS_SMOKE_PARTS: unknown part(s) ${unknown.join(", ")}; the parts are ${SMOKE_PARTS.join(", ")}`);
  return SMOKE_PARTS.filter((p) => names.includes(p));
}

/** The file with the known mistake, and where things are in it (1-based, as Go to Line takes them). */
const FILE = { folder: "src", name: "tutorial-mistakes.ts" };
const MISTAKE = { line: 9, column: 48, message: "Expected hidden[0] size (2, 3, 20), got [1, 3, 20]" };
const LSTM = { line: 5, column: 20 };
const COMMAND = "RNN Lens: Run Cell on Sample Input";
/** The Python file with a wrong input_size, and its correct twin. */
const PY_FILE = { folder: "src", name: "lstm_wrong_input.py" };
const PY_TWIN = { folder: "src", name: "lstm_correct.py" };
const PY_MISTAKE = { line: 10, column: 25, message: "input.size(-1) must be equal to input_size. Expected 10, got 12" };
const PY_INPUTS = { line: 7, column: 1 };
const PY_LSTM = { line: 6, column: 11 };
/** The hover's shape of `inputs`, with or without dim names. */
const PY_INPUT_SHAPE = /Tensor\[(seq=)?5, (batch=)?3, 12\]/;
/** The notebook with a wrong h0 in a later cell, and its corrected twin. */
const NB_FILE = { folder: "src", name: "gru_wrong_h0.ipynb" };
const NB_TWIN = { folder: "src", name: "gru_correct.ipynb" };
const NB_MESSAGE = "Expected hidden size (2, 3, 20), got [1, 3, 20]";
/** Text only the cell with the forward call has, and the line h0 is made on (with the inlay hint ": [2, 3, 20]" after h0; monaco may render spaces as U+00A0, which \s matches). */
const NB_FORWARD_CELL = "gru(inputs";
const NB_H0_LINE = /^h0\b.*=\s*torch\.zeros\(/;
/** The hover's shape of h0 in the corrected notebook (two layers). */
const NB_TWIN_H0_SHAPE = /Tensor\[2, (batch=)?3, 20\]/;
/** The screenshots' size. */
const VIEWPORT = { width: 1440, height: 900 };

/** Settings for tidy screenshots (on top of the quiet ones every run gets). */
const SMOKE_SETTINGS: Readonly<Record<string, unknown>> = {
  "editor.minimap.enabled": false,
  "workbench.tips.enabled": false,
  "editor.fontSize": 14,
  "editor.hover.delay": 100,
  "workbench.secondarySideBar.defaultVisibility": "hidden",
  "chat.commandCenter.enabled": false,
  "workbench.layoutControl.enabled": false,
};

export interface SmokeOptions {
  readonly workspace: string;
  readonly runDir: string;
  /** Where the screenshots go (the repository root: paths in SCREENSHOTS are relative to it). */
  readonly outDir?: string;
  readonly log?: (message: string) => void;
  /** The extension's folder (default: this repository). */
  readonly extension?: string;
  /** The parts to run (default: RNNLENS_SMOKE_PARTS, else all). */
  readonly parts?: readonly SmokePart[];
}

async function step<T>(log: (m: string) => void, what: string, f: () => Promise<T>): Promise<T> {
  const t0 = Date.now();
  try {
    const r = await f();
    log(`  ✔ ${what} (${Date.now() - t0} ms)`);
    return r;
  } catch (e) {
    log(`  ✗ ${what} (${Date.now() - t0} ms)`);
    throw e;
  }
}

async function textOf(l: Locator): Promise<string> {
  return (await l.textContent({ timeout: 5_000 })) ?? "";
}

async function goToLine(page: Page, line: number, column: number): Promise<void> {
  await page.keyboard.press("Control+G");
  const input = page.locator(".quick-input-widget:not([style*='display: none']) input");
  await input.waitFor({ state: "visible", timeout: 10_000 });
  await input.fill(`:${line}:${column}`);
  await page.keyboard.press("Enter");
  await page.locator(".quick-input-widget").first().waitFor({ state: "hidden", timeout: 10_000 });
  await page.locator(".part.statusbar").getByText(`Ln ${line}, Col ${column}`).first().waitFor({ timeout: 10_000 });
}

/** Opens a file by clicking it in the Explorer (expanding its folder if need be). */
async function openFromExplorer(page: Page, folder: string, name: string): Promise<void> {
  const rows = page.locator(".explorer-folders-view .monaco-list-row");
  const file = rows.filter({ hasText: name });
  if ((await file.count()) === 0) {
    await rows.filter({ hasText: new RegExp(`^${folder}$`) }).first().click();
  }
  await file.first().click();
  await page.locator(`.tabs-container .tab[aria-label*="${name}"]`).first().waitFor({ timeout: 20_000 });
  await page.locator(".monaco-editor .view-lines").first().waitFor({ timeout: 20_000 });
}

/** Runs a command by its title from the command palette (F1). */
async function paletteCommand(page: Page, title: string): Promise<void> {
  await page.keyboard.press("F1");
  const input = page.locator(".quick-input-widget input");
  await input.waitFor({ state: "visible", timeout: 10_000 });
  await input.fill(`>${title}`);
  const item = page.locator(".quick-input-list .monaco-list-row").filter({ hasText: title });
  await item.first().waitFor({ timeout: 10_000 });
  await page.keyboard.press("Enter");
}

/** The hover (Ctrl+K Ctrl+I) at a position, once it shows `expect`; returns its text. */
async function hoverAt(page: Page, at: { line: number; column: number }, expect: RegExp | string): Promise<string> {
  await goToLine(page, at.line, at.column);
  await page.keyboard.press("Control+K");
  await page.keyboard.press("Control+I");
  const hover = page.locator(".monaco-editor .monaco-hover:not(.hidden)");
  await hover.filter({ hasText: expect }).first().waitFor({ timeout: 20_000 });
  return textOf(hover.filter({ hasText: expect }).first());
}

/** The webview's content frame whose body contains `text` (webviews are an iframe inside an iframe). */
async function webviewFrame(page: Page, text: string, timeoutMs: number): Promise<Frame> {
  const deadline = Date.now() + timeoutMs;
  let seen: string[] = [];
  while (Date.now() < deadline) {
    seen = [];
    for (const f of page.frames()) {
      if (f === page.mainFrame()) continue;
      try {
        const body = await f.locator("body").innerText({ timeout: 1_000 });
        seen.push(body.slice(0, 80));
        if (body.includes(text)) return f;
      } catch {
        // frame navigating or detached
      }
    }
    await page.waitForTimeout(200);
  }
  throw new Error(`no webview frame shows ${JSON.stringify(text)} within ${timeoutMs} ms; frames: ${JSON.stringify(seen)}`);
}

export async function smoke(o: SmokeOptions): Promise<void> {
  const log = o.log ?? ((m: string) => console.log(m));
  const outDir = o.outDir ?? ROOT;
  const shot = (rel: string): string => {
    const p = join(outDir, rel);
    mkdirSync(resolve(p, ".."), { recursive: true });
    return p;
  };
  const server = await step(log, "code-server starts", () => CodeServer.start({ runDir: o.runDir, settings: SMOKE_SETTINGS, verbose: process.env["RNNLENS_EDITOR_VERBOSE"] === "1" }));
  try {
    const browser = await step(log, "Chromium starts", () => Browser.launch(join(o.runDir, "browser-profile"), VIEWPORT));
    const page = browser.page;
    const pageErrors: string[] = [];
    page.on("pageerror", (e) => pageErrors.push(e.message));
    await step(log, "the workbench opens the sample workspace", async () => {
      await page.goto(server.workbenchUrl(o.workspace, { extensionDevelopmentPath: [o.extension ?? ROOT] }), { waitUntil: "domcontentloaded", timeout: 60_000 });
      await page.locator(".monaco-workbench").waitFor({ timeout: 60_000 });
      await page.locator(".explorer-folders-view .monaco-list-row").first().waitFor({ timeout: 60_000 });
    });

    const parts = o.parts ?? smokeParts(process.env["RNNLENS_SMOKE_PARTS"]);
    try {
      if (parts.includes("typescript")) await typescriptSteps(page, log, shot);
      if (parts.includes("python")) await pythonSteps(page, log, shot);
      if (parts.includes("notebook")) await notebookSteps(page, log, shot);
    } catch (e) {
      // What the page showed when a step failed (kept with RNNLENS_EDITOR_KEEP=1).
      const failure = join(o.runDir, "failure.png");
      await page.screenshot({ path: failure }).then(
        () => log(`    (the page at the failure: ${failure})`),
        () => undefined,
      );
      throw e;
    }
    if (pageErrors.length > 0) log(`    (uncaught page errors, not failures: ${pageErrors.slice(0, 3).join(" | ")})`);
  } finally {
    await stopAll();
  }
}

/**
 * The TypeScript file with a wrong h0: squiggle, Problems row, hover and Run Cell, with the
 * screenshots diagnostics.png, hover.png and run-cell.png.
 */
async function typescriptSteps(page: Page, log: (m: string) => void, shot: (rel: string) => string): Promise<void> {
  await step(log, `open ${FILE.folder}/${FILE.name} from the Explorer`, () => openFromExplorer(page, FILE.folder, FILE.name));

  await step(log, "the mistake gets a red squiggle", () => page.locator(".view-overlays .squiggly-error").first().waitFor({ timeout: 60_000 }));
  // Tidier screenshots: the editor's own TypeScript service done starting (not a check: best effort).
  await page
    .locator(".part.statusbar")
    .getByText(/Initializing/)
    .waitFor({ state: "detached", timeout: 30_000 })
    .catch(() => log("    (TypeScript still initializing; screenshots go on)"));

  await step(log, "Problems (Ctrl+Shift+M) lists it", async () => {
    await page.locator(".monaco-editor .view-lines").first().click();
    await page.keyboard.press("Control+Shift+M");
    const row = page.locator(".markers-panel .monaco-list-row").filter({ hasText: MISTAKE.message });
    await row.first().waitFor({ timeout: 20_000 });
    const text = await textOf(row.first());
    if (!text.includes("rnnlens")) throw new Error(`the Problems row does not name the source rnnlens: ${text}`);
    const count = await textOf(page.locator("#status\\.problems"));
    log(`    Problems row: ${text.replace(/\s+/g, " ").trim()}; status bar: ${count.trim()}`);
    // The cursor on the mistake, so the screenshot shows squiggle, code and Problems together.
    await goToLine(page, MISTAKE.line, MISTAKE.column);
    await page.screenshot({ path: shot(SCREENSHOTS.diagnostics) });
  });

  await step(log, "hover (Ctrl+K Ctrl+I) on the mistake explains it", async () => {
    await goToLine(page, MISTAKE.line, MISTAKE.column);
    await page.keyboard.press("Control+K");
    await page.keyboard.press("Control+I");
    const hover = page.locator(".monaco-editor .monaco-hover:not(.hidden)");
    await hover.filter({ hasText: "Tensor[1, 3, 20]" }).first().waitFor({ timeout: 20_000 });
    const text = await textOf(hover.first());
    for (const part of [MISTAKE.message, "h0"]) if (!text.includes(part)) throw new Error(`the hover lacks ${JSON.stringify(part)}: ${text}`);
    await page.screenshot({ path: shot(SCREENSHOTS.hover) });
    await page.keyboard.press("Escape");
  });

  await step(log, `"${COMMAND}" from the command palette on the LSTM shows the output shape`, async () => {
    // Room for the Run Cell panel: close the bottom panel (Ctrl+J) and the side bar (Ctrl+B).
    await page.locator(".monaco-editor .view-lines").first().click();
    await page.keyboard.press("Control+J");
    await page.locator(".part.panel").waitFor({ state: "hidden", timeout: 10_000 });
    await page.keyboard.press("Control+B");
    await page.locator(".part.sidebar").waitFor({ state: "hidden", timeout: 10_000 });
    await goToLine(page, LSTM.line, LSTM.column);
    await page.keyboard.press("F1");
    const input = page.locator(".quick-input-widget input");
    await input.waitFor({ state: "visible", timeout: 10_000 });
    await input.fill(`>${COMMAND}`);
    const item = page.locator(".quick-input-list .monaco-list-row").filter({ hasText: COMMAND });
    await item.first().waitFor({ timeout: 10_000 });
    await page.keyboard.press("Enter");
    await page.locator(".tabs-container .tab").filter({ hasText: "Run Cell" }).first().waitFor({ timeout: 30_000 });
    const frame = await webviewFrame(page, "[5, 3, 20]", 30_000);
    const body = await frame.locator("body").innerText();
    for (const part of ["LSTM(10, 20, num_layers=2)", "output", "[5, 3, 20]"]) if (!body.includes(part)) throw new Error(`the Run Cell panel lacks ${JSON.stringify(part)}: ${body.slice(0, 500)}`);
    await page.screenshot({ path: shot(SCREENSHOTS.runCell) });
  });
}

/**
 * The Python file: squiggle, Problems row, hover and Run Cell, as for TypeScript, with no Python
 * extension or interpreter in the editor; then its correct twin, which shows nothing.
 */
async function pythonSteps(page: Page, log: (m: string) => void, shot: (rel: string) => string): Promise<void> {
  await step(log, `close the editors, open ${PY_FILE.folder}/${PY_FILE.name} from the Explorer`, async () => {
    await paletteCommand(page, "View: Close All Editors");
    await page.locator(".tabs-container .tab").first().waitFor({ state: "detached", timeout: 10_000 });
    await paletteCommand(page, "View: Show Explorer");
    await page.locator(".explorer-folders-view").waitFor({ timeout: 10_000 });
    await openFromExplorer(page, PY_FILE.folder, PY_FILE.name);
  });

  await step(log, "the Python mistake gets a red squiggle", () => page.locator(".view-overlays .squiggly-error").first().waitFor({ timeout: 60_000 }));

  await step(log, "Problems (Ctrl+Shift+M) lists it with PyTorch's message", async () => {
    await page.locator(".monaco-editor .view-lines").first().click();
    await page.keyboard.press("Control+Shift+M");
    const row = page.locator(".markers-panel .monaco-list-row").filter({ hasText: PY_MISTAKE.message });
    await row.first().waitFor({ timeout: 20_000 });
    const text = await textOf(row.first());
    if (!text.includes("rnnlens")) throw new Error(`the Problems row does not name the source rnnlens: ${text}`);
    log(`    Problems row: ${text.replace(/\s+/g, " ").trim()}`);
  });

  await step(log, "hover on the Python mistake shows the message and the tensor's shape", async () => {
    const text = await hoverAt(page, PY_MISTAKE, PY_INPUT_SHAPE);
    if (!text.includes(PY_MISTAKE.message)) throw new Error(`the hover lacks ${JSON.stringify(PY_MISTAKE.message)}: ${text}`);
    await page.screenshot({ path: shot(SCREENSHOTS.python) });
    await page.keyboard.press("Escape");
  });

  await step(log, `"${COMMAND}" on the Python LSTM shows the output shape`, async () => {
    await page.locator(".monaco-editor .view-lines").first().click();
    await page.keyboard.press("Control+J");
    await page.locator(".part.panel").waitFor({ state: "hidden", timeout: 10_000 });
    await goToLine(page, PY_LSTM.line, PY_LSTM.column);
    await paletteCommand(page, COMMAND);
    await page.locator(".tabs-container .tab").filter({ hasText: "Run Cell" }).first().waitFor({ timeout: 30_000 });
    const frame = await webviewFrame(page, "[5, 3, 20]", 30_000);
    const body = await frame.locator("body").innerText();
    for (const part of ["LSTM(10, 20, num_layers=2)", "output", "[5, 3, 20]"]) if (!body.includes(part)) throw new Error(`the Run Cell panel lacks ${JSON.stringify(part)}: ${body.slice(0, 500)}`);
  });

  await step(log, `its correct twin ${PY_TWIN.name} shows nothing`, async () => {
    await paletteCommand(page, "View: Close All Editors");
    await page.locator(".tabs-container .tab").first().waitFor({ state: "detached", timeout: 10_000 });
    await paletteCommand(page, "View: Show Explorer");
    await openFromExplorer(page, PY_TWIN.folder, PY_TWIN.name);
    // Analyzed once its tensors have hovers; then no squiggle.
    await hoverAt(page, PY_INPUTS, /Tensor\[(seq=)?5, (batch=)?3, 10\]/);
    await page.keyboard.press("Escape");
    const squiggles = await page.locator(".view-overlays .squiggly-error").count();
    if (squiggles !== 0) throw new Error(`${squiggles} error squiggle(s) on the correct file`);
  });
}

/** Closes every editor and shows the Explorer (the state each later part starts from). */
async function closeAllAndShowExplorer(page: Page): Promise<void> {
  await paletteCommand(page, "View: Close All Editors");
  await page.locator(".tabs-container .tab").first().waitFor({ state: "detached", timeout: 10_000 });
  await paletteCommand(page, "View: Show Explorer");
  await page.locator(".explorer-folders-view").waitFor({ timeout: 10_000 });
}

/**
 * The notebook editor shown. A closed notebook's editor stays in the page, hidden, to be reused:
 * only the visible one counts.
 */
function shownNotebook(page: Page): Locator {
  return page.locator(".notebookOverlay").filter({ visible: true });
}

/** Opens a notebook from the Explorer and waits for the notebook editor to show its cells. */
async function openNotebookFromExplorer(page: Page, folder: string, name: string): Promise<void> {
  await openFromExplorer(page, folder, name);
  // Its tab first: until then the shown notebook may still be the one closed before.
  await page.locator(".tabs-container .tab.active").filter({ hasText: name }).first().waitFor({ timeout: 60_000 });
  await shownNotebook(page).locator(".code-cell-row").first().waitFor({ timeout: 60_000 });
}

/** The shown notebook's code cell whose text contains `text`. */
function codeCell(page: Page, text: string): Locator {
  return shownNotebook(page).locator(".code-cell-row").filter({ hasText: text });
}

/** Shows the hover (Ctrl+K Ctrl+I) where the cursor is, once it shows `expect`; returns its text. */
async function hoverAtCursor(page: Page, expect: RegExp | string): Promise<string> {
  await page.keyboard.press("Control+K");
  await page.keyboard.press("Control+I");
  const hover = page.locator(".monaco-hover:not(.hidden)").filter({ hasText: expect }).first();
  await hover.waitFor({ timeout: 20_000 });
  return textOf(hover);
}

/**
 * The Jupyter notebook (code-server's built-in ipynb support opens it in the notebook editor; no
 * Jupyter extension, kernel or Python): the squiggle in the cell with the wrong h0 and nowhere
 * else, the Problems row under the notebook, the hover (screenshot notebook.png), Run Cell from
 * the code lens above the GRU in its cell; then its corrected twin, which shows nothing.
 */
async function notebookSteps(page: Page, log: (m: string) => void, shot: (rel: string) => string): Promise<void> {
  await step(log, `close the editors, open ${NB_FILE.folder}/${NB_FILE.name} from the Explorer`, async () => {
    await closeAllAndShowExplorer(page);
    await openNotebookFromExplorer(page, NB_FILE.folder, NB_FILE.name);
  });

  const forward = codeCell(page, NB_FORWARD_CELL);
  await step(log, "the cell with the wrong h0 gets a red squiggle, no other cell does", async () => {
    await forward.locator(".view-overlays .squiggly-error").first().waitFor({ timeout: 60_000 });
    const all = await shownNotebook(page).locator(".squiggly-error").count();
    if (all !== 1) throw new Error(`${all} error squiggles in the notebook; one expected (on h0 in the forward cell)`);
  });

  await step(log, "Problems (Ctrl+Shift+M) lists it under the notebook", async () => {
    await forward.locator(".view-lines").first().click();
    await page.keyboard.press("Control+Shift+M");
    const row = page.locator(".markers-panel .monaco-list-row").filter({ hasText: NB_MESSAGE });
    await row.first().waitFor({ timeout: 20_000 });
    const text = await textOf(row.first());
    if (!text.includes("rnnlens")) throw new Error(`the Problems row does not name the source rnnlens: ${text}`);
    // The rows: the notebook, its one problem, and the problem's related place (num_layers).
    const resource = page.locator(".markers-panel .monaco-list-row").first();
    const resourceText = await textOf(resource);
    if (!resourceText.includes(NB_FILE.name)) throw new Error(`the Problems row above the problem is not the notebook: ${resourceText}`);
    const count = (await textOf(page.locator("#status\\.problems"))).replace(/\s+/g, " ").trim();
    if (count !== "1 0") throw new Error(`the status bar counts ${JSON.stringify(count)} problems; 1 error and 0 warnings expected`);
    log(`    Problems: ${resourceText.replace(/\s+/g, " ").trim()} / ${text.replace(/\s+/g, " ").trim()}`);
  });

  await step(log, "the Problems row leads to h0 in its cell, whose hover shows the message (screenshot)", async () => {
    // Enter on the row puts the cursor on the problem and scrolls its cell into view.
    // (Clicked on the message, left of the code's link to the docs.)
    await page.locator(".markers-panel .monaco-list-row").filter({ hasText: NB_MESSAGE }).first().click({ position: { x: 80, y: 10 } });
    await page.keyboard.press("Enter");
    await forward.locator(".monaco-editor.focused").waitFor({ timeout: 10_000 });
    // The shape comes after the problem in the hover: wait for it, then both are there.
    const text = await hoverAtCursor(page, /h0: Tensor\[1, (batch=)?3, 20\]/);
    if (!text.includes(NB_MESSAGE)) throw new Error(`the hover lacks the message: ${text}`);
    await page.screenshot({ path: shot(SCREENSHOTS.notebook) });
    await page.keyboard.press("Escape");
  });

  await step(log, "the code lens “Run on sample input” above the GRU's cell opens the Run Cell panel", async () => {
    await page.keyboard.press("Control+J");
    await page.locator(".part.panel").waitFor({ state: "hidden", timeout: 10_000 });
    await codeCell(page, "nn.GRU(").locator(".codelens-decoration a").filter({ hasText: "Run on sample input" }).first().click();
    await page.locator(".tabs-container .tab").filter({ hasText: "Run Cell" }).first().waitFor({ timeout: 30_000 });
    const frame = await webviewFrame(page, "GRU(10, 20, num_layers=2)", 30_000);
    const body = await frame.locator("body").innerText();
    for (const part of ["output", "[5, 3, 20]"]) if (!body.includes(part)) throw new Error(`the Run Cell panel lacks ${JSON.stringify(part)}: ${body.slice(0, 500)}`);
  });

  await step(log, `its corrected twin ${NB_TWIN.name} shows nothing`, async () => {
    await closeAllAndShowExplorer(page);
    await openNotebookFromExplorer(page, NB_TWIN.folder, NB_TWIN.name);
    // Analyzed once h0 in the last cell has a hover; then no squiggle anywhere.
    const h0Line = codeCell(page, NB_FORWARD_CELL).locator(".view-line").filter({ hasText: NB_H0_LINE }).first();
    // The last cell renders after the first ones (a loaded machine takes seconds), and its lines
    // are rendered again as the analysis' inlay hints arrive: look the line up until it holds still.
    await h0Line.waitFor({ state: "visible", timeout: 60_000 });
    const deadline = Date.now() + 60_000;
    let box = await h0Line.boundingBox({ timeout: 5_000 }).catch(() => null);
    while (!box && Date.now() < deadline) {
      await page.waitForTimeout(250);
      box = await h0Line.boundingBox({ timeout: 5_000 }).catch(() => null);
    }
    if (!box) throw new Error("the h0 line of the corrected notebook is not shown");
    await page.mouse.click(box.x + 2, box.y + box.height / 2);
    await hoverAtCursor(page, NB_TWIN_H0_SHAPE);
    await page.keyboard.press("Escape");
    const squiggles = await shownNotebook(page).locator(".squiggly-error").count();
    if (squiggles !== 0) throw new Error(`${squiggles} error squiggle(s) in the corrected notebook`);
  });
}

const isMain = process.argv[1] !== undefined && resolve(process.argv[1]) === resolve(ROOT, "test/editor/smoke.ts");
if (isMain) {
  const runDir = freshRunDir("rnnlens-smoke");
  cleanUpOnSignals();
  const workspace = copySampleWorkspace(join(runDir, "workspace", "rnn-models"));
  smoke({ workspace, runDir })
    .then(() => console.log("smoke: ok"))
    .catch((e: unknown) => {
      console.error(`smoke: FAILED: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
      process.exitCode = 1;
    });
}
