// oracle: seed 164, closed, runs cleanly
import * as rl from "rnnlens";

const cell_0 = new rl.nn.GRUCell(6, 8);
const xs_0 = rl.torch.randn(1, 3, 6);
let h_0 = rl.torch.zeros(3, 8);
let t_0 = 0;
while (t_0 < 0) {
  h_0 = cell_0.forward(xs_0.select(0, t_0), h_0);
  t_0 += 1;
}
const out_0 = new rl.nn.Linear(8, 2).forward(h_0);

const m_1 = new rl.nn.GRU(3, 5);
const [o_1] = m_1.forward(rl.torch.randn(2, 4, 3));
const v_1 = o_1.view(8, 5);
const s_1 = rl.torch.zeros(...v_1.shape);

class Model_2 extends rl.nn.Module {
  rnn;
  head;
  constructor(inputs: number, hidden: number, classes: number) {
    super();
    this.rnn = new rl.nn.GRU(inputs, hidden, { batchFirst: true });
    this.head = new rl.nn.Linear(hidden, classes);
  }
  forward(x: any) {
    const [out] = this.rnn.forward(x);
    return this.head.forward(out.select(1, -1));
  }
}
const model_2_0 = new Model_2(8, 3, 3);
const logits_2_0 = model_2_0.forward(rl.torch.randn(1, 3, 8));
const model_2_1 = new Model_2(3, 8, 4);
const logits_2_1 = model_2_1.forward(rl.torch.randn(1, 1, 3));
