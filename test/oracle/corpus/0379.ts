// oracle: seed 379, closed, runs cleanly
import * as rl from "rnnlens";

let feats_0 = 5;
for (let i = 0; i < 3; i++) feats_0 = feats_0 + 2;
const m_0 = new rl.nn.GRU(feats_0, 4);
m_0.forward(rl.torch.randn(2, 2, feats_0));

const rnn_1 = new rl.nn.GRU(2, 5);
const cell_1 = new rl.nn.GRUCell(2, 5);
const x_1 = rl.torch.randn(4, 3, 2);
function run_1(x: typeof x_1) {
  if (x.dim() !== 3) return cell_1.forward(x);
  const [o] = rnn_1.forward(x);
  return o;
}
const r_1 = run_1(x_1);
