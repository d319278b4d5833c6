// oracle: seed 103, closed, runs cleanly
import * as rl from "rnnlens";

const cfg_0 = { inputSize: 9, hiddenSize: 4, numLayers: 1 };
cfg_0.numLayers = 2;
const m_0 = new rl.nn.GRU(cfg_0);
const [o_0, h_0] = m_0.forward(rl.torch.randn(2, 1, 9), rl.torch.zeros(cfg_0.numLayers, 1, 4));

const rnn_1 = new rl.nn.GRU(4, 2);
const cell_1 = new rl.nn.GRUCell(4, 2);
const x_1 = rl.torch.randn(3, 4);
const r_1 = x_1.dim() === 3 ? rnn_1.forward(x_1)[0] : cell_1.forward(x_1);

const apply_2 = (m: { forward: Function }, x: unknown) => m.forward(x)[0];
const a_2 = new rl.nn.LSTM(7, 6, { num_layers: 2, bidirectional: true, dropout: 0 });
const b_2 = new rl.nn.LSTM({ inputSize: 9, hiddenSize: 2, num_layers: 3 });
const oa_2 = apply_2(a_2, rl.torch.randn(3, 2, 7));
const ob_2 = apply_2(b_2, rl.torch.rand(2, 3, 9));
