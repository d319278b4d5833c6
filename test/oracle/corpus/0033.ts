// oracle: seed 33, closed, runs cleanly
import * as rl from "rnnlens";
const { torch, nn } = rl;

function apply_0(m: any, x: any) {
  const [o] = m.forward(x);
  return o;
}
const { RNN: RNN_0a } = nn;
const a_0 = new RNN_0a(5, 8, { numLayers: 1 });
const { GRU: GRU_0b } = nn;
const b_0 = new GRU_0b(4, 8);
const oa_0 = apply_0(a_0, torch.ones(3, 2, 5));
const ob_0 = apply_0(b_0, torch.zeros(2, 3, 4));

const byName_1 = new Map();
byName_1.set("enc", new nn.LSTM(5, 5));
byName_1.get("enc").forward(torch.randn(2, 2, 5));

const cell_2 = new nn.GRUCell(7, 3);
const xs_2 = torch.randn(4, 4, 7);
let h_2 = torch.zeros(4, 3);
for (let t_2 = 0; t_2 < 4; t_2++) {
  if (t_2 % 2 === 1) continue;
  h_2 = cell_2.forward(xs_2.select(0, t_2), h_2);
}
const out_2 = new nn.Linear(3, 2).forward(h_2);
