// oracle: seed 299, closed, raises at 20: view size is not compatible with input tensor's size and stride (at least one dimension spans across two contiguous subspaces). Use .reshape(...) instead.
const { torch, nn } = require("rnnlens");

const m_0 = new nn.LSTM(4, 5);
const [o_0, [h_0, c_0]] = m_0.forward(torch.randn(4, 1, 4));
const r_0_0 = o_0.flatten(0, 1);
const r_0_1 = o_0.flatten(0, 1);
const n_0 = o_0.numel() + o_0.dim() + o_0.size(0);
m_0.eval();
m_0.train();

const layers_1 = [new nn.RNN(2, 8), new nn.RNN(8, 5)];
let y_1 = torch.randn(4, 1, 2);
for (const layer of layers_1) {
  [y_1] = layer.forward(y_1);
}

const m_2 = new nn.GRU(3, 4);
const [o_2] = m_2.forward(torch.randn(2, 4, 3));
const v_2 = o_2.transpose(1, 2).view(2, 16, -1);
const s_2 = torch.zeros(...v_2.shape);
