// oracle: seed 9, closed, runs cleanly
import * as rl from "rnnlens";

const m_0 = new rl.nn.LSTM({ input_size: 7, hidden_size: 7, bidirectional: true });
const x_0 = rl.torch.ones(4, 3, 7);
const [out_0, st_0] = m_0.forward(x_0);
const head_0 = new rl.nn.Linear(14, 5);
const y_0 = head_0.forward(out_0);

const m_1 = new rl.nn.LSTM(4, 4);
const [o_1, [h_1, c_1]] = m_1.forward(rl.torch.randn(4, 1, 4));
const r_1_0 = rl.torch.zeros(1 / 1, 4);
const r_1_1 = h_1.squeeze(0).unsqueeze(1);
const r_1_2 = o_1.slice(0, 1, 1);
const n_1 = o_1.numel() + o_1.dim() + o_1.size(-1);

const apply_2 = (m: { forward: Function }, x: unknown) => m.forward(x)[0];
const a_2 = new rl.nn.GRU(7, 5);
const b_2 = new rl.nn.GRU(6, 7, { num_layers: 3, bidirectional: true });
const shape_2_7931 = [3, 2, 7];
const oa_2 = apply_2(a_2, rl.torch.rand(...shape_2_7931));
const ob_2 = apply_2(b_2, rl.torch.rand([2, 3, 6]));
