// oracle: seed 299, closed, runs cleanly
import rnnlens = require("rnnlens");

const m_0 = new rnnlens.nn.LSTM(4, 5);
const [o_0, [h_0, c_0]] = m_0.forward(rnnlens.torch.randn(4, 1, 4));
const r_0_0 = o_0.slice(0, 1, 3);
const r_0_1 = o_0.flatten(0, 1);
const n_0 = o_0.numel() + o_0.dim() + o_0.size(0);
m_0.eval();
m_0.train();

const maybe_1 = new rnnlens.nn.RNN(5, 5);
maybe_1?.forward(rnnlens.torch.randn(3, 1, 5));

const apply_2 = (m: { forward: Function }, x: unknown) => m.forward(x)[0];
const a_2 = new rnnlens.nn.RNN(3, 9, { num_layers: 3, batch_first: true });
const b_2 = new rnnlens.nn.GRU(8, 3, { dropout: 0.5 });
const shape_2_7830 = [2, 3, 3];
const oa_2 = apply_2(a_2, rnnlens.torch.zeros(...shape_2_7830));
const ob_2 = apply_2(b_2, rnnlens.torch.zeros(2, 3, 8));
