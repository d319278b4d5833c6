/**
 * Heatmaps of a result tensor as inline SVG: no scripts, no images, so the webview's strict
 * Content-Security-Policy holds. A diverging colour scale (ColorBrewer RdBu: blue below zero,
 * near-white at zero, red above) symmetric around zero, one `<rect class="cell">` per value,
 * each with a `<title>` tooltip while the picture is small. Pure (no `vscode`).
 */
import { escapeHtml, formatValue } from "./html";

/** RdBu, 9 classes, from the most negative to the most positive. */
export const DIVERGING_STOPS: readonly string[] = ["#2166ac", "#4393c3", "#92c5de", "#d1e5f0", "#f7f7f7", "#fddbc7", "#f4a582", "#d6604d", "#b2182b"];
/** The colour of a value that is not a number (NaN, ±Infinity). */
export const NON_FINITE_COLOR = "#808080";

/** Largest panel drawn: rows (time steps) and columns (features) past these are cut. */
export const MAX_ROWS = 128;
export const MAX_COLS = 256;
/** Most panels (batch items) drawn. */
export const MAX_PANELS = 16;
/** Past this many cells in one heatmap the per-cell tooltips are left out to keep the page light. */
export const MAX_CELLS_WITH_TITLES = 4000;

function parseHex(c: string): [number, number, number] {
  return [parseInt(c.slice(1, 3), 16), parseInt(c.slice(3, 5), 16), parseInt(c.slice(5, 7), 16)];
}

function toHex(rgb: readonly number[]): string {
  return `#${rgb.map((x) => Math.round(x).toString(16).padStart(2, "0")).join("")}`;
}

/** The colour of `v` on a scale from `-maxAbs` (blue) through 0 (white) to `+maxAbs` (red). */
export function divergingColor(v: number, maxAbs: number): string {
  if (!Number.isFinite(v)) return NON_FINITE_COLOR;
  const m = maxAbs > 0 && Number.isFinite(maxAbs) ? maxAbs : 1;
  const t = (Math.max(-1, Math.min(1, v / m)) + 1) / 2; // 0..1
  const pos = t * (DIVERGING_STOPS.length - 1);
  const i = Math.min(DIVERGING_STOPS.length - 2, Math.floor(pos));
  const f = pos - i;
  const a = parseHex(DIVERGING_STOPS[i] as string);
  const b = parseHex(DIVERGING_STOPS[i + 1] as string);
  return toHex([0, 1, 2].map((k) => (a[k] as number) + ((b[k] as number) - (a[k] as number)) * f));
}

/** The scale's half-width: the largest |value| among the finite values (1 when there is none or all are 0). */
export function symmetricMax(values: Iterable<number>): number {
  let m = 0;
  for (const v of values) if (Number.isFinite(v) && Math.abs(v) > m) m = Math.abs(v);
  return m > 0 ? m : 1;
}

/** One 2-D picture: `rows` × `cols` values read through `value`. */
export interface HeatmapPanel {
  /** e.g. "batch item 0"; empty when the tensor has only one panel. */
  readonly title: string;
  readonly rows: number;
  readonly cols: number;
  /** Rows and columns in the tensor (before cutting to MAX_ROWS × MAX_COLS). */
  readonly totalRows: number;
  readonly totalCols: number;
  readonly rowLabel: string;
  readonly colLabel: string;
  /** The value at (row, col); undefined when the server cut the values short. */
  value(row: number, col: number): number | undefined;
}

export interface HeatmapLayout {
  readonly panels: HeatmapPanel[];
  /** Panels in the tensor (before cutting to MAX_PANELS). */
  readonly totalPanels: number;
}

function isTimeLabel(l: string | undefined): boolean {
  return l !== undefined && /^(seq|seq_len|L|time)\b/.test(l);
}

