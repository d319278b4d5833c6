// oracle: seed 41, closed, runs cleanly
import rl from "rnnlens";

const rnn_0 = new rl.nn.GRU(5, 7);
const cell_0 = new rl.nn.GRUCell(5, 7);
const x_0 = rl.torch.randn(3, 5);
const deep_0 = new rl.nn.GRU(5, 7, 1);
if (1 > 1) {
  deep_0.forward(rl.torch.randn(2, 3, 5), rl.torch.zeros(2, 3, 7));
} else {
  deep_0.forward(rl.torch.randn(2, 3, 5), rl.torch.zeros(1, 3, 7));
}

const apply_1 = (m: { forward: Function }, x: unknown) => m.forward(x)[0];
const a_1 = new rl.nn.LSTM(4, 4, { numLayers: 3, batchFirst: false, bidirectional: true });
const hp_1b = { inputSize: 7, hiddenSize: 8, numLayers: 1 };
const b_1 = new rl.nn.LSTM({ ...hp_1b, numLayers: 1, batchFirst: true, bidirectional: false });
const shape_1_4576 = [3, 2, 4];
const oa_1 = apply_1(a_1, rl.torch.randn(...shape_1_4576));
const ob_1 = apply_1(b_1, rl.torch.randn(3, 2, 7));
