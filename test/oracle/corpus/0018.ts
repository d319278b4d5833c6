// oracle: seed 18, closed, runs cleanly
import * as rl from "rnnlens";
const { torch, nn } = rl;

const rnn_0 = new nn.GRU(3, 7);
const cell_0 = new nn.GRUCell(3, 7);
const x_0 = torch.randn(4, 3, 3);
function run_0(x: typeof x_0) {
  if (x.dim() !== 3) return cell_0.forward(x);
  const [o] = rnn_0.forward(x);
  return o;
}
const r_0 = run_0(x_0);

const { GRU: GRU_1 } = nn;
const m_1 = new GRU_1(5, 6);
const x_1 = torch.rand(1, 4, 5);
const [out_1, st_1] = m_1.forward(x_1);
const head_1 = new nn.Linear(6, 2);
const y_1 = head_1.forward(out_1);
const last_1 = y_1.select(0, 0);
