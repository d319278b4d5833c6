/**
 * Sizes for symbolic dims when a layer runs on sample input (Run Cell): the one default, and the
 * one validator every way a size arrives goes through — the `rnnlens.sampleDims` setting (read by
 * the server), the sizes a runCell request carries, the size typed into the editor's input box,
 * and the CLI's `--dims`. A size is a positive integer no larger than MAX_DIM_SIZE (a run
 * allocates tensors of these sizes); a name is an identifier, as symbolic dims are.
 *
 * Shared by the server and the VS Code client, so this module imports nothing: the client may
 * import a server module only when it is free of dependencies (docs/architecture.md#layout-and-dependencies).
 */

/** The sizes used where neither the setting nor the request gives one. */
export const DEFAULT_SAMPLE_DIMS: Readonly<Record<string, number>> = Object.freeze({ seq: 5, batch: 3 });

/** The largest size accepted. */
export const MAX_DIM_SIZE = 1_000_000;

const DIM_NAME = /^[A-Za-z_$][\w$]*$/;

export function isDimName(name: string): boolean {
  return DIM_NAME.test(name);
}

/** A size a dim may take: a positive integer, at most MAX_DIM_SIZE. */
export function isSampleSize(v: unknown): v is number {
  return typeof v === "number" && Number.isInteger(v) && v >= 1 && v <= MAX_DIM_SIZE;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** The valid entries of a name -> size object (a request's `dims`); anything else gives none. */
export function validSampleDims(raw: unknown): Record<string, number> {
  const out: Record<string, number> = {};
  if (!isRecord(raw)) return out;
  for (const [k, v] of Object.entries(raw)) if (isDimName(k) && isSampleSize(v)) out[k] = v;
  return out;
}

/**
 * The `rnnlens.sampleDims` setting: its valid entries (an invalid one is dropped, and the run
 * asks for that dim or uses the default); a value that is not an object gives the default.
 */
export function parseSampleDimsSetting(raw: unknown): Record<string, number> {
  return isRecord(raw) ? validSampleDims(raw) : { ...DEFAULT_SAMPLE_DIMS };
}

/** Why the text is not a size (for the input box), or undefined when it is one. */
export function validateDimInput(text: string): string | undefined {
  const t = text.trim();
  if (t === "") return "Enter a size: a positive integer";
  if (!/^\d+$/.test(t)) return `"${t}" is not a positive integer`;
  const n = Number(t);
  if (n < 1) return "The size must be at least 1";
  if (n > MAX_DIM_SIZE) return `The size must be at most ${MAX_DIM_SIZE.toLocaleString("en-US")}`;
  return undefined;
}

/** The size in the text; undefined when it is not a valid one. */
export function parseDimInput(text: string): number | undefined {
  return validateDimInput(text) === undefined ? Number(text.trim()) : undefined;
}
