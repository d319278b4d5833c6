/**
 * Turns the JavaScript arguments of a module constructor into the shape rules' input:
 * positional values in PyTorch's order, then an optional options object.
 */
import type { RawArg } from "../shapes/recurrent-config";
import { Tensor } from "../tensor";

/** A plain object used as an options bag (not a tensor, array or null). */
export function isOptionsObject(v: unknown): v is Record<string, RawArg> {
  return typeof v === "object" && v !== null && !Array.isArray(v) && !(v instanceof Tensor) && !("kind" in v);
}

/** Splits `(a, b, ..., options?)` into positional values and the options object. */
export function splitArgs(args: readonly unknown[]): { positional: RawArg[]; options: Record<string, RawArg> | undefined } {
  const last = args[args.length - 1];
  if (args.length > 0 && isOptionsObject(last)) return { positional: args.slice(0, -1), options: last };
  return { positional: [...args], options: undefined };
}
