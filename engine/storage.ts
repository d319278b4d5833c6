/**
 * Allocation of tensor storage. JavaScript reports a buffer it cannot allocate as a RangeError
 * ("Invalid typed array length", "Array buffer allocation failed"); PyTorch reports it as its
 * CPU allocator's RuntimeError. Every Float32Array the engine allocates for tensor data goes
 * through here, so users see PyTorch's error, never a RangeError.
 */
import { AllocationError } from "./errors";

const BYTES_PER_ELEMENT = Float32Array.BYTES_PER_ELEMENT;

/** PyTorch 1.13's message on Linux (c10/core/impl/alloc_cpu.cpp, where posix_memalign fails). */
export function allocationMessage(bytes: number): string {
  return `[enforce fail at alloc_cpu.cpp:75] err == 0. DefaultCPUAllocator: can't allocate memory: you tried to allocate ${bytes} bytes. Error code 12 (Cannot allocate memory)`;
}

/** A zero-filled float32 buffer of `count` elements, or PyTorch's allocation error. */
export function allocFloat32(count: number): Float32Array {
  try {
    return new Float32Array(count);
  } catch (e) {
    if (e instanceof RangeError) throw new AllocationError(allocationMessage(count * BYTES_PER_ELEMENT));
    throw e;
  }
}

/** A float32 copy of `values` (Float32Array.from), or PyTorch's allocation error. */
export function copyFloat32(values: ArrayLike<number>): Float32Array {
  const out = allocFloat32(values.length);
  out.set(values);
  return out;
}
