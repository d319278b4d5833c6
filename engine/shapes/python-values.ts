/**
 * How Python would print or convert the values users pass as options, so messages that embed
 * them read as PyTorch's do (`dropout=0.5`, `could not convert string to float: 'abc'`).
 */

/** Python's repr of a float: scientific below 1e-4 and from 1e16, like `1e-05`. */
export function pyFloatRepr(x: number): string {
  if (Number.isNaN(x)) return "nan";
  if (!Number.isFinite(x)) return x > 0 ? "inf" : "-inf";
  if (Number.isInteger(x) && Math.abs(x) < 1e16) return String(x);
  const abs = Math.abs(x);
  // JS prints plain decimals in this range too (it switches to exponents only below 1e-6).
  if (abs >= 1e-4 && abs < 1e16) return String(x);
  const [mant, exp] = x.toExponential().split("e") as [string, string];
  const e = Number(exp);
  const sign = e < 0 ? "-" : "+";
  return `${mant}e${sign}${String(Math.abs(e)).padStart(2, "0")}`;
}

/** Python's repr of a value a user may pass from JavaScript. */
export function pyRepr(v: unknown): string {
  if (v === null || v === undefined) return "None";
  if (typeof v === "boolean") return v ? "True" : "False";
  if (typeof v === "number") return pyFloatRepr(v);
  if (typeof v === "string") return v.includes("'") && !v.includes('"') ? `"${v}"` : `'${v.replace(/'/g, "\\'")}'`;
  if (Array.isArray(v)) return `[${v.map(pyRepr).join(", ")}]`;
  return String(v);
}

/** The name Python's type() would give a JavaScript value: `str`, `NoneType`, `list`, ... */
export function pyTypeName(v: unknown): string {
  if (v === null || v === undefined) return "NoneType";
  if (typeof v === "boolean") return "bool";
  if (typeof v === "number") return Number.isInteger(v) ? "int" : "float";
  if (typeof v === "string") return "str";
  if (Array.isArray(v)) return "list";
  return "dict";
}

const PY_FLOAT = /^\s*[+-]?((\d[\d_]*(\.[\d_]*)?|\.\d[\d_]*)([eE][+-]?\d+)?|inf|infinity|nan)\s*$/i;

/** Whether Python's float(s) accepts the string. */
export function pyFloatParses(s: string): boolean {
  return PY_FLOAT.test(s);
}
