// oracle: seed 200, closed, runs cleanly
import * as rl from "rnnlens";

const rnn_0 = new rl.nn.GRU(6, 7);
const cell_0 = new rl.nn.GRUCell(6, 7);
const x_0 = rl.torch.randn(3, 6);
function run_0(x: typeof x_0) {
  if (x.dim() !== 3) return cell_0.forward(x);
  const [o] = rnn_0.forward(x);
  return o;
}
const r_0 = run_0(x_0);

const opts_1 = { layers: 2 };
const m_1 = new rl.nn.GRU(4, 8, opts_1?.layers ?? 1);
m_1.forward(rl.torch.randn(2, 2, 4), rl.torch.zeros(opts_1.layers, 2, 8));
