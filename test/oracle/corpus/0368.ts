// oracle: seed 368, closed, runs cleanly
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
const model_0_0 = new Model_0(2, 5, 4);
const logits_0_0 = model_0_0.forward(rnnlens.torch.randn(3, 4, 2));
const model_0_1 = new Model_0(8, 5, 4);
const logits_0_1 = model_0_1.forward(rnnlens.torch.randn(1, 2, 8));

const rnn_1 = new rnnlens.nn.GRU(7, 4);
const cell_1 = new rnnlens.nn.GRUCell(7, 4);
const x_1 = rnnlens.torch.randn(4, 3, 7);
function run_1(x: typeof x_1) {
  if (x.dim() !== 3) return cell_1.forward(x);
  const [o] = rnn_1.forward(x);
  return o;
}
const r_1 = run_1(x_1);
