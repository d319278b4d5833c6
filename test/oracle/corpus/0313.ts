// oracle: seed 313, closed, raises at 16: input.size(-1) must be equal to input_size. Expected 8, got 7
import { torch, nn } from "rnnlens";

const cell_0 = new nn.LSTMCell(5, 5);
const xs_0 = torch.randn(2, 4, 5);
let h_0 = torch.zeros(4, 5);
let c_0 = torch.zeros(4, 5);
for (let t_0 = 0; t_0 < 4; t_0++) {
  if (t_0 >= 2) break;
  [h_0, c_0] = cell_0.forward(xs_0.select(0, t_0), [h_0, c_0]);
}

let feats_1 = 5;
for (let i = 0; i < 1; i++) feats_1 = feats_1 + 3;
const m_1 = new nn.GRU(feats_1, 4);
m_1.forward(torch.randn(2, 2, 7));

const apply_2 = (m: { forward: Function }, x: unknown) => m.forward(x)[0];
const a_2 = new nn.RNN({ input_size: 6, hidden_size: 9, numLayers: 2 });
const b_2 = new nn.GRU({ input_size: 3, hidden_size: 5 });
const shape_2_3663 = [3, 2, 5];
const oa_2 = apply_2(a_2, torch.randn(...shape_2_3663));
const ob_2 = apply_2(b_2, torch.randn(2, 3, 3));
