// oracle: seed 270, closed, runs cleanly
import rl from "rnnlens";

const byName_0 = new Map();
byName_0.set("enc", new rl.nn.LSTM(2, 6));
byName_0.get("enc").forward(rl.torch.randn(2, 2, 2));

const cfg_1 = { inputSize: 7, hiddenSize: 2, numLayers: 2 };
cfg_1.numLayers = 1;
const m_1 = new rl.nn.GRU(cfg_1.inputSize, cfg_1.hiddenSize, cfg_1.numLayers);
const [o_1, h_1] = m_1.forward(rl.torch.randn(1, 2, 7), rl.torch.zeros(cfg_1.numLayers, 2, 2));
