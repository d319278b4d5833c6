// oracle: seed 30, closed, raises at 14: input.size(-1) must be equal to input_size. Expected 9, got 8
import rl from "rnnlens";

const cell_0 = new rl.nn.RNNCell(3, 5);
const xs_0 = rl.torch.randn(1, 4, 3);
let h_0 = rl.torch.zeros(4, 5);
for (let t_0 = 0; t_0 < 1; t_0++) {
  if (t_0 % 2 === 1) continue;
  h_0 = cell_0.forward(xs_0.select(0, t_0), h_0);
}
const out_0 = new rl.nn.Linear(5, 2).forward(h_0);

function apply_1(m: any, x: any) {
  const [o] = m.forward(x);
  return o;
}
const a_1 = new rl.nn.LSTM(8, 7, { bidirectional: true });
const b_1 = new rl.nn.LSTM({ inputSize: 9, hidden_size: 2, num_layers: 3 });
const oa_1 = apply_1(a_1, rl.torch.randn(3, 2, 8));
const shape_1_2279 = [2, 3, 8];
const ob_1 = apply_1(b_1, rl.torch.zeros(...shape_1_2279));

function apply_2(m: any, x: any) {
  const [o] = m.forward(x);
  return o;
}
const a_2 = new rl.nn.RNN(5, 2, { numLayers: 3, batchFirst: false });
const b_2 = new rl.nn.RNN(6, 4, { num_layers: 1, batch_first: true });
const oa_2 = apply_2(a_2, rl.torch.randn([3, 2, 5]));
const ob_2 = apply_2(b_2, rl.torch.rand([3, 2, 6]));
