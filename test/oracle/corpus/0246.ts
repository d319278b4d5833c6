// oracle: seed 246, closed, raises at 6: view size is not compatible with input tensor's size and stride (at least one dimension spans across two contiguous subspaces). Use .reshape(...) instead.
import rnnlens = require("rnnlens");

const m_0 = new rnnlens.nn.GRU(3, 4);
const [o_0] = m_0.forward(rnnlens.torch.randn(4, 2, 3));
const v_0 = o_0.transpose(0, 1).view(2, -1);
const s_0 = rnnlens.torch.zeros(...v_0.shape);

const m_1 = new rnnlens.nn.LSTM(4, 5);
const [o_1, [h_1, c_1]] = m_1.forward(rnnlens.torch.randn(2, 3, 4));
const r_1_0 = rnnlens.torch.zeros(3 / 2, 5);
const r_1_1 = o_1.select(0, 2 / 2);
const r_1_2 = o_1.slice(0, 1, 2);
const n_1 = o_1.numel() + o_1.dim() + o_1.size(-1);

const hp_2 = { inputSize: 7, hiddenSize: 6, numLayers: 1 };
const m_2 = new rnnlens.nn.GRU({ ...hp_2, numLayers: 1, batch_first: true, bidirectional: false, dropout: 0.1 });
const x_2 = rnnlens.torch.randn(4, 4, 7);
const shape_2_5483 = [1, 4, 6];
const [out_2, st_2] = m_2.forward(x_2, rnnlens.torch.randn(...shape_2_5483));
const head_2 = new rnnlens.nn.Linear(7, 4);
const y_2 = head_2.forward(out_2);
const n_2 = out_2.size(0) * st_2.size(0);
