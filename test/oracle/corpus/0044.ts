// oracle: seed 44, closed, runs cleanly
import rnnlens = require("rnnlens");

const m_0 = new rnnlens.nn.LSTM(7, 5, 2);
const shape_0_5150 = [5, 2, 7];
const x_0 = rnnlens.torch.ones(...shape_0_5150);
const shape_0_2688 = [2, 2, 5];
const [out_0, st_0] = m_0.forward(x_0, [rnnlens.torch.zeros(2, 2, 5), rnnlens.torch.zeros(...shape_0_2688)]);
const head_0 = new rnnlens.nn.Linear(5, 3);
const y_0 = head_0.forward(out_0);
const last_0 = y_0.select(0, 0);
