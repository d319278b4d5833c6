// oracle: seed 214, closed, raises at 12: input.size(-1) must be equal to input_size. Expected 8, got 16
import * as rl from "rnnlens";

const m_0 = new rl.nn.GRU(3, 2);
const [o_0] = m_0.forward(rl.torch.randn(4, 2, 3));
const v_0 = o_0.transpose(0, 1).reshape(2, -1);
const s_0 = rl.torch.zeros(...v_0.shape);

const { GRU: GRU_1 } = rl.nn;
const m_1 = new GRU_1(8, 5, { numLayers: 2, batch_first: true, bidirectional: true });
const x_1 = rl.torch.rand(2, 6, 16);
const [out_1, st_1] = m_1.forward(x_1, rl.torch.ones(4, 2, 5));
const head_1 = new rl.nn.Linear(10, 3);
const y_1 = head_1.forward(out_1);
const n_1 = out_1.size(0) * st_1.size(0);
