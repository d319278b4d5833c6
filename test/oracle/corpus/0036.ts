// oracle: seed 36, closed, raises at 11: mat1 and mat2 shapes cannot be multiplied (3x7 and 14x2)
import rnnlens = require("rnnlens");

const cell_0 = new rnnlens.nn.RNNCell(7, 7);
const xs_0 = rnnlens.torch.randn(4, 3, 7);
let h_0 = rnnlens.torch.zeros(3, 7);
for (let t_0 = 0; t_0 < 6; t_0++) {
  if (t_0 >= 4) break;
  h_0 = cell_0.forward(xs_0.select(0, t_0), h_0);
}
const out_0 = new rnnlens.nn.Linear(14, 2).forward(h_0);

const m_1 = new rnnlens.nn.LSTM(9, 9, { numLayers: 1, dropout: 0.1 });
const x_1 = rnnlens.torch.zeros(1, 2, 11);
const [out_1, st_1] = m_1.forward(x_1, [rnnlens.torch.randn(1, 2, 9), rnnlens.torch.rand(1, 2, 9)]);

const apply_2 = (m: { forward: Function }, x: unknown) => m.forward(x)[0];
const a_2 = new rnnlens.nn.LSTM(4, 6);
const { LSTM: LSTM_2b } = rnnlens.nn;
const b_2 = new LSTM_2b(8, 4, { num_layers: 3, batchFirst: false, bidirectional: false });
const shape_2_3557 = [3, 2, 4];
const oa_2 = apply_2(a_2, rnnlens.torch.rand(...shape_2_3557));
const shape_2_6399 = [2, 3, 8];
const ob_2 = apply_2(b_2, rnnlens.torch.randn(...shape_2_6399));
