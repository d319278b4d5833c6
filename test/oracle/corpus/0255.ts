// oracle: seed 255, closed, raises at 13: view size is not compatible with input tensor's size and stride (at least one dimension spans across two contiguous subspaces). Use .reshape(...) instead.
import * as rl from "rnnlens";

const layers_0 = [new rl.nn.RNN(3, 4), new rl.nn.RNN(4, 6)];
let y_0 = rl.torch.randn(3, 1, 3);
for (let i = 0; i < layers_0.length; i++) {
  const [next] = layers_0[i].forward(y_0);
  y_0 = next;
}

const m_1 = new rl.nn.GRU(3, 3);
const [o_1] = m_1.forward(rl.torch.randn(2, 2, 3));
const v_1 = o_1.transpose(0, 1).view(2, -1);

const m_2 = new rl.nn.GRU({ inputSize: 9, hidden_size: 4, num_layers: 2, batch_first: true, bidirectional: true });
const shape_2_2684 = [1, 1, 8];
const x_2 = rl.torch.ones(...shape_2_2684);
const [out_2, st_2] = m_2.forward(x_2, rl.torch.ones([4, 1, 4]));
const head_2 = new rl.nn.Linear(8, 2);
const y_2 = head_2.forward(out_2);
const last_2 = y_2.select(1, -1);
const n_2 = out_2.size(0) * st_2.size(0);
