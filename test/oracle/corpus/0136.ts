// oracle: seed 136, open, raises at 21: input.size(-1) must be equal to input_size. Expected 2, got 4
import * as rl from "rnnlens";

const rnn_0 = new rl.nn.GRU(4, 8);
const cell_0 = new rl.nn.GRUCell(4, 8);
const x_0 = rl.torch.randn(4, 3, 4);
if (Date.now() < 0) {
  rnn_0.forward(rl.torch.randn(2, 2, 5));
}
rnn_0.forward(x_0);

const m_1 = new rl.nn.LSTM(4, 5);
const [o_1, [h_1, c_1]] = m_1.forward(rl.torch.randn(3, 3, 4));
const r_1_0 = c_1.select(0, 0);
const r_1_1 = o_1.slice(0, 1, 2);
const r_1_2 = o_1.slice(0, 1, 2);
const r_1_3 = h_1.squeeze();
const n_1 = o_1.numel() + o_1.dim() + o_1.size(-1);

const m_2 = new rl.nn.GRU(2, 3);
Promise.resolve(rl.torch.randn(2, 3, 4)).then((x) => m_2.forward(x));
