// oracle: seed 137, closed, runs cleanly
import rnnlens = require("rnnlens");

const m_0 = new rnnlens.nn.LSTM(4, 2);
const [o_0, [h_0, c_0]] = m_0.forward(rnnlens.torch.randn(2, 2, 4));
const r_0_0 = c_0.select(0, -1);
const r_0_1 = o_0.view(4 / 1, -1);
const n_0 = o_0.numel() + o_0.dim() + o_0.size(-1);

const hp_1 = { inputSize: 4, hiddenSize: 3, numLayers: 2 };
const m_1 = new rnnlens.nn.RNN({ ...hp_1, numLayers: 2, batchFirst: false });
const x_1 = rnnlens.torch.rand([1, 4, 4]);
const [out_1, st_1] = m_1.forward(x_1);
