// oracle: seed 251, closed, raises at 11: input has inconsistent input_size: got 7 expected 8
import * as rl from "rnnlens";

const rnn_0 = new rl.nn.GRU(8, 3);
const cell_0 = new rl.nn.GRUCell(8, 3);
const x_0 = rl.torch.randn(3, 7);
let r_0;
if (x_0.dim() === 3) {
  [r_0] = rnn_0.forward(x_0);
} else {
  r_0 = cell_0.forward(x_0);
}

class Model_1 extends rl.nn.Module {
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
const model_1_0 = new Model_1(8, 8, 2);
const logits_1_0 = model_1_0.forward(rl.torch.randn(3, 4, 8));
const model_1_1 = new Model_1(4, 2, 2);
const logits_1_1 = model_1_1.forward(rl.torch.randn(1, 1, 4));

function apply_2(m: any, x: any) {
  const [o] = m.forward(x);
  return o;
}
const a_2 = new rl.nn.LSTM({ inputSize: 6, hiddenSize: 2 });
const b_2 = new rl.nn.LSTM({ inputSize: 3, hiddenSize: 7, num_layers: 3, bidirectional: true });
const oa_2 = apply_2(a_2, rl.torch.ones(3, 2, 6));
const ob_2 = apply_2(b_2, rl.torch.zeros([2, 3, 3]));
