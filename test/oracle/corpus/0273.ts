// oracle: seed 273, closed, runs cleanly
const { torch, nn } = require("rnnlens");

const rnn_0 = new nn.GRU(2, 7);
const cell_0 = new nn.GRUCell(2, 7);
const x_0 = torch.randn(3, 2);
function run_0(x: typeof x_0) {
  if (x.dim() !== 3) return cell_0.forward(x);
  const [o] = rnn_0.forward(x);
  return o;
}
const r_0 = run_0(x_0);
