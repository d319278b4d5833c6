// oracle: seed 302, closed, runs cleanly
import rl from "rnnlens";

const cfg_0 = { inputSize: 3, hiddenSize: 2, numLayers: 2 };
cfg_0["numLayers"] = 2;
const m_0 = new rl.nn.GRU(cfg_0);
const [o_0, h_0] = m_0.forward(rl.torch.randn(5, 4, 3), rl.torch.zeros(cfg_0.numLayers, 4, 2));

const m_1 = new rl.nn.LSTM(4, 4);
const [o_1, [h_1, c_1]] = m_1.forward(rl.torch.randn(4, 3, 4));
const r_1_0 = h_1.squeeze();
const r_1_1 = c_1.select(0, 0);
const r_1_2 = o_1.select(1, 0).t();
const n_1 = o_1.numel() + o_1.dim() + o_1.size(-1);

const maybe_2 = null;
maybe_2?.forward(rl.torch.randn(3, 1, 4));
