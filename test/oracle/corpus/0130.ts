// oracle: seed 130, closed, runs cleanly
import * as rl from "rnnlens";

class Model_0 extends rl.nn.Module {
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
const model_0_0 = new Model_0(4, 7, 3);
const logits_0_0 = model_0_0.forward(rl.torch.randn(2, 1, 4));
const model_0_1 = new Model_0(3, 4, 2);
const logits_0_1 = model_0_1.forward(rl.torch.randn(1, 3, 3));

const m_1 = new rl.nn.GRU({ input_size: 3, hidden_size: 7, num_layers: 3, dropout: 0.1 });
const shape_1_4398 = [4, 3, 3];
const x_1 = rl.torch.ones(...shape_1_4398);
const [out_1, st_1] = m_1.forward(x_1);
const n_1 = out_1.size(0) * st_1.size(0);

const cell_2 = new rl.nn.RNNCell(7, 6);
const xs_2 = rl.torch.randn(1, 1, 7);
let h_2 = rl.torch.zeros(1, 6);
for (let t_2 = 0; t_2 < 1; t_2++) {
  h_2 = cell_2.forward(xs_2.select(0, t_2), h_2);
}
const out_2 = new rl.nn.Linear(6, 2).forward(h_2);
