// oracle: seed 388, closed, raises at 6: view size is not compatible with input tensor's size and stride (at least one dimension spans across two contiguous subspaces). Use .reshape(...) instead.
import * as rl from "rnnlens";

const m_0 = new rl.nn.GRU(3, 3);
const [o_0] = m_0.forward(rl.torch.randn(3, 3, 3));
const v_0 = o_0.transpose(1, 2).view(3, 9, -1);
const s_0 = rl.torch.zeros(...v_0.shape);

const rnn_1 = new rl.nn.GRU(7, 7);
const cell_1 = new rl.nn.GRUCell(7, 7);
const x_1 = rl.torch.randn(3, 7);
const r_1 = x_1.dim() === 3 ? rnn_1.forward(x_1)[0] : cell_1.forward(x_1);

const hp_2 = { inputSize: 6, hiddenSize: 4, numLayers: 1 };
const m_2 = new rl.nn.LSTM({ ...hp_2, numLayers: 3, bidirectional: true });
const shape_2_2477 = [1, 3, 6];
const x_2 = rl.torch.ones(...shape_2_2477);
const shape_2_1575 = [6, 3, 4];
const shape_2_5149 = [6, 3, 4];
const [out_2, st_2] = m_2.forward(x_2, [rl.torch.randn(...shape_2_1575), rl.torch.randn(...shape_2_5149)]);
const head_2 = new rl.nn.Linear(8, 3);
const y_2 = head_2.forward(out_2);
