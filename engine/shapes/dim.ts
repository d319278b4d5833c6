/**
 * Dimensions that may be known numbers, symbolic expressions (`batch`, `2*hidden`,
 * `embed + hidden`) or unknown. The shape rules are written over these, so the same rule serves
 * the concrete forward pass (numbers only) and the static analyzer (symbols and unknowns).
 *
 * Symbolic dims are integer polynomials over named symbols. Every symbol stands for a size of a
 * real tensor or layer and is assumed to be an integer >= 1 (an empty batch or a zero-width layer
 * is not a case the checker reasons about); that is all the comparisons below rely on.
 */

/** A dim nothing is known about. Never produces an error. */
export interface UnknownDim {
  readonly kind: "unknown";
}

/** A polynomial with integer coefficients over size symbols; at least one term has a symbol. */
export interface SymDim {
  readonly kind: "sym";
  /** monomial key (symbol names joined by '*', sorted; "" for the constant) -> coefficient */
  readonly terms: ReadonlyMap<string, number>;
}

export type Dim = number | SymDim | UnknownDim;
/** A shape whose rank is known; each dim may still be symbolic or unknown. */
export type Shape = readonly Dim[];
/** A shape whose rank may be unknown (null). */
export type MaybeShape = Shape | null;

export const UNKNOWN: UnknownDim = Object.freeze({ kind: "unknown" });

export function isKnown(d: Dim): d is number {
  return typeof d === "number";
}
export function isUnknown(d: Dim): d is UnknownDim {
  return typeof d !== "number" && d.kind === "unknown";
}
export function isSym(d: Dim): d is SymDim {
  return typeof d !== "number" && d.kind === "sym";
}

/** A named symbolic size. */
export function sym(name: string): SymDim {
  return { kind: "sym", terms: new Map([[name, 1]]) };
}

function termsOf(d: number | SymDim): Map<string, number> {
  if (typeof d === "number") return d === 0 ? new Map() : new Map([["", d]]);
  return new Map(d.terms);
}

/** Normalizes a term map: drops zero coefficients; a constant-only map becomes a number. */
function fromTerms(terms: Map<string, number>): number | SymDim {
  for (const [k, v] of terms) if (v === 0) terms.delete(k);
  let onlyConstant = true;
  for (const k of terms.keys()) if (k !== "") onlyConstant = false;
  if (onlyConstant) return terms.get("") ?? 0;
  const sorted = new Map([...terms.entries()].sort(([a], [b]) => compareMonomials(a, b)));
  return { kind: "sym", terms: sorted };
}

function degree(mono: string): number {
  return mono === "" ? 0 : mono.split("*").length;
}
function compareMonomials(a: string, b: string): number {
  const da = degree(a);
  const db = degree(b);
  if (da !== db) return db - da; // higher degree first, constant last
  return a < b ? -1 : a > b ? 1 : 0;
}

function mulMonomials(a: string, b: string): string {
  if (a === "") return b;
  if (b === "") return a;
  return [...a.split("*"), ...b.split("*")].sort().join("*");
}

export function add(a: Dim, b: Dim): Dim {
  if (isUnknown(a) || isUnknown(b)) return UNKNOWN;
  if (typeof a === "number" && typeof b === "number") return a + b;
  const t = termsOf(a);
  for (const [k, v] of termsOf(b)) t.set(k, (t.get(k) ?? 0) + v);
  return fromTerms(t);
}

export function neg(a: Dim): Dim {
  if (isUnknown(a)) return UNKNOWN;
  if (typeof a === "number") return -a;
  const t = new Map<string, number>();
  for (const [k, v] of a.terms) t.set(k, -v);
  return fromTerms(t);
}

export function sub(a: Dim, b: Dim): Dim {
  return add(a, neg(b));
}

