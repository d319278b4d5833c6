// oracle: seed 64, closed, runs cleanly
import rl from "rnnlens";

const apply_0 = (m: { forward: Function }, x: unknown) => m.forward(x)[0];
const a_0 = new rl.nn.RNN(9, 9, { num_layers: 3 });
const b_0 = new rl.nn.GRU({ input_size: 6, hidden_size: 8, bidirectional: true });
const shape_0_980 = [3, 2, 9];
const oa_0 = apply_0(a_0, rl.torch.randn(...shape_0_980));
const ob_0 = apply_0(b_0, rl.torch.zeros([2, 3, 6]));

const m_1 = new rl.nn.GRU(3, 2);
const [o_1] = m_1.forward(rl.torch.randn(2, 2, 3));
const v_1 = o_1.transpose(0, 1).contiguous().view(2, -1);
const s_1 = rl.torch.zeros(...v_1.shape);
