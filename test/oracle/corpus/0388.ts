// oracle: seed 388, closed, raises at 6: view size is not compatible with input tensor's size and stride (at least one dimension spans across two contiguous subspaces). Use .reshape(...) instead.
import * as rl from "rnnlens";

const m_0 = new rl.nn.GRU(3, 3);
const [o_0] = m_0.forward(rl.torch.randn(3, 3, 3));
const v_0 = o_0.transpose(1, 2).view(3, 9, -1);
const s_0 = rl.torch.zeros(...v_0.shape);

const apply_1 = (m: { forward: Function }, x: unknown) => m.forward(x)[0];
const hp_1a = { inputSize: 7, hiddenSize: 5, numLayers: 1 };
const a_1 = new rl.nn.LSTM({ ...hp_1a, numLayers: 1 });
const b_1 = new rl.nn.LSTM({ inputSize: 6, hidden_size: 4, num_layers: 3, bidirectional: true });
const oa_1 = apply_1(a_1, rl.torch.rand(3, 2, 7));
const ob_1 = apply_1(b_1, rl.torch.randn(2, 3, 6));

const cell_2 = new rl.nn.RNNCell(5, 5);
const xs_2 = rl.torch.randn(1, 1, 5);
let h_2 = rl.torch.zeros(1, 5);
for (let t_2 = 0; t_2 < 1; t_2++) {
  if (t_2 % 2 === 1) continue;
  h_2 = cell_2.forward(xs_2.select(0, t_2), h_2);
}
const out_2 = new rl.nn.Linear(6, 2).forward(h_2);