export function mul(a: Dim, b: Dim): Dim {
  if (a === 0 || b === 0) return 0;
  if (isUnknown(a) || isUnknown(b)) return UNKNOWN;
  if (typeof a === "number" && typeof b === "number") return a * b;
  const t = new Map<string, number>();
  for (const [ka, va] of termsOf(a)) {
    for (const [kb, vb] of termsOf(b)) {
      const k = mulMonomials(ka, kb);
      t.set(k, (t.get(k) ?? 0) + va * vb);
    }
  }
  return fromTerms(t);
}

export function product(dims: readonly Dim[]): Dim {
  let p: Dim = 1;
  for (const d of dims) p = mul(p, d);
  return p;
}

/** Removes one occurrence of each symbol of `divisor` from `mono`, or null if it does not divide. */
function divMonomial(mono: string, divisor: string): string | null {
  if (divisor === "") return mono;
  const rest = mono === "" ? [] : mono.split("*");
  for (const s of divisor.split("*")) {
    const i = rest.indexOf(s);
    if (i < 0) return null;
    rest.splice(i, 1);
  }
  return rest.join("*");
}

/**
 * a / b when the division is exact as polynomials (b a number or a single monomial times a
 * number); UNKNOWN otherwise. Division by zero gives UNKNOWN: the caller reports it.
 */
export function divExact(a: Dim, b: Dim): Dim {
  if (isUnknown(a) || isUnknown(b)) return UNKNOWN;
  if (typeof a === "number" && typeof b === "number") {
    return b !== 0 && a % b === 0 ? a / b : UNKNOWN;
  }
  const bt = termsOf(b);
  if (bt.size !== 1) return UNKNOWN;
  const [[bMono, bCoef]] = [...bt.entries()] as [[string, number]];
  const out = new Map<string, number>();
  for (const [k, v] of termsOf(a)) {
    const m = divMonomial(k, bMono);
    if (m === null || v % bCoef !== 0) return UNKNOWN;
    out.set(m, (out.get(m) ?? 0) + v / bCoef);
  }
  return fromTerms(out);
}

/** The answer to a question about dims that may be symbolic: certain yes, certain no, or maybe. */
export type Certainty = "yes" | "no" | "maybe";

/**
 * The polynomial with every symbol s replaced by (s + 1): the new symbols range over integers
 * >= 0, where sign reasoning is simple (a monomial of them is >= 0).
 */
function shifted(d: SymDim): number | SymDim {
  let out: Dim = 0;
  for (const [mono, coef] of d.terms) {
    let term: Dim = coef;
    if (mono !== "") for (const s of mono.split("*")) term = mul(term, add(sym(s), 1));
    out = add(out, term);
  }
  return out as number | SymDim;
}

/** Sign facts of a polynomial over integers >= 0: constant term, and whether all other coefficients are >= 0 / <= 0. */
function signs(d: number | SymDim): { c: number; nonNeg: boolean; nonPos: boolean } {
  if (typeof d === "number") return { c: d, nonNeg: true, nonPos: true };
  let nonNeg = true;
  let nonPos = true;
  for (const [k, v] of d.terms) {
    if (k === "") continue;
    if (v < 0) nonNeg = false;
    if (v > 0) nonPos = false;
  }
  return { c: d.terms.get("") ?? 0, nonNeg, nonPos };
}

/**
 * Whether a polynomial in sizes is certainly zero, certainly nonzero, or either. After shifting
 * the symbols to range over >= 0, it is certainly positive when the constant is > 0 and every
 * coefficient >= 0, certainly negative in the mirror case.
 */
function isZero(d: Dim): Certainty {
  if (isUnknown(d)) return "maybe";
  if (typeof d === "number") return d === 0 ? "yes" : "no";
  const { c, nonNeg, nonPos } = signs(shifted(d));
  if ((c > 0 && nonNeg) || (c < 0 && nonPos)) return "no";
  return "maybe";
}

/** Whether a == b for every value the symbols can take ("yes"), for none ("no"), or it depends. */
export function dimEquals(a: Dim, b: Dim): Certainty {
  if (typeof a === "number" && typeof b === "number") return a === b ? "yes" : "no";
  return isZero(sub(a, b));
}

