/**
 * The "RNN Lens: Run Cell" webview's HTML, from the server's `rnnlens/runCell` answer. Pure
 * (no `vscode`): the extension passes the webview's `cspSource` and a fresh nonce and sets
 * `webview.html` to the result. No scripts: the batch selector is `<details>` elements, the
 * heatmaps are inline SVG. Every text from the server or the user's file is escaped.
 */
import type { RunCellResult } from "../../server/lsp/protocol";
import { escapeHtml, formatBytes, formatCount, formatMs, formatShape, formatValue } from "./html";
import { heatmapLayout, MAX_COLS, MAX_PANELS, MAX_ROWS, renderHeatmapSvg, renderLegendSvg, symmetricMax } from "./heatmap";

export interface RenderContext {
  /** `webview.cspSource` */
  readonly cspSource: string;
  /** A fresh random nonce for the page's one `<style>` element. */
  readonly nonce: string;
}

/** Where the run was asked for (0-based, as LSP positions). */
export interface RunLocation {
  /** A path relative to the workspace, or the document's name. */
  readonly file: string;
  readonly line: number;
  readonly character: number;
}

export type RunCellView =
  /** A run's result (the run may have failed: `result.error`, or still lack sizes: `result.missingDims`). */
  | { readonly kind: "result"; readonly result: RunCellResult; readonly location?: RunLocation }
  /** Nothing ran: the server's message (nothing runnable at the cursor), or the client's (server not running). */
  | { readonly kind: "message"; readonly title: string; readonly message: string; readonly hint?: string; readonly location?: RunLocation }
  /**
   * A run in progress: the server's latest progress report, and a Cancel button, a link to
   * `cancelCommand` (the webview runs no scripts; the panel allows only that command's URI).
   */
  | { readonly kind: "running"; readonly location?: RunLocation; readonly progress?: RunProgress; readonly cancelCommand: string };

/** The server's work-done progress for a run. */
export interface RunProgress {
  readonly message: string;
  /** 0–100 */
  readonly percentage: number;
}

export const PANEL_TITLE = "RNN Lens: Run Cell";
/** Rows and columns of the first-values tables. */
export const VALUE_ROWS = 6;
export const VALUE_COLS = 8;

const STYLE = `
body { color: var(--vscode-editor-foreground); background: var(--vscode-editor-background); font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); line-height: 1.45; padding: 4px 20px 28px; }
h1 { font-size: 1.35em; font-weight: 600; margin: 12px 0 4px; }
h2 { font-size: 1.05em; font-weight: 600; margin: 22px 0 6px; border-bottom: 1px solid var(--vscode-panel-border, rgba(128,128,128,.35)); padding-bottom: 3px; }
h3 { font-size: 1em; font-weight: 600; margin: 14px 0 4px; }
code { color: inherit; background: none; padding: 0; }
h1 code { color: var(--vscode-textPreformat-foreground, inherit); }
code, pre, .num, .shape { font-family: var(--vscode-editor-font-family); font-size: var(--vscode-editor-font-size, 0.95em); }
.shape { white-space: nowrap; }
pre { white-space: pre-wrap; word-break: break-word; margin: 6px 0; }
table { border-collapse: collapse; margin: 4px 0 8px; }
th, td { text-align: left; vertical-align: top; padding: 3px 12px 3px 0; border-bottom: 1px solid var(--vscode-panel-border, rgba(128,128,128,.25)); }
th { font-weight: 600; color: var(--vscode-descriptionForeground); }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; padding-left: 10px; }
.muted, .location, .note { color: var(--vscode-descriptionForeground); }
.verdict { margin: 10px 0; padding: 6px 10px; border-left: 3px solid; }
.verdict.ok { border-color: var(--vscode-testing-iconPassed, #3fb950); }
.verdict.ok .mark { color: var(--vscode-testing-iconPassed, #3fb950); }
.verdict.bad { border-color: var(--vscode-errorForeground); }
.verdict.bad .mark { color: var(--vscode-errorForeground); }
.verdict.none { border-color: var(--vscode-descriptionForeground); }
.error { margin: 10px 0; padding: 8px 12px; border-left: 3px solid var(--vscode-errorForeground); background: var(--vscode-inputValidation-errorBackground, transparent); }
.error .exc { color: var(--vscode-errorForeground); font-weight: 600; }
.message { margin: 14px 0; padding: 10px 14px; border-left: 3px solid var(--vscode-textLink-foreground); background: var(--vscode-textBlockQuote-background, transparent); }
.dims .dim { white-space: nowrap; }
.dims .size { font-weight: 600; font-family: var(--vscode-editor-font-family); }
.dims .sep { color: var(--vscode-descriptionForeground); padding: 0 4px; }
details { margin: 6px 0; }
summary { cursor: pointer; color: var(--vscode-textLink-foreground); }
svg text { fill: var(--vscode-descriptionForeground); font-family: var(--vscode-font-family); font-size: 10px; }
svg text.axis { fill: var(--vscode-editor-foreground); font-size: 11px; }
.figure { overflow-x: auto; }
.too-large { margin: 10px 0; padding: 8px 12px; border-left: 3px solid var(--vscode-editorWarning-foreground, #cca700); background: var(--vscode-inputValidation-warningBackground, transparent); }
.running progress { width: 240px; margin: 6px 0; }
a.button { display: inline-block; margin: 10px 0; padding: 4px 14px; color: var(--vscode-button-foreground); background: var(--vscode-button-background); text-decoration: none; border-radius: 2px; }
a.button:hover { background: var(--vscode-button-hoverBackground); }
`;

