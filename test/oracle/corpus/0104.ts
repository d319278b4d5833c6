// oracle: seed 104, closed, raises at 5: input.size(-1) must be equal to input_size. Expected 3, got 6
import rnnlens = require("rnnlens");

const m_0 = new rnnlens.nn.GRU(3, 4);
setTimeout(() => m_0.forward(rnnlens.torch.randn(2, 3, 6)), 2);

const m_1 = new rnnlens.nn.LSTM({ input_size: 7, hidden_size: 8, numLayers: 2, dropout: 0.1 });
const shape_1_9559 = [3, 4, 7];
const x_1 = rnnlens.torch.randn(...shape_1_9559);
const [out_1, st_1] = m_1.forward(x_1, [rnnlens.torch.rand(2, 4, 8), rnnlens.torch.randn([2, 4, 8])]);
const head_1 = new rnnlens.nn.Linear(8, 2);
const y_1 = head_1.forward(out_1);

const cell_2 = new rnnlens.nn.RNNCell(8, 6);
const xs_2 = rnnlens.torch.randn(2, 4, 8);
let h_2 = rnnlens.torch.zeros(4, 6);
for (let t_2 = 0; t_2 < 2; t_2++) {
  h_2 = cell_2.forward(xs_2.select(0, t_2), h_2);
}
