/**
 * RNN Lens's recurrent engine: PyTorch's RNN/GRU/LSTM and cells, Linear and Embedding, on
 * float32 tensors, with PyTorch's parameter names, initialisation and error messages.
 *
 *   import { torch, nn } from "rnnlens";
 *   const lstm = new nn.LSTM(10, 20, 2);
 *   const [output, [hn, cn]] = lstm.forward(torch.randn(5, 3, 10));
 *
 * It also exports the shape rules (`shapes`) the static analyzer shares with the forward pass.
 */
import * as creation from "./creation";
import { GRUCell, LSTMCell, RNNCell } from "./nn/cells";
import { Embedding, Linear } from "./nn/linear";
import { Module, Parameter } from "./nn/module";
import { GRU, LSTM, RNN } from "./nn/sequence";
import { Tensor } from "./tensor";

export const torch = {
  ...creation,
  Tensor,
} as const;

export const nn = {
  Module,
  Parameter,
  RNN,
  GRU,
  LSTM,
  RNNCell,
  GRUCell,
  LSTMCell,
  Linear,
  Embedding,
} as const;

/**
 * The default export, for `import rnnlens from "rnnlens"` under every module system (a bundler's
 * or TypeScript's CommonJS interop reads `default`; Node's ESM loader gives the whole module).
 */
const rnnlens = { torch, nn, Tensor };
export default rnnlens;

export { Tensor } from "./tensor";
export { AllocationError, ArgumentError, FormatError, ShapeError, StateDictError, TorchError, type PyTorchErrorType } from "./errors";
export { Module, Parameter } from "./nn/module";
export { RNN, GRU, LSTM } from "./nn/sequence";
export { RNNCell, GRUCell, LSTMCell } from "./nn/cells";
export { Linear, Embedding } from "./nn/linear";
export { Generator } from "./random";
export type { BinaryBody, BinaryData } from "./io/binary-source";
export { setWarningHandler } from "./warnings";
export { kernels, useKernels, createKernels, KERNEL_NAMES, type Kernels, type KernelName } from "./kernels";
export * as shapes from "./shapes";
