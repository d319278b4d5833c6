/**
 * Sizes for symbolic dims: reading the `rnnlens.sampleDims` setting and validating what the
 * user types when a run needs a size the setting does not give. Pure (no `vscode`).
 */

/** The largest size the input box accepts: a run allocates tensors of these sizes. */
export const MAX_DIM_SIZE = 1_000_000;

export const DEFAULT_SAMPLE_DIMS: Readonly<Record<string, number>> = { seq: 5, batch: 3 };

/** The error to show under the input box, or undefined when the text is a valid size. */
export function validateDimInput(text: string): string | undefined {
  const t = text.trim();
  if (t === "") return "Enter a size: a positive integer";
  if (!/^\d+$/.test(t)) return `"${t}" is not a positive integer`;
  const n = Number(t);
  if (n < 1) return "The size must be at least 1";
  if (n > MAX_DIM_SIZE) return `The size must be at most ${MAX_DIM_SIZE.toLocaleString("en-US")}`;
  return undefined;
}

/** The size typed into the input box; undefined when it is not valid. */
export function parseDimInput(text: string): number | undefined {
  return validateDimInput(text) === undefined ? Number(text.trim()) : undefined;
}

/**
 * The `rnnlens.sampleDims` setting as sizes: keeps entries whose value is a positive integer,
 * drops the rest; a value that is not an object gives the default.
 */
export function sanitizeSampleDims(raw: unknown): Record<string, number> {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return { ...DEFAULT_SAMPLE_DIMS };
  const out: Record<string, number> = {};
  for (const [k, v] of Object.entries(raw as Record<string, unknown>)) {
    if (typeof v === "number" && Number.isInteger(v) && v >= 1 && v <= MAX_DIM_SIZE && /^[A-Za-z_$][\w$]*$/.test(k)) out[k] = v;
  }
  return out;
}

/** `seq = 5, batch = 3` */
export function formatDims(dims: Readonly<Record<string, number>>): string {
  const entries = Object.entries(dims);
  return entries.length === 0 ? "none" : entries.map(([k, v]) => `${k} = ${v}`).join(", ");
}
