/**
 * Errors the engine throws. Each carries PyTorch's message verbatim (except for the few checks
 * where PyTorch's text is an accident of Python, see docs/architecture.md#the-engine-api) and names, in `pytorchType`,
 * the exception class PyTorch raises for the same call.
 */
import type { CheckId } from "./shapes/result";

export type PyTorchErrorType =
  | "RuntimeError"
  | "ValueError"
  | "TypeError"
  | "IndexError"
  | "AssertionError"
  | "AttributeError"
  | "KeyError";

/** Base class of every error the engine throws on invalid use. */
export class TorchError extends Error {
  readonly pytorchType: PyTorchErrorType;
  constructor(pytorchType: PyTorchErrorType, message: string) {
    super(message);
    this.name = new.target.name;
    this.pytorchType = pytorchType;
  }
}

/** A shape check failed: a wrong input, hidden state, view or operand shape. */
export class ShapeError extends TorchError {
  /** The check that failed (see `CheckId` in shapes/result.ts). */
  readonly check: CheckId;
  constructor(pytorchType: PyTorchErrorType, message: string, check: CheckId) {
    super(pytorchType, message);
    this.check = check;
  }
}

/** A constructor or option argument PyTorch rejects. */
export class ArgumentError extends TorchError {
  readonly check: CheckId;
  constructor(pytorchType: PyTorchErrorType, message: string, check: CheckId) {
    super(pytorchType, message);
    this.check = check;
  }
}

/** A state dict or weights file that cannot be loaded (missing/unexpected key, wrong shape, bad file). */
export class StateDictError extends TorchError {
  constructor(message: string) {
    super("RuntimeError", message);
  }
}

/** A file in a format the engine reads (safetensors) that is malformed or unsupported. */
export class FormatError extends TorchError {
  constructor(message: string) {
    super("ValueError", message);
  }
}

/**
 * Tensor storage the runtime cannot allocate. PyTorch raises its CPU allocator's RuntimeError
 * (`DefaultCPUAllocator: can't allocate memory: you tried to allocate N bytes`).
 */
export class AllocationError extends TorchError {
  constructor(message: string) {
    super("RuntimeError", message);
  }
}
