/**
 * Where the concrete engine meets the shape rules: a rule's error becomes the thrown ShapeError
 * (or ArgumentError for constructor checks), with PyTorch's message and exception type.
 */
import { ArgumentError, ShapeError } from "../errors";
import type { RuleResult } from "./result";

/** The rule's value, or the error PyTorch would raise, thrown. */
export function orThrow<T>(result: RuleResult<T>): T {
  if (result.ok) return result.value;
  const e = result.error;
  throw new ShapeError(e.pytorchType, e.message, e.check);
}

/** Like orThrow, for constructor rules. */
export function orThrowArgument<T>(result: RuleResult<T>): T {
  if (result.ok) return result.value;
  const e = result.error;
  throw new ArgumentError(e.pytorchType, e.message, e.check);
}
