/**
 * How a constructor call's arguments map to PyTorch's parameters: positional arguments in
 * PyTorch's order, then an options object whose keys may be camelCase (`batchFirst`) or
 * snake_case (`batch_first`). Shared by the engine and the analyzer, which sees the same calls
 * in source code.
 */
import { fail, ok, type RuleResult } from "./result";
import type { RawArg, RecurrentArgs, RecurrentKind } from "./recurrent-config";

type ArgName = Exclude<keyof RecurrentArgs, "unexpected">;

/** PyTorch's positional parameter order for each module kind. */
export const POSITIONAL_PARAMETERS: Readonly<Record<RecurrentKind, readonly ArgName[]>> = {
  RNN: ["input_size", "hidden_size", "num_layers", "bias", "batch_first", "dropout", "bidirectional"],
  GRU: ["input_size", "hidden_size", "num_layers", "bias", "batch_first", "dropout", "bidirectional"],
  LSTM: ["input_size", "hidden_size", "num_layers", "bias", "batch_first", "dropout", "bidirectional", "proj_size"],
  RNNCell: ["input_size", "hidden_size", "bias", "nonlinearity"],
  GRUCell: ["input_size", "hidden_size", "bias"],
  LSTMCell: ["input_size", "hidden_size", "bias"],
};

const CAMEL_TO_SNAKE: Readonly<Record<string, ArgName>> = {
  inputSize: "input_size",
  hiddenSize: "hidden_size",
  numLayers: "num_layers",
  batchFirst: "batch_first",
  projSize: "proj_size",
};

const ALL_NAMES: ReadonlySet<string> = new Set<ArgName>([
  "input_size",
  "hidden_size",
  "num_layers",
  "bias",
  "batch_first",
  "dropout",
  "bidirectional",
  "proj_size",
  "nonlinearity",
]);

/** The PyTorch parameter an option key names, or null for a key no recurrent module takes. */
export function optionParameter(key: string): ArgName | null {
  const snake = CAMEL_TO_SNAKE[key];
  if (snake) return snake;
  return ALL_NAMES.has(key) ? (key as ArgName) : null;
}

/**
 * Builds the constructor arguments from positional values and an options object (either may
 * be empty). The options object is recognised by the caller (it is the last argument and a plain
 * object), so a dim or a number is never mistaken for it.
 */
export function recurrentArgsFromCall(
  kind: RecurrentKind,
  positional: readonly RawArg[],
  options: Readonly<Record<string, RawArg>> | undefined,
): RuleResult<RecurrentArgs> {
  const names = POSITIONAL_PARAMETERS[kind];
  if (positional.length > names.length) {
    return fail({
      pytorchType: "TypeError",
      message: `${kind} takes at most ${names.length} positional arguments (${names.join(", ")}) but ${positional.length} were given`,
      check: "ctor_too_many_arguments",
      argument: "option",
    });
  }
  const args: { -readonly [K in ArgName]?: RawArg } = {};
  const given = new Set<ArgName>();
  positional.forEach((v, i) => {
    const name = names[i] as ArgName;
    args[name] = v;
    given.add(name);
  });
  const unexpected: { name: string; value: RawArg }[] = [];
  for (const [key, value] of Object.entries(options ?? {})) {
    if (value === undefined) continue;
    const name = optionParameter(key);
    if (name === null) {
      unexpected.push({ name: key, value });
      continue;
    }
    if (given.has(name)) {
      return fail({
        pytorchType: "TypeError",
        message: `${kind} got multiple values for argument '${name}'`,
        check: "ctor_duplicate_argument",
        argument: name,
      });
    }
    given.add(name);
    args[name] = value;
  }
  return ok({ ...args, unexpected });
}
