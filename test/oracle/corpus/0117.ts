// oracle: seed 117, closed, runs cleanly
import * as rl from "rnnlens";

const opts_0 = { layers: 2 };
const m_0 = new rl.nn.GRU(3, 6, opts_0?.layers ?? 1);
m_0.forward(rl.torch.randn(2, 2, 3), rl.torch.zeros(opts_0.layers, 2, 6));

const m_1 = new rl.nn.GRU(3, 4);
const [o_1] = m_1.forward(rl.torch.randn(3, 2, 3));
const dims_1 = [3, 8];
const v_1 = o_1.view(...dims_1);

const m_2 = new rl.nn.RNN(2, 7);
const shape_2_9332 = [5, 3, 2];
const x_2 = rl.torch.rand(...shape_2_9332);
const [out_2, st_2] = m_2.forward(x_2);
const head_2 = new rl.nn.Linear(7, 5);
const y_2 = head_2.forward(out_2);
const last_2 = y_2.select(0, 0);
const n_2 = out_2.size(2) * st_2.size(0);
