/** Tensor comparisons for tests. */
import assert from "node:assert/strict";
import type { Tensor } from "../../engine";
import type { GoldenTensor } from "./goldens";

/** Same shape, and every value within `tol` (absolute). */
export function assertClose(actual: Tensor, expected: GoldenTensor | Tensor, tol: number, label = "tensor"): void {
  const eShape = Array.isArray((expected as GoldenTensor).data) ? (expected as GoldenTensor).shape : (expected as Tensor).shape;
  const eData: ArrayLike<number> = Array.isArray((expected as GoldenTensor).data) ? (expected as GoldenTensor).data : (expected as Tensor).data;
  assert.deepEqual(actual.shape, eShape, `${label}: shape`);
  const a = actual.data;
  let worst = 0;
  let at = -1;
  for (let i = 0; i < a.length; i++) {
    const d = Math.abs((a[i] as number) - (eData[i] as number));
    if (!(d <= worst)) {
      worst = d;
      at = i;
    }
  }
  assert.ok(worst <= tol, `${label}: max |diff| ${worst} at flat index ${at} exceeds ${tol}`);
}
