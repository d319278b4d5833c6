// oracle: seed 127, closed, raises at 5: input.size(-1) must be equal to input_size. Expected 7, got 5
import * as rl from "rnnlens";

const pair_0 = [new rl.nn.GRU(5, 7), new rl.nn.GRU(7, 7)];
pair_0[1].forward(rl.torch.randn(2, 2, 5));

const apply_1 = (m: { forward: Function }, x: unknown) => m.forward(x)[0];
const hp_1a = { inputSize: 7, hiddenSize: 6, numLayers: 3 };
const a_1 = new rl.nn.LSTM({ ...hp_1a, numLayers: 3 });
const b_1 = new rl.nn.LSTM(6, 6, { num_layers: 2, bidirectional: true });
const oa_1 = apply_1(a_1, rl.torch.ones([3, 2, 7]));
const ob_1 = apply_1(b_1, rl.torch.randn(2, 3, 6));

const rnn_2 = new rl.nn.GRU(4, 6);
const cell_2 = new rl.nn.GRUCell(4, 6);
const x_2 = rl.torch.randn(4, 3, 4);
const r_2 = x_2.dim() === 3 ? rnn_2.forward(x_2)[0] : cell_2.forward(x_2);
