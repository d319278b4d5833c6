// oracle: seed 315, closed, runs cleanly
import rnnlens = require("rnnlens");

const layers_0 = [new rnnlens.nn.RNN(3, 7), new rnnlens.nn.RNN(7, 8)];
let y_0 = rnnlens.torch.randn(3, 3, 3);
for (let i = 0; i < layers_0.length; i++) {
  const [next] = layers_0[i].forward(y_0);
  y_0 = next;
}

const m_1 = new rnnlens.nn.LSTM(4, 5);
const [o_1, [h_1, c_1]] = m_1.forward(rnnlens.torch.randn(2, 1, 4));
const r_1_0 = o_1.select(1, 0).t();
const r_1_1 = o_1.select(1, 0).t();
const n_1 = o_1.numel() + o_1.dim() + o_1.size(-1);

const cfg_2 = { inputSize: 5, hiddenSize: 9, numLayers: 1 };
const alias_2 = cfg_2;
alias_2.numLayers = 1;
const m_2 = new rnnlens.nn.RNN(cfg_2.inputSize, cfg_2.hiddenSize, cfg_2.numLayers);
const [o_2, h_2] = m_2.forward(rnnlens.torch.randn(4, 4, 5), rnnlens.torch.zeros(1, 4, 9));
