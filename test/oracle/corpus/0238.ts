// oracle: seed 238, closed, runs cleanly
import rnnlens = require("rnnlens");

const rnn_0 = new rnnlens.nn.GRU(6, 6);
const cell_0 = new rnnlens.nn.GRUCell(6, 6);
const x_0 = rnnlens.torch.randn(3, 6);
function run_0(x: typeof x_0) {
  if (x.dim() !== 3) return cell_0.forward(x);
  const [o] = rnn_0.forward(x);
  return o;
}
const r_0 = run_0(x_0);

const cfg_1 = { inputSize: 4, hiddenSize: 8, numLayers: 2 };
cfg_1["numLayers"] = 2;
const m_1 = new rnnlens.nn.RNN(cfg_1.inputSize, cfg_1.hiddenSize, cfg_1.numLayers);
const [o_1, h_1] = m_1.forward(rnnlens.torch.randn(2, 4, 4), rnnlens.torch.zeros(cfg_1.numLayers, 4, 8));

const cfg_2 = { inputSize: 3, hiddenSize: 5, numLayers: 1 };
cfg_2["numLayers"] = 1;
const m_2 = new rnnlens.nn.GRU(cfg_2);
const [o_2, h_2] = m_2.forward(rnnlens.torch.randn(5, 2, 3), rnnlens.torch.zeros(1, 2, 5));