function csp(ctx: RenderContext): string {
  const src = ctx.cspSource;
  return `default-src 'none'; style-src ${src} 'nonce-${ctx.nonce}'; img-src ${src} data:; font-src ${src};`;
}

function page(ctx: RenderContext, body: string): string {
  return [
    "<!DOCTYPE html>",
    '<html lang="en">',
    "<head>",
    '<meta charset="UTF-8">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp(ctx))}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1.0">',
    `<title>${escapeHtml(PANEL_TITLE)}</title>`,
    `<style nonce="${escapeHtml(ctx.nonce)}">${STYLE}</style>`,
    "</head>",
    `<body>${body}</body>`,
    "</html>",
  ].join("\n");
}

function locationLine(loc: RunLocation | undefined): string {
  if (!loc) return "";
  return `<div class="location">${escapeHtml(`${loc.file}:${loc.line + 1}:${loc.character + 1}`)}</div>`;
}

/**
 * Splits a meaning like `(seq_len, batch, num_directions * hidden_size)` into its parts; null
 * when it is not of that form.
 */
export function parseMeaning(meaning: string | null): string[] | null {
  if (!meaning) return null;
  const m = /^\s*\(([^()]*)\)/.exec(meaning);
  if (!m) return null;
  const parts = (m[1] as string).split(",").map((s) => s.trim());
  return parts.every((p) => p.length > 0) ? parts : null;
}

/**
 * What each dim of `shape` means, from the result's meaning: the parts one to one, the batch
 * part dropped for unbatched results, `*` standing for any leading dims (Linear, Embedding).
 * Null when the meaning does not fit the shape.
 */
export function labelDims(shape: readonly number[], meaning: string | null): string[] | null {
  const parts = parseMeaning(meaning);
  if (!parts) return null;
  if (parts[0] === "*") {
    const tail = parts.slice(1);
    if (shape.length < tail.length) return null;
    return [...new Array<string>(shape.length - tail.length).fill("*"), ...tail];
  }
  if (parts.length === shape.length) return parts;
  if (parts.length === shape.length + 1 && parts.includes("batch")) return parts.filter((p) => p !== "batch");
  return null;
}

function dimsBreakdown(shape: readonly number[], labels: readonly string[] | null): string {
  if (!labels) return `<span class="muted">—</span>`;
  const items = shape.map((size, i) => {
    const l = labels[i] ?? "";
    const name = l === "*" ? "leading dim" : l;
    return `<span class="dim"><span class="size">${size}</span> <span class="dim-name">${escapeHtml(name)}</span></span>`;
  });
  return `<span class="dims">${items.join('<span class="sep">×</span>')}</span>`;
}

