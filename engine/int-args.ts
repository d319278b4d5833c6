/**
 * Integer arguments (sizes, dims, indices) checked the way PyTorch's Python argument parser
 * checks them, so a fractional or non-numeric size is PyTorch's TypeError rather than a wrong
 * shape or a RangeError deep in an allocation.
 *
 * JavaScript has a second integer type, BigInt; Python has one `int`. A BigInt is accepted as
 * the int it holds (every size, dim and index the engine takes), as long as a double represents
 * it exactly; beyond that it is Python's overflow error for a C long.
 */
import { TorchError } from "./errors";
import { pyTypeName } from "./shapes/python-values";

/** Python's type name of a value given where an int belongs (`float`, `str`, `NoneType`, ...). */
function typeName(v: unknown): string {
  return typeof v === "bigint" ? "int" : pyTypeName(v);
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
    if (n === undefined) {
      throw new TorchError("TypeError", `${fn}(): argument '${argument}' must be tuple of SymInts, but found element of type ${typeName(v)} at pos ${i + 1}`);
    }
    return n;
  });
}

/** One int argument (`select`'s dim and index): `select(): argument 'index' (position 2) must be int, not float`. */
export function intArg(fn: string, argument: string, position: number, value: unknown): number {
  const n = asInt(value);
  if (n === undefined) throw new TorchError("TypeError", `${fn}(): argument '${argument}' (position ${position}) must be int, not ${typeName(value)}`);
  return n;
}
