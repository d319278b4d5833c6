// oracle: seed 256, closed, runs cleanly
import rl from "rnnlens";

const m_0 = new rl.nn.GRU(3, 3);
const [o_0] = m_0.forward(rl.torch.randn(3, 4, 3));
const v_0 = o_0.transpose(0, 1).reshape(4, -1);

const m_1 = new rl.nn.LSTM(3, 6, { numLayers: 3, batch_first: true, bidirectional: true });
const x_1 = rl.torch.ones(1, 1, 3);
const shape_1_7137 = [6, 1, 6];
const [out_1, st_1] = m_1.forward(x_1, [rl.torch.ones([6, 1, 6]), rl.torch.ones(...shape_1_7137)]);
const head_1 = new rl.nn.Linear(12, 3);
const y_1 = head_1.forward(out_1);
