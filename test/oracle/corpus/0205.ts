// oracle: seed 205, open, runs cleanly
import * as rl from "rnnlens";

const rnn_0 = new rl.nn.GRU(5, 4);
const cell_0 = new rl.nn.GRUCell(5, 4);
const x_0 = rl.torch.randn(3, 5);
if (Date.now() < 0) {
  rnn_0.forward(rl.torch.randn(2, 2, 6));
}
cell_0.forward(x_0);

const layers_1 = [new rl.nn.GRU(4, 8), new rl.nn.GRU(8, 5)];
let y_1 = rl.torch.randn(4, 3, 4);
layers_1.forEach((layer) => {
  [y_1] = layer.forward(y_1);
});

const cell_2 = new rl.nn.LSTMCell(4, 2);
const xs_2 = rl.torch.randn(1, 4, 4);
let h_2 = rl.torch.zeros(4, 2);
let c_2 = rl.torch.zeros(4, 2);
let t_2 = 0;
while (t_2 < 0) {
  [h_2, c_2] = cell_2.forward(xs_2.select(0, t_2), [h_2, c_2]);
  if (t_2 === 0) h_2 = rl.torch.zeros(4, 3);
  t_2 += 1;
}
