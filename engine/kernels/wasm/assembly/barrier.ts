// The step barrier of the threads running one layer together. Word 0 counts arrivals, word 1 is
// the generation; the last thread to arrive resets the count and advances the generation. Waiting
// spins first (a step takes microseconds, far less than a futex round trip) and then sleeps.
const SPINS_BEFORE_SLEEP = 1 << 14;

export function barrier(at: usize, threads: i32): void {
  if (threads <= 1) return;
  const generation = atomic.load<i32>(at, 4);
  if (atomic.add<i32>(at, 1) == threads - 1) {
    atomic.store<i32>(at, 0);
    atomic.add<i32>(at, 1, 4);
    atomic.notify(at + 4, threads);
    return;
  }
  let spins = 0;
  while (atomic.load<i32>(at, 4) == generation) {
    if (++spins > SPINS_BEFORE_SLEEP) atomic.wait<i32>(at + 4, generation, 1_000_000);
  }
}
