// oracle: seed 54, closed, runs cleanly
import * as rl from "rnnlens";

const cell_0 = new rl.nn.GRUCell(4, 6);
const xs_0 = rl.torch.randn(2, 3, 4);
let h_0 = rl.torch.zeros(3, 6);
for (let t_0 = 0; t_0 < 2; t_0++) {
  h_0 = cell_0.forward(xs_0.select(0, t_0), h_0);
}

const apply_1 = (m: { forward: Function }, x: unknown) => m.forward(x)[0];
const hp_1a = { inputSize: 3, hiddenSize: 9, numLayers: 1 };
const a_1 = new rl.nn.GRU({ ...hp_1a, numLayers: 2 });
const b_1 = new rl.nn.RNN(5, 7, { num_layers: 1, batch_first: true });
const oa_1 = apply_1(a_1, rl.torch.rand([3, 2, 3]));
const ob_1 = apply_1(b_1, rl.torch.zeros(3, 2, 5));
