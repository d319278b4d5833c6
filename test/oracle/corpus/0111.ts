// oracle: seed 111, closed, runs cleanly
import rnnlens = require("rnnlens");

const cfg_0 = { inputSize: 5, hiddenSize: 9, numLayers: 2 };
const alias_0 = cfg_0;
alias_0.numLayers = 2;
const m_0 = new rnnlens.nn.RNN(cfg_0.inputSize, cfg_0.hiddenSize, cfg_0.numLayers);
const [o_0, h_0] = m_0.forward(rnnlens.torch.randn(3, 3, 5), rnnlens.torch.zeros(cfg_0.numLayers, 3, 9));

const m_1 = new rnnlens.nn.GRU(2, 3);
const outs_1 = [rnnlens.torch.randn(2, 3, 2), rnnlens.torch.randn(2, 3, 2)].map((x) => m_1.forward(x)[0]);

const byName_2 = new Map();
byName_2.set("enc", new rnnlens.nn.LSTM(7, 6));
byName_2.get("enc").forward(rnnlens.torch.randn(2, 2, 7));
