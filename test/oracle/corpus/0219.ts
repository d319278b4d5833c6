// oracle: seed 219, closed, runs cleanly
import * as rl from "rnnlens";
const { torch, nn } = rl;

const m_0 = new nn.GRU(2, 4, { bidirectional: true });
const shape_0_5070 = [3, 3, 2];
const x_0 = torch.rand(...shape_0_5070);
const [out_0, st_0] = m_0.forward(x_0);

const rnn_1 = new nn.GRU(5, 6);
const cell_1 = new nn.GRUCell(5, 6);
const x_1 = torch.randn(3, 5);
function run_1(x: typeof x_1) {
  if (x.dim() !== 3) return cell_1.forward(x);
  const [o] = rnn_1.forward(x);
  return o;
}
const r_1 = run_1(x_1);
