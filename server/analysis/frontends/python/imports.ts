/**
 * Python's import statements as the IR's imports. The engine is PyTorch's API: `torch` and its
 * submodules are lowered to imports of the engine module, naming what they bind by its path in
 * the engine (`torch.nn` is `nn`, `torch.nn.LSTM` is `nn.LSTM`); any other module is a workspace
 * file found next to the importing one (`from model import Encoder` reads `./model.py`).
 */
import { ENGINE_MODULE } from "../../ir";

/** The engine path a dotted PyTorch name stands for, or null when it is not PyTorch's. */
export function enginePath(dotted: string): string | null {
  if (dotted === "torch") return "torch";
  if (!dotted.startsWith("torch.")) return null;
  const rest = dotted.slice("torch.".length);
  // The engine's `nn` is PyTorch's `torch.nn`; everything else keeps its `torch.` prefix.
  if (rest === "nn" || rest.startsWith("nn.")) return rest;
  return dotted;
}

/**
 * A module specifier for a Python module name relative to the importing file: leading dots climb
 * packages (`.` is the file's own folder), the other dots are folders. Absolute names are looked
 * up beside the file, where a script's own modules usually are.
 */
export function moduleSpecifier(dots: number, dotted: string): string {
  const up = dots <= 1 ? "./" : "../".repeat(dots - 1);
  return dotted === "" ? up.replace(/\/$/, "") || "." : up + dotted.split(".").join("/");
}

export { ENGINE_MODULE };
