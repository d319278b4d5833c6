// oracle: seed 279, closed, runs cleanly
import * as rl from "rnnlens";

const m_0 = new rl.nn.GRU(3, 3);
const [o_0] = m_0.forward(rl.torch.randn(3, 2, 3));
const v_0 = o_0.view(6, 3);

const { GRU: GRU_1 } = rl.nn;
const m_1 = new GRU_1(6, 9, { num_layers: 1, bidirectional: true });
const x_1 = rl.torch.zeros(3, 2, 6);
const [out_1, st_1] = m_1.forward(x_1);
const n_1 = out_1.size(2) * st_1.size(0);
