// oracle: seed 198, closed, runs cleanly
import rnnlens = require("rnnlens");

const hp_0 = { inputSize: 6, hiddenSize: 5, numLayers: 1 };
const m_0 = new rnnlens.nn.RNN({ ...hp_0, numLayers: 1, batchFirst: false, bidirectional: true });
const x_0 = rnnlens.torch.rand([5, 4, 6]);
const shape_0_4409 = [2, 4, 5];
const [out_0, st_0] = m_0.forward(x_0, rnnlens.torch.ones(...shape_0_4409));
const head_0 = new rnnlens.nn.Linear(10, 5);
const y_0 = head_0.forward(out_0);

const opts_1 = { layers: 2 };
const m_1 = new rnnlens.nn.GRU(2, 7, opts_1?.layers ?? 1);
m_1.forward(rnnlens.torch.randn(2, 2, 2), rnnlens.torch.zeros(opts_1.layers, 2, 7));