/** Whether a dim is certainly (yes), certainly not (no) or maybe equal to a number. */
export function dimIs(a: Dim, n: number): Certainty {
  return dimEquals(a, n);
}

/** Whether a < b certainly / certainly not / maybe, for sizes >= 1. */
export function dimLess(a: Dim, b: Dim): Certainty {
  const d = sub(b, a); // a < b  <=>  d >= 1
  if (isUnknown(d)) return "maybe";
  if (typeof d === "number") return d > 0 ? "yes" : "no";
  const { c, nonNeg, nonPos } = signs(shifted(d));
  if (nonNeg && c >= 1) return "yes";
  if (nonPos && c <= 0) return "no";
  return "maybe";
}

/** Shapes equal dim by dim: "no" as soon as one dim certainly differs or the ranks differ. */
export function shapeEquals(a: Shape, b: Shape): Certainty {
  if (a.length !== b.length) return "no";
  let all: Certainty = "yes";
  for (let i = 0; i < a.length; i++) {
    const e = dimEquals(a[i] as Dim, b[i] as Dim);
    if (e === "no") return "no";
    if (e === "maybe") all = "maybe";
  }
  return all;
}

function formatMonomial(mono: string, coef: number, first: boolean): string {
  const abs = Math.abs(coef);
  const sign = coef < 0 ? (first ? "-" : " - ") : first ? "" : " + ";
  if (mono === "") return `${sign}${abs}`;
  return `${sign}${abs === 1 ? "" : `${abs}*`}${mono}`;
}

/** `5`, `batch`, `2*hidden`, `embed + hidden`, `?` for unknown. */
export function formatDim(d: Dim): string {
  if (typeof d === "number") return String(d);
  if (d.kind === "unknown") return "?";
  let out = "";
  let first = true;
  for (const [k, v] of d.terms) {
    out += formatMonomial(k, v, first);
    first = false;
  }
  return out;
}

/** A dim's value with every symbol bound; null when a symbol has no size or the dim is unknown. */
export function evaluateDim(d: Dim, env: Readonly<Record<string, number>>): number | null {
  if (typeof d === "number") return d;
  if (d.kind === "unknown") return null;
  let total = 0;
  for (const [mono, coef] of d.terms) {
    let term = coef;
    if (mono !== "") {
      for (const s of mono.split("*")) {
        const v = env[s];
        if (v === undefined) return null;
        term *= v;
      }
    }
    total += term;
  }
  return total;
}

/** A dim as a factor in `AxB`: compound expressions are parenthesized (`(2*hidden)x5`). */
export function formatFactor(d: Dim): string {
  const s = formatDim(d);
  return /^[\w.?()]+$/.test(s) ? s : `(${s})`;
}

/** PyTorch prints expected hidden sizes as tuples: `(2, 3, 5)`. */
export function formatTuple(s: Shape): string {
  return s.length === 1 ? `(${formatDim(s[0] as Dim)},)` : `(${s.map(formatDim).join(", ")})`;
}
/** ... and actual sizes as lists: `[1, 3, 5]`. */
export function formatList(s: Shape): string {
  return `[${s.map(formatDim).join(", ")}]`;
}

/** Normalizes a possibly negative dim index against a rank; null when out of range. */
export function wrapDim(dim: number, rank: number): number | null {
  const r = Math.max(rank, 1); // PyTorch treats 0-D as rank 1 for dim wrapping
  if (dim < -r || dim >= r) return null;
  return dim < 0 ? dim + r : dim;
}

/** PyTorch's message for indexing a dim (`h[-2]`) past its size. */
export function indexOutOfBoundsMessage(index: number, dim: number, size: number): string {
  return `index ${index} is out of bounds for dimension ${dim} with size ${size}`;
}

/** PyTorch's "Dimension out of range" message. */
export function dimOutOfRangeMessage(dim: number, rank: number): string {
  const r = Math.max(rank, 1);
  return `Dimension out of range (expected to be in range of [${-r}, ${r - 1}], but got ${dim})`;
}
