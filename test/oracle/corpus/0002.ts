// oracle: seed 2, closed, runs cleanly
import rnnlens = require("rnnlens");

const { GRU: GRU_0 } = rnnlens.nn;
const m_0 = new GRU_0(9, 7, { numLayers: 1 });
const x_0 = rnnlens.torch.rand(1, 4, 9);
const [out_0, st_0] = m_0.forward(x_0);
const head_0 = new rnnlens.nn.Linear(7, 2);
const y_0 = head_0.forward(out_0);
const last_0 = y_0.select(0, 0);
