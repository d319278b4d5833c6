// oracle: seed 205, closed, raises at 18: input.size(-1) must be equal to input_size. Expected 8, got 16
import * as rl from "rnnlens";

const layers_0 = [new rl.nn.RNN(5, 4), new rl.nn.RNN(4, 5), new rl.nn.RNN(5, 6)];
let y_0 = rl.torch.randn(3, 1, 5);
for (let i = 0; i < layers_0.length; i++) {
  const [next] = layers_0[i].forward(y_0);
  y_0 = next;
}

const apply_1 = (m: { forward: Function }, x: unknown) => m.forward(x)[0];
const a_1 = new rl.nn.LSTM({ input_size: 8, hidden_size: 7, numLayers: 2, batch_first: true });
const { LSTM: LSTM_1b } = rl.nn;
const b_1 = new LSTM_1b(2, 9, { batch_first: true, bidirectional: true });
const oa_1 = apply_1(a_1, rl.torch.rand(2, 3, 8));
const ob_1 = apply_1(b_1, rl.torch.rand([3, 2, 2]));

const apply_2 = (m: { forward: Function }, x: unknown) => m.forward(x)[0];
const a_2 = new rl.nn.RNN(8, 5, { num_layers: 1, batchFirst: true });
const hp_2b = { inputSize: 2, hiddenSize: 4, numLayers: 1 };
const b_2 = new rl.nn.GRU({ ...hp_2b, numLayers: 2, batchFirst: true, bidirectional: false });
const oa_2 = apply_2(a_2, rl.torch.ones(2, 3, 16));
const ob_2 = apply_2(b_2, rl.torch.randn(3, 2, 2));
