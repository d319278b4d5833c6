/**
 * nn.Module: parameters and submodules with PyTorch's names, state dicts with dotted keys,
 * train/eval mode. Submodules and parameters are found from the instance's own fields in the
 * order they were assigned, as PyTorch's registration order, so a user model just writes
 * `this.lstm = new nn.LSTM(...)` in its constructor.
 */
import { StateDictError } from "../errors";
import { asBytes, readBody, type BinaryBody, type BinaryData } from "../io/binary-source";
import { readSafetensors, writeSafetensors } from "../io/safetensors";
import { Tensor } from "../tensor";

/** A tensor that belongs to a module's learnable state. */
export class Parameter extends Tensor {
  static from(t: Tensor): Parameter {
    const c = t.contiguous();
    return new Parameter(c.storage, c.shape, undefined, c.offset);
  }
}

/** A state dict entry: a Tensor, or plain data (e.g. from JSON) with its shape. */
export type StateDictValue = Tensor | { shape: readonly number[]; data: ArrayLike<number> };
export type StateDictInput = Map<string, StateDictValue> | Readonly<Record<string, StateDictValue>>;

export interface LoadResult {
  missingKeys: string[];
  unexpectedKeys: string[];
}

function shapeText(shape: readonly number[]): string {
  return `torch.Size([${shape.join(", ")}])`;
}

export abstract class Module {
  /** Parameters registered under names that are not fields (e.g. `weight_ih_l0`). */
  private readonly _registered = new Map<string, Parameter>();
  training = true;

  /** Registers a parameter and exposes it as a field of the same name, as PyTorch does. */
  protected registerParameter(name: string, p: Parameter): void {
    this._registered.set(name, p);
    Object.defineProperty(this, name, { value: p, enumerable: false, configurable: true, writable: false });
  }

  /** The parameter registered or assigned under `name` (first as namedOwnParameters orders them). */
  protected ownParameter(name: string): Parameter | undefined {
    const registered = this._registered.get(name);
    if (registered) return registered;
    const field: unknown = (this as Record<string, unknown>)[name];
    return field instanceof Parameter ? field : undefined;
  }

  /** The module's own parameters, registration order. */
  namedOwnParameters(): [string, Parameter][] {
    const out: [string, Parameter][] = [...this._registered.entries()];
    for (const [k, v] of Object.entries(this)) if (v instanceof Parameter) out.push([k, v]);
    return out;
  }

  /** Direct submodules, in field order. */
  namedChildren(): [string, Module][] {
    const out: [string, Module][] = [];
    for (const [k, v] of Object.entries(this)) if (v instanceof Module) out.push([k, v]);
    return out;
  }

  namedParameters(prefix = ""): [string, Parameter][] {
    const out: [string, Parameter][] = this.namedOwnParameters().map(([k, p]) => [prefix + k, p]);
    for (const [name, child] of this.namedChildren()) out.push(...child.namedParameters(`${prefix}${name}.`));
    return out;
  }

  parameters(): Parameter[] {
    return this.namedParameters().map(([, p]) => p);
  }

  /** Total number of scalars in the parameters. */
  parameterCount(): number {
    return this.parameters().reduce((n, p) => n + p.numel(), 0);
  }

  /** Parameter name -> tensor (the parameters themselves, sharing memory), dotted for submodules. */
  stateDict(): Record<string, Tensor> {
    const out: Record<string, Tensor> = {};
    for (const [k, p] of this.namedParameters()) out[k] = p;
    return out;
  }

