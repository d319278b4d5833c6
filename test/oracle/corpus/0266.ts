// oracle: seed 266, closed, raises at 18: input.size(-1) must be equal to input_size. Expected 5, got 4
import rnnlens = require("rnnlens");

const m_0 = new rnnlens.nn.RNN(9, 4, { numLayers: 1, batch_first: true, bidirectional: true });
const shape_0_4644 = [3, 1, 9];
const x_0 = rnnlens.torch.ones(...shape_0_4644);
const [out_0, st_0] = m_0.forward(x_0);

class Model_1 extends rnnlens.nn.Module {
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
const model_1_0 = new Model_1(4, 3, 4);
const logits_1_0 = model_1_0.forward(rnnlens.torch.randn(1, 1, 4));
const model_1_1 = new Model_1(2, 6, 3);
const logits_1_1 = model_1_1.forward(rnnlens.torch.randn(2, 2, 2));
model_1_0.rnn = new rnnlens.nn.GRU(5, 8, { batchFirst: true });
model_1_0.forward(rnnlens.torch.randn(2, 2, 4));

const rnn_2 = new rnnlens.nn.GRU(2, 2);
const cell_2 = new rnnlens.nn.GRUCell(2, 2);
const x_2 = rnnlens.torch.randn(3, 2);
let r_2;
if (x_2.dim() === 3) {
  [r_2] = rnn_2.forward(x_2);
} else {
  r_2 = cell_2.forward(x_2);
}
