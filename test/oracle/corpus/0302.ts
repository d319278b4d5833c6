// oracle: seed 302, closed, runs cleanly
import rnnlens = require("rnnlens");

const cfg_0 = { inputSize: 3, hiddenSize: 2, numLayers: 2 };
cfg_0["numLayers"] = 2;
const m_0 = new rnnlens.nn.GRU(cfg_0);
const [o_0, h_0] = m_0.forward(rnnlens.torch.randn(5, 4, 3), rnnlens.torch.zeros(cfg_0.numLayers, 4, 2));

const m_1 = new rnnlens.nn.LSTM(4, 4);
const [o_1, [h_1, c_1]] = m_1.forward(rnnlens.torch.randn(4, 3, 4));
const r_1_0 = o_1.detach().clone().contiguous();
const r_1_1 = o_1.slice(0, 0, 4);
const n_1 = o_1.numel() + o_1.dim() + o_1.size(0);

const rnn_2 = new rnnlens.nn.GRU(5, 7);
const cell_2 = new rnnlens.nn.GRUCell(5, 7);
const x_2 = rnnlens.torch.randn(4, 3, 5);
function run_2(x: typeof x_2) {
  if (x.dim() !== 3) return cell_2.forward(x);
  const [o] = rnn_2.forward(x);
  return o;
}
const r_2 = run_2(x_2);
