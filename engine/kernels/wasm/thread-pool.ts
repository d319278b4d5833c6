/**
 * The worker threads that run layers together with the calling thread. Each worker instantiates
 * the same module on the same shared memory and sleeps on a control word; to start a layer the
 * caller writes the job's address, bumps the word's generation and wakes them, then runs its own
 * share. runLayer's barriers keep the threads in step, and its last barrier means every thread
 * has finished when the caller's share returns. Workers are started in the background on first
 * need and unref'd: they never keep a process alive, and end with it. Until they are up, layers
 * run on the calling thread alone (with the same results: the split never changes what is
 * computed).
 * A worker that failed is never handed another layer. Workers run only this module's code, never
 * user code; one dying in the middle of a layer (the process out of memory) would leave the
 * caller waiting at the barrier.
 */
import { platform, type WorkerHandle } from "../../platform";

// Control block (i32 words at `control`): generation, job address, workers ready.
const GENERATION = 0;
const JOB = 1;
const READY = 2;

// units: a counter per thread (index tid) of the units of work it took, outside the module's
// memory so the kernels' layout is untouched.
const WORKER_SOURCE = `
const { workerData } = require("node:worker_threads");
const { module, memory, control, tid, units } = workerData;
const kernels = new WebAssembly.Instance(module, { env: { memory } }).exports;
const ctl = new Int32Array(memory.buffer, control, 3);
const taken = new Int32Array(units);
let seen = Atomics.load(ctl, ${GENERATION});
Atomics.add(ctl, ${READY}, 1);
for (;;) {
  Atomics.wait(ctl, ${GENERATION}, seen);
  seen = Atomics.load(ctl, ${GENERATION});
  Atomics.add(taken, tid, kernels.runLayer(Atomics.load(ctl, ${JOB}), tid));
}
`;

export class ThreadPool {
  private readonly workers: WorkerHandle[] = [];
  private readonly ctl: Int32Array;
  /** Set when a worker failed: layers then run on the calling thread. */
  private failed = false;
  private readyPromise: Promise<void> | null = null;
  /** Units of work taken so far, per thread (0: the caller, which records its own). */
  private readonly units: Int32Array;

  constructor(
    private readonly module: WebAssembly.Module,
    private readonly memory: WebAssembly.Memory,
    private readonly control: number,
    /** Threads including the caller. */
    readonly threads: number,
  ) {
    this.ctl = new Int32Array(memory.buffer, control, 3);
    this.units = new Int32Array(new SharedArrayBuffer(4 * Math.max(1, threads)));
  }

  /** Adds the units the calling thread took in a layer it shared with the workers. */
  recordCallerUnits(n: number): void {
    Atomics.add(this.units, 0, n);
  }

  /**
   * Units of work each thread has taken in shared layers so far: index 0 the caller, then one
   * per worker. Tests read it to prove the workers really computed part of a layer. A worker
   * adds its count just after a layer's last barrier, so the latest layer's may land a moment
   * after the caller returns; every earlier layer's is in.
   */
  unitsTaken(): number[] {
    return Array.from(this.units, (_, i) => Atomics.load(this.units, i));
  }

  /** True once every worker is waiting for jobs; starts them on the first call. */
  ready(): boolean {
    if (this.failed || this.threads <= 1) return false;
    if (this.workers.length === 0) this.start();
    return Atomics.load(this.ctl, READY) === this.threads - 1;
  }

  /** Resolves when the workers are up (tests and benchmarks wait for it). */
  whenReady(): Promise<void> {
    if (this.threads <= 1) return Promise.resolve();
    if (!this.readyPromise) {
      this.readyPromise = new Promise((resolve, reject) => {
        const poll = (): void => {
          if (this.failed) reject(new Error("RNN Lens engine: worker threads failed to start"));
          else if (this.ready()) resolve();
          else setTimeout(poll, 2);
        };
        poll();
      });
    }
    return this.readyPromise;
  }

  /** Wakes the workers on the job at `job`; the caller then runs share 0 itself. */
  dispatch(job: number): void {
    Atomics.store(this.ctl, JOB, job);
    Atomics.add(this.ctl, GENERATION, 1);
    Atomics.notify(this.ctl, GENERATION);
  }

  private start(): void {
    for (let tid = 1; tid < this.threads; tid++) {
      const worker = platform.startWorker(WORKER_SOURCE, {
        module: this.module,
        memory: this.memory,
        control: this.control,
        tid,
        units: this.units.buffer,
      });
      if (!worker) {
        // No workers in this runtime: layers stay on the calling thread.
        this.failed = true;
        return;
      }
      worker.onError(() => {
        this.failed = true;
      });
      this.workers.push(worker);
    }
  }
}
