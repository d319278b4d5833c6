// oracle: seed 57, closed, runs cleanly
import rnnlens = require("rnnlens");

const { GRU: GRU_0 } = rnnlens.nn;
const m_0 = new GRU_0(5, 6, { bidirectional: false });
const shape_0_8825 = [3, 3, 5];
const x_0 = rnnlens.torch.randn(...shape_0_8825);
const [out_0, st_0] = m_0.forward(x_0);
