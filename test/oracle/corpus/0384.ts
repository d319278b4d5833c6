// oracle: seed 384, closed, raises at 8: input.size(-1) must be equal to input_size. Expected 8, got 10
import * as rl from "rnnlens";

const hp_0 = { inputSize: 8, hiddenSize: 9, numLayers: 1 };
const m_0 = new rl.nn.RNN({ ...hp_0, numLayers: 1, batch_first: true, bidirectional: false });
const shape_0_4065 = [1, 3, 10];
const x_0 = rl.torch.rand(...shape_0_4065);
const [out_0, st_0] = m_0.forward(x_0, rl.torch.rand(1, 1, 9));

const cell_1 = new rl.nn.RNNCell(5, 7);
const xs_1 = rl.torch.randn(2, 1, 5);
let h_1 = rl.torch.zeros(1, 7);
for (let t_1 = 0; t_1 < 4; t_1++) {
  if (t_1 >= 2) break;
  h_1 = cell_1.forward(xs_1.select(0, t_1), h_1);
}

const hp_2 = { inputSize: 7, hiddenSize: 3, numLayers: 1 };
const m_2 = new rl.nn.RNN({ ...hp_2, numLayers: 3, batchFirst: true });
const x_2 = rl.torch.ones([3, 5, 14]);
const [out_2, st_2] = m_2.forward(x_2);
