// oracle: seed 200, closed, raises at 7: input.size(-1) must be equal to input_size. Expected 7, got 14
import * as rl from "rnnlens";

let feats_0 = 4;
for (let i = 0; i < 1; i++) feats_0 = feats_0 + 3;
const m_0 = new rl.nn.GRU(feats_0, 4);
m_0.forward(rl.torch.randn(2, 2, 14));

const cell_1 = new rl.nn.LSTMCell(7, 8);
const xs_1 = rl.torch.randn(4, 2, 7);
let h_1 = rl.torch.zeros(2, 8);
let c_1 = rl.torch.zeros(2, 8);
let t_1 = 0;
while (t_1 < 4) {
  [h_1, c_1] = cell_1.forward(xs_1.select(0, t_1), [h_1, c_1]);
  t_1 += 1;
}
