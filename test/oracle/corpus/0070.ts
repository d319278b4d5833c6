// oracle: seed 70, closed, raises at 7: input.size(-1) must be equal to input_size. Expected 9, got 11
import rnnlens = require("rnnlens");

const { GRU: GRU_0 } = rnnlens.nn;
const m_0 = new GRU_0(9, 8, { bidirectional: false });
const x_0 = rnnlens.torch.zeros([6, 4, 11]);
const [out_0, st_0] = m_0.forward(x_0);
const head_0 = new rnnlens.nn.Linear(8, 5);
const y_0 = head_0.forward(out_0);
const n_0 = out_0.size(0) * st_0.size(0);