function axisWord(label: string | undefined, fallback: string): string {
  if (isTimeLabel(label)) return "time step";
  if (label === "batch") return "batch item";
  if (label === undefined || label === "" || label === "*") return fallback;
  return label;
}

/**
 * How a tensor is drawn: the last dim across (features), the time dim down (or the dim before
 * the last when there is no time dim), one panel per index of the other dims (batch items).
 * `labels` are what each dim means (`seq_len`, `batch`, ...), or null when unknown.
 */
export function heatmapLayout(shape: readonly number[], labels: readonly string[] | null, values: ArrayLike<number>): HeatmapLayout {
  if (shape.length === 0 || shape.some((d) => d === 0)) return { panels: [], totalPanels: 0 };
  const rank = shape.length;
  const strides = new Array<number>(rank).fill(1);
  for (let i = rank - 2; i >= 0; i--) strides[i] = (strides[i + 1] as number) * (shape[i + 1] as number);
  const colAxis = rank - 1;
  let rowAxis = -1;
  if (rank >= 2) {
    const t = labels ? labels.findIndex((l, i) => i !== colAxis && isTimeLabel(l)) : -1;
    rowAxis = t >= 0 ? t : rank - 2;
  }
  const panelAxes = shape.map((_, i) => i).filter((i) => i !== colAxis && i !== rowAxis);
  const totalPanels = panelAxes.reduce((p, a) => p * (shape[a] as number), 1);
  const totalRows = rowAxis >= 0 ? (shape[rowAxis] as number) : 1;
  const totalCols = shape[colAxis] as number;
  const rows = Math.min(totalRows, MAX_ROWS);
  const cols = Math.min(totalCols, MAX_COLS);
  const label = (i: number) => labels?.[i];
  const rowLabel = rowAxis >= 0 ? axisWord(label(rowAxis), `dim ${rowAxis}`) : "";
  const colLabel = axisWord(label(colAxis), "feature");
  const panels: HeatmapPanel[] = [];
  for (let p = 0; p < Math.min(totalPanels, MAX_PANELS); p++) {
    // The panel's index along each panel axis (row-major over the panel axes).
    let rest = p;
    let base = 0;
    const parts: string[] = [];
    for (let k = panelAxes.length - 1; k >= 0; k--) {
      const a = panelAxes[k] as number;
      const size = shape[a] as number;
      const idx = rest % size;
      rest = Math.floor(rest / size);
      base += idx * (strides[a] as number);
      parts.unshift(`${axisWord(label(a), `dim ${a}`)} ${idx}`);
    }
    const rowStride = rowAxis >= 0 ? (strides[rowAxis] as number) : 0;
    panels.push({
      title: totalPanels > 1 ? parts.join(", ") : "",
      rows,
      cols,
      totalRows,
      totalCols,
      rowLabel,
      colLabel,
      value: (r, c) => {
        const i = base + r * rowStride + c;
        return i < values.length ? values[i] : undefined;
      },
    });
  }
  return { panels, totalPanels };
}

function clamp(x: number, lo: number, hi: number): number {
  return Math.max(lo, Math.min(hi, x));
}

/** Tick positions: 0 and every `step`-th index so that at most about `max` labels show. */
export function ticks(n: number, max: number): number[] {
  if (n <= 0) return [];
  const step = Math.max(1, Math.ceil(n / max));
  const out: number[] = [];
  for (let i = 0; i < n; i += step) out.push(i);
  return out;
}

const LEFT = 44;
const TOP = 6;
const BOTTOM = 34;
const RIGHT = 8;

