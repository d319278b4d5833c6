// oracle: seed 320, closed, runs cleanly
const { torch, nn } = require("rnnlens");

const hp_0 = { inputSize: 3, hiddenSize: 4, numLayers: 1 };
const m_0 = new nn.GRU({ ...hp_0, numLayers: 1, bidirectional: true });
const x_0 = torch.zeros([2, 2, 3]);
const [out_0, st_0] = m_0.forward(x_0);
