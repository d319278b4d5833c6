// oracle: seed 304, closed, runs cleanly
import * as rl from "rnnlens";
const { torch, nn } = rl;

const apply_0 = (m: { forward: Function }, x: unknown) => m.forward(x)[0];
const a_0 = new nn.GRU(6, 7, { num_layers: 1, bidirectional: true });
const b_0 = new nn.GRU(4, 6, { bidirectional: true });
const shape_0_3773 = [3, 2, 6];
const oa_0 = apply_0(a_0, torch.zeros(...shape_0_3773));
const ob_0 = apply_0(b_0, torch.zeros(2, 3, 4));

const m_1 = new nn.LSTM(4, 5);
const [o_1, [h_1, c_1]] = m_1.forward(torch.randn(2, 3, 4));
const r_1_0 = o_1.select(1, 0).t();
const r_1_1 = torch.zeros(3 / 1, 5);
const r_1_2 = o_1.select(1, 0).t();
const n_1 = o_1.numel() + o_1.dim() + o_1.size(-1);