function verdict(r: RunCellResult): string {
  if (r.shapesMatchInferred === true) {
    return `<div class="verdict ok" data-verdict="match"><span class="mark">✓</span> The concrete shapes equal the inferred ones.</div>`;
  }
  if (r.shapesMatchInferred === false) {
    const diffs = r.results
      .filter((t) => t.inferred !== null)
      .map((t) => `<li><code>${escapeHtml(t.name)}</code>: inferred <code>${escapeHtml(t.inferred ?? "")}</code>, ran <code>${escapeHtml(formatShape(t.shape))}</code></li>`);
    return `<div class="verdict bad" data-verdict="differ"><span class="mark">✗</span> The concrete shapes differ from the inferred ones.${diffs.length > 0 ? `<ul>${diffs.join("")}</ul>` : ""}</div>`;
  }
  return `<div class="verdict none" data-verdict="none">No inferred shapes to compare the concrete ones with.</div>`;
}

function layerTable(r: RunCellResult): string {
  const dims = Object.entries(r.dims);
  const rows: [string, string][] = [
    ["Layer", `<code>${escapeHtml(r.module.kind)}</code>`],
    ["Configuration", `<code>${escapeHtml(r.module.config)}</code>`],
    ["Parameters", r.module.parameterCount === null ? `<span class="muted">?</span>` : escapeHtml(formatCount(r.module.parameterCount))],
    ["Sample dims", dims.length === 0 ? `<span class="muted">none</span>` : dims.map(([k, v]) => `<code>${escapeHtml(k)}</code> = ${escapeHtml(String(v))}`).join(", ")],
    ["Seed", escapeHtml(String(r.seed))],
  ];
  // Only a run that got as far as the forward pass has a time.
  // With the kernels it ran on: a time means little without knowing which engine path made it.
  if (r.inputs.length > 0) rows.push(["Time", `${escapeHtml(formatMs(r.timeMs))}${r.kernels ? ` <span class="muted">·</span> <span class="kernels">${escapeHtml(r.kernels)}</span>` : ""}`]);
  return `<table class="layer">${rows.map(([k, v]) => `<tr><th>${k}</th><td>${v}</td></tr>`).join("")}</table>`;
}

function inputsTable(r: RunCellResult): string {
  if (r.inputs.length === 0) return `<p class="muted">No input was built.</p>`;
  const rows = r.inputs.map((i) => `<tr><td><code>${escapeHtml(i.name)}</code></td><td class="shape">${escapeHtml(formatShape(i.shape))}</td></tr>`);
  return `<table class="inputs"><tr><th>Tensor</th><th>Shape</th></tr>${rows.join("")}</table>`;
}

function resultsTable(r: RunCellResult): string {
  const rows = r.results.map((t) => {
    const labels = labelDims(t.shape, t.meaning);
    const meaning = t.meaning ? `<code>${escapeHtml(t.meaning)}</code>` : `<span class="muted">—</span>`;
    const inferred = t.inferred ? `<code>${escapeHtml(t.inferred)}</code>` : `<span class="muted">—</span>`;
    return `<tr class="result"><td><code>${escapeHtml(t.name)}</code></td><td class="shape">${escapeHtml(formatShape(t.shape))}</td><td>${dimsBreakdown(t.shape, labels)}<br>${meaning}</td><td>${inferred}</td></tr>`;
  });
  return `<table class="results"><tr><th>Result</th><th>Shape</th><th>What each dim means</th><th>Inferred</th></tr>${rows.join("")}</table>`;
}

