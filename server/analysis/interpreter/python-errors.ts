/**
 * PyTorch's own text for the few errors whose engine message differs from it. Where PyTorch's
 * message is an accident of Python (a `TypeError` of argument binding, an `IndexError` from an
 * empty list of layers, `torch.empty` refusing a negative size), the engine names the argument
 * instead; in a Python file the analysis must say what PyTorch says, so those are rebuilt here
 * from the module's arguments, as PyTorch 1.13 raises them. Null when the text cannot be known
 * (PyTorch's message then depends on things the analysis does not model): the finding is
 * dropped rather than worded wrongly.
 */
import { shapes } from "../../../engine";

/** The class whose `__init__` binds a module's arguments (its name starts Python's TypeError). */
function initOwner(kind: string): string {
  return kind.endsWith("Cell") ? kind : "RNNBase";
}

export function pytorchText(kind: shapes.RecurrentKind, error: shapes.RuleError, raw: shapes.RecurrentArgs | null): string | null {
  switch (error.check) {
    case "ctor_hidden_size_nonpositive":
      // RNNBase checks proj_size (0 by default) against hidden_size before anything else.
      return "proj_size has to be smaller than hidden_size";
    case "ctor_num_layers_nonpositive":
      // No layer is built, and the first layer's weights are read.
      return "list index out of range";
    case "ctor_negative_size": {
      const input = raw?.input_size;
      const hidden = raw?.hidden_size;
      if (typeof input !== "number" || typeof hidden !== "number") return null;
      // torch.empty of the first weight, [gates * hidden_size, input_size].
      const rows = shapes.gateCount(kind) * hidden;
      const negative = [rows, input].find((d) => d < 0);
      return negative === undefined ? null : `Trying to create tensor with negative dimension ${negative}: [${rows}, ${input}]`;
    }
    case "ctor_unexpected_kwarg": {
      const name = /option '([^']+)'/.exec(error.message)?.[1];
      return name ? `${initOwner(kind)}.__init__() got an unexpected keyword argument '${name}'` : null;
    }
    case "ctor_duplicate_argument":
      return `${initOwner(kind)}.__init__() got multiple values for argument '${error.argument}'`;
    case "ctor_missing_argument": {
      const missing = ["input_size", "hidden_size"].filter((n) => raw?.[n as "input_size" | "hidden_size"] === undefined);
      if (missing.length === 0) return null;
      const list = missing.map((n) => `'${n}'`).join(" and ");
      return `${initOwner(kind)}.__init__() missing ${missing.length} required positional argument${missing.length > 1 ? "s" : ""}: ${list}`;
    }
    case "input_rank_0d":
      return shapes.isCellKind(kind) ? error.message : "Dimension out of range (expected to be in range of [-1, 0], but got 1)";
    case "ctor_non_int_size":
    case "ctor_too_many_arguments":
      // Python's text names torch.empty's overloads or counts device/dtype arguments: unknown here.
      return null;
    default:
      return error.message;
  }
}
