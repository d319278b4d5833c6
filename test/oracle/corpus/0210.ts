// oracle: seed 210, closed, runs cleanly
import rnnlens = require("rnnlens");

const { GRU: GRU_0 } = rnnlens.nn;
const m_0 = new GRU_0(7, 2, { batchFirst: true });
const x_0 = rnnlens.torch.zeros(4, 5, 7);
const [out_0, st_0] = m_0.forward(x_0);
const head_0 = new rnnlens.nn.Linear(2, 4);
const y_0 = head_0.forward(out_0);
const last_0 = y_0.select(1, 4);
