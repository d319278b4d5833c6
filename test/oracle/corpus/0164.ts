// oracle: seed 164, closed, runs cleanly
import * as rl from "rnnlens";

const m_0 = new rl.nn.GRU(6, 9, { numLayers: 2, batchFirst: true, dropout: 0.5 });
const x_0 = rl.torch.ones(2, 2, 6);
const [out_0, st_0] = m_0.forward(x_0);
const head_0 = new rl.nn.Linear(9, 5);
const y_0 = head_0.forward(out_0);
const last_0 = y_0.select(1, -1);
const n_0 = out_0.size(2) * st_0.size(0);

const { LSTM: LSTM_1 } = rl.nn;
const m_1 = new LSTM_1(9, 3, { num_layers: 1 });
const x_1 = rl.torch.rand([3, 2, 9]);
const [out_1, st_1] = m_1.forward(x_1, [rl.torch.zeros([1, 2, 3]), rl.torch.randn([1, 2, 3])]);
const head_1 = new rl.nn.Linear(3, 4);
const y_1 = head_1.forward(out_1);
const last_1 = y_1.select(0, 0);

const cell_2 = new rl.nn.LSTMCell(7, 8);
const xs_2 = rl.torch.randn(2, 3, 7);
let h_2 = rl.torch.zeros(3, 8);
let c_2 = rl.torch.zeros(3, 8);
let t_2 = 0;
while (t_2 < 2) {
  [h_2, c_2] = cell_2.forward(xs_2.select(0, t_2), [h_2, c_2]);
  t_2 += 1;
}
const out_2 = new rl.nn.Linear(8, 2).forward(h_2);
