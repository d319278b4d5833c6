// oracle: seed 141, closed, runs cleanly
import rnnlens = require("rnnlens");

const m_0 = new rnnlens.nn.GRU({ inputSize: 8, hidden_size: 4, numLayers: 2 });
const x_0 = rnnlens.torch.zeros(5, 3, 8);
const shape_0_4024 = [2, 3, 4];
const [out_0, st_0] = m_0.forward(x_0, rnnlens.torch.rand(...shape_0_4024));
