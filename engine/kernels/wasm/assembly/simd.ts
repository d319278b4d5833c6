// Multiply-add on four lanes. With relaxed SIMD (a separate build of this module) it is one fused
// instruction where the machine has FMA; otherwise a multiply and an add, which give the same
// results to within float32 rounding of each product.
@inline export function madd(a: v128, b: v128, c: v128): v128 {
  if (ASC_FEATURE_RELAXED_SIMD) return f32x4.relaxed_madd(a, b, c);
  return f32x4.add(f32x4.mul(a, b), c);
}
