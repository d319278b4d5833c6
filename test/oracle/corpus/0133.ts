// oracle: seed 133, closed, runs cleanly
const { torch, nn } = require("rnnlens");

const m_0 = new nn.GRU(7, 6);
setTimeout(() => m_0.forward(torch.randn(2, 3, 7)), 4);

const rnn_1 = new nn.GRU(2, 6);
const cell_1 = new nn.GRUCell(2, 6);
const x_1 = torch.randn(4, 3, 2);
function run_1(x: typeof x_1) {
  if (x.dim() !== 3) return cell_1.forward(x);
  const [o] = rnn_1.forward(x);
  return o;
}
const r_1 = run_1(x_1);

const m_2 = new nn.GRU(3, 5);
const [o_2] = m_2.forward(torch.randn(3, 3, 3));
const v_2 = o_2.transpose(0, 1).reshape(3, -1);
