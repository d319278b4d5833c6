// oracle: seed 345, closed, runs cleanly
const { torch, nn } = require("rnnlens");

const layers_0 = [new nn.GRU(4, 4), new nn.GRU(4, 3), new nn.GRU(3, 3)];
let y_0 = torch.randn(2, 3, 4);
for (const layer of layers_0) {
  [y_0] = layer.forward(y_0);
}

const m_1 = new nn.GRU(7, 5);
[torch.randn(2, 3, 7), torch.randn(2, 3, 7)].forEach((x) => m_1.forward(x));

const rnn_2 = new nn.GRU(4, 8);
const cell_2 = new nn.GRUCell(4, 8);
const x_2 = torch.randn(4, 3, 4);
function run_2(x: typeof x_2) {
  if (x.dim() !== 3) return cell_2.forward(x);
  const [o] = rnn_2.forward(x);
  return o;
}
const r_2 = run_2(x_2);
