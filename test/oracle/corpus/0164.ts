// oracle: seed 164, closed, raises at 13: Expected hidden[0] size (2, 4, 7), got [2, 4, 9]
import * as rl from "rnnlens";

const layers_0 = [new rl.nn.RNN(6, 6)];
let y_0 = rl.torch.randn(2, 2, 6);
for (const layer of layers_0) {
  [y_0] = layer.forward(y_0);
}
const z_0 = new rl.nn.Linear(6, 3).forward(y_0);

const m_1 = new rl.nn.LSTM({ input_size: 7, hidden_size: 7, numLayers: 2, batchFirst: true, dropout: 0.1 });
const x_1 = rl.torch.randn(4, 2, 7);
const [out_1, st_1] = m_1.forward(x_1, [rl.torch.zeros(2, 4, 9), rl.torch.ones(2, 4, 7)]);
const head_1 = new rl.nn.Linear(7, 3);
const y_1 = head_1.forward(out_1);

const layers_2 = [new rl.nn.RNN(5, 2)];
let y_2 = rl.torch.randn(3, 1, 5);
for (const layer of layers_2) {
  [y_2] = layer.forward(y_2);
}
const z_2 = new rl.nn.Linear(2, 3).forward(y_2);
