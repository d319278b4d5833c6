/** The options objects the recurrent constructors take: camelCase, or PyTorch's snake_case. */
export interface SequenceOptions {
  inputSize?: number;
  hiddenSize?: number;
  numLayers?: number;
  bias?: boolean;
  batchFirst?: boolean;
  dropout?: number;
  bidirectional?: boolean;
  input_size?: number;
  hidden_size?: number;
  num_layers?: number;
  batch_first?: boolean;
}

export interface RNNOptions extends SequenceOptions {
  nonlinearity?: "tanh" | "relu";
}

export interface LSTMOptions extends SequenceOptions {
  projSize?: number;
  proj_size?: number;
}

export interface CellOptions {
  inputSize?: number;
  hiddenSize?: number;
  bias?: boolean;
  input_size?: number;
  hidden_size?: number;
}

export interface RNNCellOptions extends CellOptions {
  nonlinearity?: "tanh" | "relu";
}
