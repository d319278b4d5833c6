// oracle: seed 327, closed, raises at 7: select(): argument 'index' (position 2) must be int, not float
import * as rl from "rnnlens";

const m_0 = new rl.nn.LSTM(4, 5);
const [o_0, [h_0, c_0]] = m_0.forward(rl.torch.randn(3, 3, 4));
const r_0_0 = o_0.select(1, 0).t();
const r_0_1 = o_0.select(0, 3 / 2);
const n_0 = o_0.numel() + o_0.dim() + o_0.size(-1);
m_0.eval();
m_0.train();

const layers_1 = [new rl.nn.RNN(2, 4), new rl.nn.RNN(4, 3), new rl.nn.RNN(3, 3)];
let y_1 = rl.torch.randn(3, 2, 2);
for (const layer of layers_1) {
  [y_1] = layer.forward(y_1);
}
