/**
 * Integer arguments (sizes, dims, indices) checked the way PyTorch's Python argument parser
 * checks them, so a fractional or non-numeric size is PyTorch's TypeError rather than a wrong
 * shape or a RangeError deep in an allocation.
 *
 * JavaScript has a second integer type, BigInt; Python has one `int`. A BigInt is accepted as
 * the int it holds (every size, dim and index the engine takes), as long as a double represents
 * it exactly; beyond that it is Python's overflow error for a C long.
 */
import { ShapeError, TorchError } from "./errors";
import { intArgError, intListError } from "./shapes/int-args";
import type { RuleError } from "./shapes/result";

function raise(e: RuleError): never {
  throw new ShapeError(e.pytorchType, e.message, e.check);
}

/** The int a value stands for, or undefined when Python would not take it as one. */
function asInt(v: unknown): number | undefined {
  if (typeof v === "number") return Number.isInteger(v) ? v : undefined;
  if (typeof v === "bigint") {
    if (v > BigInt(Number.MAX_SAFE_INTEGER) || v < BigInt(Number.MIN_SAFE_INTEGER)) {
      throw new TorchError("RuntimeError", "Overflow when unpacking long");
    }
    return Number(v);
  }
  return undefined;
}

/**
 * A list of ints (`view(2, 3)`'s sizes, `zeros`' size): each element an int. PyTorch's parser
 * names the first element that is not one, counting from 1: `view(): argument 'size' must be
 * tuple of SymInts, but found element of type float at pos 2`.
 */
export function intList(fn: string, argument: string, values: readonly unknown[]): number[] {
  return values.map((v, i) => {
    const n = asInt(v);
    if (n === undefined) raise(intListError(fn, argument, v, i));
    return n;
  });
}

/** One int argument (`select`'s dim and index): `select(): argument 'index' (position 2) must be int, not float`. */
export function intArg(fn: string, argument: string, position: number, value: unknown): number {
  const n = asInt(value);
  if (n === undefined) raise(intArgError(fn, argument, position, value));
  return n;
}
