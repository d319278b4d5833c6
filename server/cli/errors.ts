/** Failures the CLI reports with a message and exit code 2, never with a stack trace. */

/** Bad command line: unknown command or option, missing or invalid value, missing path. */
export class UsageError extends Error {
  override readonly name = "UsageError";
}

/** The input cannot be used: unreadable or binary file, nothing runnable, missing sizes. */
export class InputError extends Error {
  override readonly name = "InputError";
}

export const EXIT_OK = 0;
/** `check`: errors found; `run`: the engine raised PyTorch's error. */
export const EXIT_FINDINGS = 1;
/** Usage or internal failure. */
export const EXIT_FAILURE = 2;

export function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