  /**
   * Copies values into the parameters. Strict (the default): every key must be present, none
   * unexpected, and every shape equal, otherwise nothing is changed and a StateDictError lists
   * what is wrong with PyTorch's wording.
   */
  loadStateDict(stateDict: StateDictInput, options: { strict?: boolean } = {}): LoadResult {
    const strict = options.strict ?? true;
    const entries = stateDict instanceof Map ? [...stateDict.entries()] : Object.entries(stateDict);
    const incoming = new Map(entries);
    // Fix: walk the modules as PyTorch's load_state_dict does (each module, then its children),
    // so missing keys, unexpected keys and size mismatches come in PyTorch's order whatever the
    // order of the state dict, and a key is unexpected exactly when PyTorch says so: when its
    // first component below a module's prefix names neither a parameter nor a child of it.
    const missingKeys: string[] = [];
    const unexpectedKeys: string[] = [];
    const problems: string[] = [];
    const copies: [Parameter, StateDictValue][] = [];
    const visit = (module: Module, prefix: string): void => {
      const own = module.namedOwnParameters();
      for (const [name, p] of own) {
        const k = prefix + name;
        const v = incoming.get(k);
        if (v === undefined) {
          missingKeys.push(k);
          continue;
        }
        const shape = v instanceof Tensor ? v.shape : [...v.shape];
        const n = shape.reduce((a, b) => a * b, 1);
        const length = v instanceof Tensor ? v.numel() : v.data.length;
        if (shape.length !== p.dim() || shape.some((d, i) => d !== p.size(i))) {
          problems.push(`size mismatch for ${k}: copying a param with shape ${shapeText(shape)} from checkpoint, the shape in current model is ${shapeText(p.shape)}.`);
        } else if (length !== n) {
          problems.push(`invalid data for ${k}: shape ${shapeText(shape)} needs ${n} values, got ${length}.`);
        } else {
          copies.push([p, v]);
        }
      }
      const children = module.namedChildren();
      const known = new Set([...own.map(([name]) => name), ...children.map(([name]) => name)]);
      for (const k of incoming.keys()) {
        if (k.startsWith(prefix) && !known.has(k.slice(prefix.length).split(".")[0] as string)) unexpectedKeys.push(k);
      }
      for (const [name, child] of children) visit(child, `${prefix}${name}.`);
    };
    visit(this, "");
    // PyTorch lists missing keys first, then unexpected keys, then the other problems.
    const errors: string[] = [];
    if (strict && missingKeys.length > 0) errors.push(`Missing key(s) in state_dict: ${missingKeys.map((k) => `"${k}"`).join(", ")}. `);
    if (strict && unexpectedKeys.length > 0) errors.push(`Unexpected key(s) in state_dict: ${unexpectedKeys.map((k) => `"${k}"`).join(", ")}. `);
    errors.push(...problems);
    if (errors.length > 0) {
      throw new StateDictError(`Error(s) in loading state_dict for ${this.constructor.name}:\n\t${errors.join("\n\t")}`);
    }
    // Only now, with every check passed, copy (so a failed load changes nothing).
    for (const [p, v] of copies) {
      const src = v.data;
      const dst = p.storage;
      for (let i = 0; i < p.numel(); i++) dst[p.offset + i] = src[i] as number;
    }
    return { missingKeys, unexpectedKeys };
  }

  /** The parameters as a safetensors file (F32). */
  toSafetensors(metadata?: Record<string, string>): Uint8Array {
    const tensors = this.namedParameters().map(([k, p]): [string, { shape: number[]; data: Float32Array }] => [k, { shape: p.shape, data: p.copyData() }]);
    return writeSafetensors(tensors, metadata);
  }

  /** Loads parameters from the bytes of a safetensors file, strictly by default. */
  loadSafetensors(bytes: BinaryData, options: { strict?: boolean } = {}): LoadResult {
    const { tensors } = readSafetensors(asBytes(bytes));
    return this.loadStateDict(tensors, options);
  }

  /**
   * Loads parameters from a safetensors file read from a `fetch` response or a `Blob`:
   * `await model.loadSafetensorsFrom(fetch("model.safetensors"))`.
   */
  async loadSafetensorsFrom(source: BinaryBody | PromiseLike<BinaryBody>, options: { strict?: boolean } = {}): Promise<LoadResult> {
    return this.loadSafetensors(await readBody(source), options);
  }

  train(mode = true): this {
    this.training = mode;
    for (const [, child] of this.namedChildren()) child.train(mode);
    return this;
  }

  eval(): this {
    return this.train(false);
  }
}
