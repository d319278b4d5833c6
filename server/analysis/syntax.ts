/**
 * How explanations and fixes write code in the language of the file they are about: PyTorch's
 * option `batch_first` is `batchFirst: true` in a TypeScript options object and
 * `batch_first=True` in a Python call. Messages themselves are PyTorch's, the same everywhere.
 */
export interface SourceSyntax {
  readonly language: "typescript" | "python";
  /** A boolean literal. */
  bool(v: boolean): string;
  /** A constructor option's name as code passes it. */
  optionName(pytorchName: string): string;
  /** A constructor option set to a value, as written in a call. */
  option(pytorchName: string, value: boolean): string;
}

const CAMEL: Readonly<Record<string, string>> = {
  input_size: "inputSize",
  hidden_size: "hiddenSize",
  num_layers: "numLayers",
  batch_first: "batchFirst",
  proj_size: "projSize",
};

const TYPESCRIPT: SourceSyntax = {
  language: "typescript",
  bool: (v) => String(v),
  optionName: (n) => CAMEL[n] ?? n,
  option: (n, v) => `${CAMEL[n] ?? n}: ${String(v)}`,
};

const PYTHON: SourceSyntax = {
  language: "python",
  bool: (v) => (v ? "True" : "False"),
  optionName: (n) => n,
  option: (n, v) => `${n}=${v ? "True" : "False"}`,
};

/** The syntax of a file, by its name (a notebook's cells are Python). */
export function syntaxFor(file: string): SourceSyntax {
  return /\.(pyi?|ipynb)$/i.test(file) ? PYTHON : TYPESCRIPT;
}
