// oracle: seed 326, closed, runs cleanly
import rnnlens = require("rnnlens");

const m_0 = new rnnlens.nn.LSTM(2, 5, { num_layers: 2, batch_first: true });
const x_0 = rnnlens.torch.ones(1, 6, 2);
const shape_0_3512 = [2, 1, 5];
const [out_0, st_0] = m_0.forward(x_0, [rnnlens.torch.rand(...shape_0_3512), rnnlens.torch.zeros([2, 1, 5])]);

const m_1 = new rnnlens.nn.LSTM(4, 4);
const [o_1, [h_1, c_1]] = m_1.forward(rnnlens.torch.randn(3, 2, 4));
const r_1_0 = rnnlens.torch.zeros(2 / 2, 4);
const r_1_1 = rnnlens.torch.zeros(2 / 2, 4);
const r_1_2 = h_1.squeeze();
const n_1 = o_1.numel() + o_1.dim() + o_1.size(0);

const byName_2 = new Map();
byName_2.set("enc", new rnnlens.nn.LSTM(7, 6));
byName_2.get("enc").forward(rnnlens.torch.randn(2, 2, 7));
