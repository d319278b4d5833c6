// oracle: seed 80, closed, runs cleanly
import rnnlens = require("rnnlens");

class Model_0 extends rnnlens.nn.Module {
  rnn;
  head;
  constructor(inputs: number, hidden: number, classes: number) {
    super();
    this.rnn = new rnnlens.nn.GRU(inputs, hidden, { batchFirst: true });
    this.head = new rnnlens.nn.Linear(hidden, classes);
  }
  forward(x: any) {
    const [out] = this.rnn.forward(x);
    return this.head.forward(out.select(1, -1));
  }
}
const model_0_0 = new Model_0(7, 6, 3);
const logits_0_0 = model_0_0.forward(rnnlens.torch.randn(1, 1, 7));
const model_0_1 = new Model_0(8, 2, 3);
const logits_0_1 = model_0_1.forward(rnnlens.torch.randn(1, 3, 8));

const { RNN: RNN_1 } = rnnlens.nn;
const m_1 = new RNN_1(5, 7);
const x_1 = rnnlens.torch.randn([5, 2, 5]);
const [out_1, st_1] = m_1.forward(x_1);
const n_1 = out_1.size(0) * st_1.size(0);

const cell_2 = new rnnlens.nn.LSTMCell(8, 8);
const xs_2 = rnnlens.torch.randn(1, 4, 8);
let h_2 = rnnlens.torch.zeros(4, 8);
let c_2 = rnnlens.torch.zeros(4, 8);
for (let t_2 = 0; t_2 < 1; t_2++) {
  [h_2, c_2] = cell_2.forward(xs_2.select(0, t_2), [h_2, c_2]);
}
