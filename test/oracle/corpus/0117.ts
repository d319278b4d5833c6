// oracle: seed 117, closed, raises at 6: view size is not compatible with input tensor's size and stride (at least one dimension spans across two contiguous subspaces). Use .reshape(...) instead.
import * as rl from "rnnlens";

const m_0 = new rl.nn.GRU(3, 6);
const [o_0] = m_0.forward(rl.torch.randn(2, 3, 3));
const v_0 = o_0.transpose(1, 2).view(2, 3, -1);

const cell_1 = new rl.nn.GRUCell(8, 8);
const xs_1 = rl.torch.randn(1, 3, 8);
let h_1 = rl.torch.zeros(3, 8);
for (let t_1 = 0; t_1 < 0; t_1++) {
  h_1 = cell_1.forward(xs_1.select(0, t_1), h_1);
  if (t_1 === 1) h_1 = rl.torch.zeros(3, 9);
}
const out_1 = new rl.nn.Linear(8, 2).forward(h_1);

class Model_2 extends rl.nn.Module {
  rnn;
  head;
  constructor(inputs: number, hidden: number, classes: number) {
    super();
    this.rnn = new rl.nn.LSTM(inputs, hidden, { batchFirst: true });
    this.head = new rl.nn.Linear(hidden, classes);
  }
  forward(x: any) {
    const [out] = this.rnn.forward(x);
    return this.head.forward(out.select(1, -1));
  }
}
const model_2_0 = new Model_2(2, 4, 3);
const logits_2_0 = model_2_0.forward(rl.torch.randn(3, 1, 2));
const model_2_1 = new Model_2(2, 8, 4);
const logits_2_1 = model_2_1.forward(rl.torch.randn(2, 4, 2));
model_2_0.rnn = new rl.nn.LSTM(7, 8, { batchFirst: true });
model_2_0.forward(rl.torch.randn(2, 2, 2));
