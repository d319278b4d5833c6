// oracle: seed 323, closed, runs cleanly
import rl from "rnnlens";

const layers_0 = [new rl.nn.RNN(7, 6), new rl.nn.RNN(6, 8)];
let y_0 = rl.torch.randn(4, 2, 7);
for (let i = 0; i < layers_0.length; i++) {
  const [next] = layers_0[i].forward(y_0);
  y_0 = next;
}

const rnn_1 = new rl.nn.GRU(3, 2);
const cell_1 = new rl.nn.GRUCell(3, 2);
const x_1 = rl.torch.randn(4, 3, 3);
const r_1 = x_1.dim() === 3 ? rnn_1.forward(x_1)[0] : cell_1.forward(x_1);
