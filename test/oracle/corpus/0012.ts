// oracle: seed 12, closed, runs cleanly
import * as rl from "rnnlens";

function apply_0(m: any, x: any) {
  const [o] = m.forward(x);
  return o;
}
const a_0 = new rl.nn.LSTM({ input_size: 3, hiddenSize: 2, num_layers: 2 });
const b_0 = new rl.nn.LSTM(2, 9, 1);
const oa_0 = apply_0(a_0, rl.torch.zeros(3, 2, 3));
const ob_0 = apply_0(b_0, rl.torch.ones([2, 3, 2]));
