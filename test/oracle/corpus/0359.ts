// oracle: seed 359, closed, runs cleanly
import * as rl from "rnnlens";

let feats_0 = 3;
for (let i = 0; i < 0; i++) feats_0 = feats_0 + 2;
const m_0 = new rl.nn.GRU(feats_0, 4);
m_0.forward(rl.torch.randn(2, 2, feats_0));

const cell_1 = new rl.nn.GRUCell(8, 6);
const xs_1 = rl.torch.randn(4, 3, 8);
let h_1 = rl.torch.zeros(3, 6);
for (let t_1 = 0; t_1 < 6; t_1++) {
  if (t_1 >= 4) break;
  h_1 = cell_1.forward(xs_1.select(0, t_1), h_1);
}
const out_1 = new rl.nn.Linear(6, 2).forward(h_1);

const rnn_2 = new rl.nn.GRU(4, 6);
const cell_2 = new rl.nn.GRUCell(4, 6);
const x_2 = rl.torch.randn(3, 4);
function run_2(x: typeof x_2) {
  if (x.dim() !== 3) return cell_2.forward(x);
  const [o] = rnn_2.forward(x);
  return o;
}
const r_2 = run_2(x_2);
