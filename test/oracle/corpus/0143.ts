// oracle: seed 143, closed, runs cleanly
import rl from "rnnlens";

const layers_0 = [new rl.nn.RNN(5, 4), new rl.nn.RNN(4, 5), new rl.nn.RNN(5, 3)];
let y_0 = rl.torch.randn(4, 2, 5);
layers_0.forEach((layer) => {
  [y_0] = layer.forward(y_0);
});
const z_0 = new rl.nn.Linear(3, 3).forward(y_0);

const m_1 = new rl.nn.GRU(9, 4, { num_layers: 1, bidirectional: true, dropout: 0 });
const x_1 = rl.torch.randn(3, 3, 9);
const [out_1, st_1] = m_1.forward(x_1);
const head_1 = new rl.nn.Linear(8, 3);
const y_1 = head_1.forward(out_1);
