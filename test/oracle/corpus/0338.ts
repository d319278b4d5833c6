// oracle: seed 338, closed, raises at 6: select(): argument 'index' (position 2) must be int, not float
import { torch, nn } from "rnnlens";

const m_0 = new nn.LSTM(4, 5);
const [o_0, [h_0, c_0]] = m_0.forward(torch.randn(3, 1, 4));
const r_0_0 = o_0.select(0, 3 / 2);
const r_0_1 = o_0.slice(0, 0, 3);
const r_0_2 = h_0.squeeze();
const n_0 = o_0.numel() + o_0.dim() + o_0.size(0);

function apply_1(m: any, x: any) {
  const [o] = m.forward(x);
  return o;
}
const a_1 = new nn.LSTM({ input_size: 5, hiddenSize: 5, bidirectional: false });
const b_1 = new nn.LSTM(7, 2, { numLayers: 1, batchFirst: false });
const oa_1 = apply_1(a_1, torch.zeros(3, 2, 5));
const ob_1 = apply_1(b_1, torch.zeros(2, 3, 7));

const cell_2 = new nn.GRUCell(5, 7);
const xs_2 = torch.randn(1, 2, 5);
let h_2 = torch.zeros(2, 7);
let t_2 = 0;
while (t_2 < 0) {
  h_2 = cell_2.forward(xs_2.select(0, t_2), h_2);
  t_2 += 1;
}
const out_2 = new nn.Linear(7, 2).forward(h_2);
