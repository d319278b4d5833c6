/**
 * Which hovers the server shows. In a Python editor, Pylance (or another Python language server)
 * already shows every name's type, so RNN Lens's hover appears only where it tells something about
 * shapes: a tensor, a module, a forward call, or a tuple holding one of them. A plain number or
 * anything else is left to the Python tooling, never repeated beside its own hover.
 */
import type { Fact } from "../analysis/interpreter/context";
import type { Value } from "../analysis/interpreter/values";

function holdsShapes(v: Value): boolean {
  if (v.t === "tensor" || v.t === "module") return true;
  if (v.t === "tuple") return v.items.some(holdsShapes);
  return false;
}

/** Whether a Python document's hover on this fact is ours to show. */
export function isShapeHover(fact: Fact | null): boolean {
  if (fact === null) return false;
  if (fact.role === "call" && fact.module) return true;
  return holdsShapes(fact.value);
}
