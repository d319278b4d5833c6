/**
 * Warnings PyTorch emits as UserWarning (e.g. dropout on a single layer). The engine reports
 * them through one replaceable handler so a host (the CLI, a test) decides where they go.
 */
export type WarningHandler = (message: string) => void;

let handler: WarningHandler = (message) => console.warn(`UserWarning: ${message}`);

export function setWarningHandler(h: WarningHandler): WarningHandler {
  const previous = handler;
  handler = h;
  return previous;
}

export function warn(message: string): void {
  handler(message);
}
