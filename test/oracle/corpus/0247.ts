// oracle: seed 247, closed, runs cleanly
import { torch, nn } from "rnnlens";

const rnn_0 = new nn.GRU(5, 8);
const cell_0 = new nn.GRUCell(5, 8);
const x_0 = torch.randn(3, 5);
function run_0(x: typeof x_0) {
  if (x.dim() !== 3) return cell_0.forward(x);
  const [o] = rnn_0.forward(x);
  return o;
}
const r_0 = run_0(x_0);

const m_1 = new nn.LSTM(4, 2);
const [o_1, [h_1, c_1]] = m_1.forward(torch.randn(3, 1, 4));
const r_1_0 = h_1.squeeze(0).unsqueeze(1);
const r_1_1 = h_1.squeeze(0).unsqueeze(1);
const r_1_2 = o_1.reshape(3, -1);
const r_1_3 = o_1.slice(0, 0, 1);
const n_1 = o_1.numel() + o_1.dim() + o_1.size(0);
