/**
 * What the six recurrent modules share: constructor checks through the shape rules, parameters
 * with PyTorch's names and shapes, and PyTorch's initialisation U(-1/sqrt(hidden), 1/sqrt(hidden))
 * drawn from the seeded generator in parameter order.
 */
import { defaultGenerator } from "../random";
import { allocFloat32 } from "../storage";
import { orThrowArgument } from "../shapes/check";
import {
  checkRecurrentConfig,
  parameterShapes,
  type RecurrentConfig,
  type RecurrentKind,
} from "../shapes/recurrent-config";
import { recurrentArgsFromCall } from "../shapes/recurrent-args";
import { warn } from "../warnings";
import { splitArgs } from "./constructor-args";
import { Module, Parameter } from "./module";

/** A RecurrentConfig whose sizes are all known numbers (what the engine runs). */
export interface ConcreteRecurrentConfig extends RecurrentConfig {
  readonly inputSize: number;
  readonly hiddenSize: number;
  readonly numLayers: number;
  readonly projSize: number;
  readonly bias: boolean;
  readonly batchFirst: boolean;
  readonly bidirectional: boolean;
  readonly dropout: number;
}

export abstract class RecurrentModule extends Module {
  readonly config: ConcreteRecurrentConfig;
  /** Warnings PyTorch would emit for this configuration (also sent to the warning handler). */
  readonly warnings: readonly string[];

  protected constructor(kind: RecurrentKind, args: readonly unknown[]) {
    super();
    const { positional, options } = splitArgs(args);
    const raw = orThrowArgument(recurrentArgsFromCall(kind, positional, options));
    const result = checkRecurrentConfig(kind, raw);
    const config = orThrowArgument(result) as ConcreteRecurrentConfig;
    this.config = config;
    this.warnings = result.ok ? result.warnings.map((w) => w.message) : [];
    for (const w of this.warnings) warn(w);
    for (const { name, shape } of parameterShapes(config)) {
      const dims = shape as number[];
      const n = dims.reduce((a, b) => a * b, 1);
      this.registerParameter(name, new Parameter(allocFloat32(n), dims));
    }
    this.resetParameters();
  }

  get inputSize(): number {
    return this.config.inputSize;
  }
  get hiddenSize(): number {
    return this.config.hiddenSize;
  }

  /** PyTorch's reset_parameters: every parameter ~ U(-1/sqrt(hidden), 1/sqrt(hidden)). */
  resetParameters(): void {
    const h = this.config.hiddenSize;
    const stdv = h > 0 ? 1 / Math.sqrt(h) : 0;
    for (const [, p] of this.namedOwnParameters()) defaultGenerator.uniform(p.storage, -stdv, stdv);
  }

  /** A parameter by PyTorch name (`weight_ih_l0`, `bias_hh_l1_reverse`, `weight_hr_l0`, ...). */
  parameter(name: string): Parameter {
    const p = this.namedOwnParameters().find(([k]) => k === name);
    if (!p) throw new Error(`${this.constructor.name} has no parameter '${name}'`);
    return p[1];
  }

  /** The parameter's storage, or null when the module has no such parameter (no bias). */
  protected weights(name: string): Float32Array | null {
    // looked up directly: forward calls this for every weight, and listing them all cost more
    // than a small layer's arithmetic
    const p = this.ownParameter(name);
    return p ? p.storage : null;
  }
}