/** The first values of one result: its last dim across, the leading indices down. */
export function valuesTable(shape: readonly number[], values: readonly number[]): string {
  const cols = shape.length === 0 ? 1 : (shape[shape.length - 1] as number);
  const totalRows = cols === 0 ? 0 : Math.ceil(shape.reduce((p, d) => p * d, 1) / cols);
  if (totalRows === 0 || values.length === 0) return `<p class="muted">No values.</p>`;
  const lead = shape.slice(0, -1);
  const nRows = Math.min(VALUE_ROWS, totalRows);
  const nCols = Math.min(VALUE_COLS, cols);
  const head = [`<th>index</th>`, ...Array.from({ length: nCols }, (_, c) => `<th class="num">${c}</th>`)];
  if (nCols < cols) head.push(`<th class="num">…</th>`);
  const body: string[] = [];
  for (let r = 0; r < nRows; r++) {
    // The row's leading index, e.g. [0, 1, :].
    const idx: number[] = [];
    let rest = r;
    for (let k = lead.length - 1; k >= 0; k--) {
      const size = lead[k] as number;
      idx.unshift(rest % size);
      rest = Math.floor(rest / size);
    }
    const label = shape.length <= 1 ? "[:]" : `[${[...idx, ":"].join(", ")}]`;
    const cells = Array.from({ length: nCols }, (_, c) => {
      const v = values[r * cols + c];
      return `<td class="num">${v === undefined ? "" : escapeHtml(formatValue(v))}</td>`;
    });
    if (nCols < cols) cells.push(`<td class="num muted">…</td>`);
    body.push(`<tr><td><code>${escapeHtml(label)}</code></td>${cells.join("")}</tr>`);
  }
  if (nRows < totalRows) body.push(`<tr><td class="muted">…</td>${`<td class="num muted">…</td>`.repeat(nCols + (nCols < cols ? 1 : 0))}</tr>`);
  return `<table class="values"><tr>${head.join("")}</tr>${body.join("")}</table>`;
}

function heatmapSection(r: RunCellResult): string {
  const t = r.results[0];
  if (!t) return "";
  const labels = labelDims(t.shape, t.meaning);
  const layout = heatmapLayout(t.shape, labels, t.values);
  if (layout.panels.length === 0) return "";
  const maxAbs = symmetricMax(t.values);
  const first = layout.panels[0];
  const axes = first && first.rowLabel ? `${first.rowLabel} × ${first.colLabel}` : (first?.colLabel ?? "");
  const out: string[] = [`<h2>Heatmap of <code>${escapeHtml(t.name)}</code> <span class="muted">(${escapeHtml(axes)})</span></h2>`];
  out.push(`<div class="legend-row">${renderLegendSvg(maxAbs)}</div>`);
  const notes: string[] = [];
  if (first && (first.rows < first.totalRows || first.cols < first.totalCols)) notes.push(`Showing the first ${first.rows} × ${first.cols} of ${first.totalRows} × ${first.totalCols} (at most ${MAX_ROWS} × ${MAX_COLS}).`);
  if (layout.panels.length < layout.totalPanels) notes.push(`Showing ${layout.panels.length} of ${layout.totalPanels} panels (at most ${MAX_PANELS}).`);
  if (t.valuesTruncated) notes.push(`The server sent the first ${formatCount(t.values.length)} values; cells past them are left blank.`);
  if (notes.length > 0) out.push(`<p class="note">${escapeHtml(notes.join(" "))}</p>`);
  if (layout.panels.length === 1 && first) {
    out.push(`<div class="figure">${renderHeatmapSvg(first, maxAbs, t.name)}</div>`);
  } else {
    layout.panels.forEach((p, i) => {
      out.push(`<details class="panel"${i === 0 ? " open" : ""}><summary>${escapeHtml(p.title)}</summary><div class="figure">${renderHeatmapSvg(p, maxAbs, t.name)}</div></details>`);
    });
  }
  return out.join("\n");
}

function errorBox(r: RunCellResult): string {
  const e = r.error;
  if (!e) return "";
  const lead = r.inputs.length > 0 ? "PyTorch rejects these shapes:" : "The layer could not be run:";
  return `<div class="error" role="alert"><div>${escapeHtml(lead)}</div><pre><span class="exc">${escapeHtml(e.pytorchType)}</span>: ${escapeHtml(e.message)}</pre></div>`;
}

function missingBox(r: RunCellResult): string {
  if (r.missingDims.length === 0) return "";
  const names = r.missingDims.map((d) => `<code>${escapeHtml(d)}</code>`).join(", ");
  return `<div class="message" role="status">The run needs a size for ${names}. Enter ${r.missingDims.length === 1 ? "it" : "them"} when asked, or set ${r.missingDims.length === 1 ? "it" : "them"} in the <code>rnnlens.sampleDims</code> setting, and run again.</div>`;
}

