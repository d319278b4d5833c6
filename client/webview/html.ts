/** Escaping and number formatting for the webview's HTML. Pure (no `vscode`). */

const ESCAPES: Readonly<Record<string, string>> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Text safe in element content and in double- or single-quoted attributes. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

/** A tensor value for tables and tooltips: 4 decimals, scientific when very large or small. */
export function formatValue(v: number): string {
  if (Number.isNaN(v)) return "NaN";
  if (!Number.isFinite(v)) return v > 0 ? "inf" : "-inf";
  if (v === 0) return "0.0000";
  const a = Math.abs(v);
  if (a >= 1e5 || a < 1e-4) return v.toExponential(3);
  return v.toFixed(4);
}

/** `0.412 ms`, `12.5 ms`, `1.20 s` */
export function formatMs(ms: number): string {
  if (!Number.isFinite(ms) || ms < 0) return "?";
  if (ms < 1) return `${ms.toFixed(3)} ms`;
  if (ms < 100) return `${ms.toFixed(2)} ms`;
  if (ms < 1000) return `${ms.toFixed(0)} ms`;
  return `${(ms / 1000).toFixed(2)} s`;
}

/** `4.1 MB`, `23.9 GB`, `12 KB` (powers of 1024, as the server's size guard counts). */
export function formatBytes(bytes: number): string {
  const mb = 1024 * 1024;
  if (!Number.isFinite(bytes) || bytes < 0) return "?";
  if (bytes >= 1024 * mb) return `${(bytes / (1024 * mb)).toFixed(1)} GB`;
  if (bytes >= mb) return `${(bytes / mb).toFixed(1)} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(0)} KB`;
  return `${bytes} B`;
}

/** `5,920` */
export function formatCount(n: number): string {
  return n.toLocaleString("en-US");
}

/** `[5, 3, 20]` */
export function formatShape(shape: readonly number[]): string {
  return `[${shape.join(", ")}]`;
}
