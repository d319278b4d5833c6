// oracle: seed 396, closed, raises at 13: view size is not compatible with input tensor's size and stride (at least one dimension spans across two contiguous subspaces). Use .reshape(...) instead.
import * as rl from "rnnlens";

const { RNN: RNN_0 } = rl.nn;
const m_0 = new RNN_0(8, 4, { numLayers: 2, batch_first: true });
const x_0 = rl.torch.randn(4, 1, 8);
const [out_0, st_0] = m_0.forward(x_0, rl.torch.ones(2, 4, 4));
const head_0 = new rl.nn.Linear(4, 3);
const y_0 = head_0.forward(out_0);

const m_1 = new rl.nn.GRU(3, 6);
const [o_1] = m_1.forward(rl.torch.randn(4, 3, 3));
const v_1 = o_1.transpose(0, 1).view(3, -1);

const m_2 = new rl.nn.GRU(3, 5);
const [o_2] = m_2.forward(rl.torch.randn(3, 3, 3));
const v_2 = o_2.transpose(0, 1).reshape(3, -1);
