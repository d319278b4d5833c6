/**
 * PyTorch's argument parser on sizes, dims and indices: a value that is not an int (a fraction, a
 * string) is its TypeError. The messages as rules, so the engine raises them and the analyzer
 * reports them from the same place.
 */
import { pyTypeName } from "./python-values";
import type { RuleError } from "./result";

/** Python's type name of a value given where an int belongs (`float`, `str`, `NoneType`, ...). */
export function intTypeName(v: unknown): string {
  return typeof v === "bigint" ? "int" : pyTypeName(v);
}

/** `view(): argument 'size' must be tuple of SymInts, but found element of type float at pos 2`. */
export function intListError(fn: string, argument: string, value: unknown, index: number): RuleError {
  return { pytorchType: "TypeError", message: `${fn}(): argument '${argument}' must be tuple of SymInts, but found element of type ${intTypeName(value)} at pos ${index + 1}`, check: "int_argument", argument: "dims" };
}

/** `select(): argument 'index' (position 2) must be int, not float`. */
export function intArgError(fn: string, argument: string, position: number, value: unknown): RuleError {
  return { pytorchType: "TypeError", message: `${fn}(): argument '${argument}' (position ${position}) must be int, not ${intTypeName(value)}`, check: "int_argument", argument: "dims" };
}