/** The size guard refused the run: its estimate, and how to get a run that fits. */
function tooLargeBox(r: RunCellResult): string {
  const t = r.tooLarge;
  if (!t) return "";
  const e = t.estimate;
  const rows: [string, string][] = [
    ["Parameters", `${escapeHtml(formatCount(e.parameters))} <span class="muted">(${escapeHtml(formatBytes(e.parameterBytes))})</span>`],
    ["Activations", escapeHtml(formatBytes(e.activationBytes))],
    ["Total", escapeHtml(formatBytes(e.totalBytes))],
    ["Limit", `${escapeHtml(String(t.limitMB))} MB <span class="muted">(<code>rnnlens.runCell.maxMemoryMB</code>)</span>`],
    ["Forward pass", `${escapeHtml(e.flops.toExponential(1))} FLOPs <span class="muted">·</span> about ${escapeHtml(formatMs(e.seconds * 1000))}`],
  ];
  return [
    `<div class="too-large" role="alert" data-too-large="true">${escapeHtml(t.message)}</div>`,
    `<h2>Estimate</h2>`,
    `<table class="estimate">${rows.map(([k, v]) => `<tr><th>${k}</th><td>${v}</td></tr>`).join("")}</table>`,
  ].join("\n");
}

/** The layer cannot run at all: its configuration or input shape is not known statically. */
function staticProblemBox(r: RunCellResult): string {
  if (!r.staticProblem) return "";
  return `<div class="message" role="status">${escapeHtml(r.staticProblem)}. Give the sizes literal values (or a <code>@shape</code> annotation) to run it.</div>`;
}

function renderResult(r: RunCellResult, loc: RunLocation | undefined): string {
  const out: string[] = [];
  out.push(`<h1>Run <code>${escapeHtml(r.module.config)}</code> on sample input</h1>`);
  out.push(locationLine(loc));
  if (r.tooLarge) out.push(tooLargeBox(r));
  else if (r.error) out.push(errorBox(r));
  else if (r.staticProblem) out.push(staticProblemBox(r));
  else if (r.missingDims.length > 0) out.push(missingBox(r));
  else out.push(verdict(r));
  out.push(`<h2>Layer</h2>`, layerTable(r));
  if (r.inputs.length > 0 || (r.missingDims.length === 0 && !r.staticProblem && !r.tooLarge)) out.push(`<h2>Sample input</h2>`, inputsTable(r));
  if (r.results.length > 0) {
    out.push(`<h2>Results</h2>`, resultsTable(r));
    out.push(heatmapSection(r));
    out.push(`<h2>First values</h2>`);
    for (const t of r.results) {
      out.push(`<h3><code>${escapeHtml(t.name)}</code> <span class="muted">${escapeHtml(formatShape(t.shape))}</span></h3>`, valuesTable(t.shape, t.values));
    }
  }
  return out.join("\n");
}

function renderMessage(title: string, message: string, hint: string | undefined, loc: RunLocation | undefined): string {
  const out = [`<h1>${escapeHtml(title)}</h1>`, locationLine(loc), `<div class="message" role="status">${escapeHtml(message)}</div>`];
  if (hint) out.push(`<p class="note">${escapeHtml(hint)}</p>`);
  return out.join("\n");
}

function renderRunning(progress: RunProgress | undefined, cancelCommand: string, loc: RunLocation | undefined): string {
  const pct = progress ? Math.max(0, Math.min(100, Math.round(progress.percentage))) : 0;
  return [
    `<h1>Running on sample input…</h1>`,
    locationLine(loc),
    `<div class="running" role="status">`,
    `<div class="step">${escapeHtml(progress ? `${progress.message[0]?.toUpperCase() ?? ""}${progress.message.slice(1)}…` : "Starting…")}</div>`,
    `<progress max="100" value="${pct}">${pct}%</progress>`,
    `</div>`,
    `<a class="button cancel" role="button" href="command:${escapeHtml(cancelCommand)}">Cancel</a>`,
    `<p class="note">The run goes on in the language server's worker thread; the editor stays responsive.</p>`,
  ].join("\n");
}

/** The whole page for a view. */
export function renderRunCell(view: RunCellView, ctx: RenderContext): string {
  const body =
    view.kind === "result"
      ? renderResult(view.result, view.location)
      : view.kind === "running"
        ? renderRunning(view.progress, view.cancelCommand, view.location)
        : renderMessage(view.title, view.message, view.hint, view.location);
  return page(ctx, body);
}