/** One panel as an `<svg>`: a `<rect class="cell">` per value, axis ticks and labels. */
export function renderHeatmapSvg(panel: HeatmapPanel, maxAbs: number, name: string): string {
  const cw = clamp(Math.floor(560 / Math.max(1, panel.cols)), 3, 22);
  const ch = clamp(Math.floor(300 / Math.max(1, panel.rows)), 3, 22);
  const w = LEFT + panel.cols * cw + RIGHT;
  const h = TOP + panel.rows * ch + BOTTOM;
  const titles = panel.rows * panel.cols <= MAX_CELLS_WITH_TITLES;
  const out: string[] = [];
  const desc = `${name}${panel.title ? `, ${panel.title}` : ""}: ${panel.totalRows} ${panel.rowLabel || "row"}${panel.totalRows === 1 ? "" : "s"} × ${panel.totalCols} ${panel.colLabel}`;
  out.push(`<svg class="heatmap" xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}" role="img" aria-label="${escapeHtml(`Heatmap of ${desc}`)}">`);
  for (let r = 0; r < panel.rows; r++) {
    for (let c = 0; c < panel.cols; c++) {
      const v = panel.value(r, c);
      if (v === undefined) continue;
      const x = LEFT + c * cw;
      const y = TOP + r * ch;
      const fill = divergingColor(v, maxAbs);
      if (titles) {
        out.push(`<rect class="cell" x="${x}" y="${y}" width="${cw}" height="${ch}" fill="${fill}"><title>${escapeHtml(`${panel.rowLabel || "row"} ${r}, ${panel.colLabel} ${c}: ${formatValue(v)}`)}</title></rect>`);
      } else {
        out.push(`<rect class="cell" x="${x}" y="${y}" width="${cw}" height="${ch}" fill="${fill}"/>`);
      }
    }
  }
  // Row ticks (time steps) on the left, column ticks (features) below.
  for (const r of ticks(panel.rows, Math.max(1, Math.floor((panel.rows * ch) / 14)))) {
    out.push(`<text class="tick" x="${LEFT - 4}" y="${TOP + r * ch + ch / 2 + 3}" text-anchor="end">${r}</text>`);
  }
  for (const c of ticks(panel.cols, Math.max(1, Math.floor((panel.cols * cw) / 28)))) {
    out.push(`<text class="tick" x="${LEFT + c * cw + cw / 2}" y="${TOP + panel.rows * ch + 12}" text-anchor="middle">${c}</text>`);
  }
  out.push(`<text class="axis" x="${LEFT}" y="${h - 6}">${escapeHtml(`${panel.colLabel} →`)}</text>`);
  if (panel.rowLabel) out.push(`<text class="axis" x="10" y="${TOP + 8}" transform="rotate(90 10 ${TOP + 8})">${escapeHtml(`${panel.rowLabel} →`)}</text>`);
  out.push("</svg>");
  return out.join("");
}

/** The colour scale's legend: swatches from -maxAbs to +maxAbs with the values at the ends and 0. */
export function renderLegendSvg(maxAbs: number, steps = 48): string {
  const sw = 5;
  const x0 = 30;
  const w = x0 * 2 + steps * sw;
  const out: string[] = [`<svg class="legend" xmlns="http://www.w3.org/2000/svg" width="${w}" height="34" viewBox="0 0 ${w} 34" role="img" aria-label="${escapeHtml(`Colour scale from ${formatValue(-maxAbs)} (blue) through 0 to ${formatValue(maxAbs)} (red)`)}">`];
  for (let i = 0; i < steps; i++) {
    const v = -maxAbs + ((i + 0.5) / steps) * 2 * maxAbs;
    out.push(`<rect class="legend-swatch" x="${x0 + i * sw}" y="2" width="${sw}" height="12" fill="${divergingColor(v, maxAbs)}"/>`);
  }
  out.push(`<text class="tick" x="${x0}" y="28" text-anchor="middle">${escapeHtml(formatValue(-maxAbs))}</text>`);
  out.push(`<text class="tick" x="${x0 + (steps * sw) / 2}" y="28" text-anchor="middle">0</text>`);
  out.push(`<text class="tick" x="${x0 + steps * sw}" y="28" text-anchor="middle">${escapeHtml(formatValue(maxAbs))}</text>`);
  out.push("</svg>");
  return out.join("");
}
