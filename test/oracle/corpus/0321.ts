// oracle: seed 321, closed, raises at 10: hidden0 has inconsistent hidden_size: got 6, expected 5
import * as rl from "rnnlens";
const { torch, nn } = rl;

const cell_0 = new nn.LSTMCell(7, 5);
const xs_0 = torch.randn(2, 3, 7);
let h_0 = torch.zeros(3, 5);
let c_0 = torch.zeros(3, 5);
for (let t_0 = 0; t_0 < 2; t_0++) {
  [h_0, c_0] = cell_0.forward(xs_0.select(0, t_0), [h_0, c_0]);
  if (t_0 === 0) h_0 = torch.zeros(3, 6);
}

function apply_1(m: any, x: any) {
  const [o] = m.forward(x);
  return o;
}
const { GRU: GRU_1a } = nn;
const a_1 = new GRU_1a(9, 3, { num_layers: 3, bidirectional: false });
const { RNN: RNN_1b } = nn;
const b_1 = new RNN_1b(5, 7, { numLayers: 1, batchFirst: true });
const oa_1 = apply_1(a_1, torch.randn(3, 2, 9));
const ob_1 = apply_1(b_1, torch.zeros(3, 2, 5));
