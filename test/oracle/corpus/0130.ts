// oracle: seed 130, closed, runs cleanly
import * as rl from "rnnlens";

function apply_0(m: any, x: any) {
  const [o] = m.forward(x);
  return o;
}
const a_0 = new rl.nn.RNN(5, 3, { numLayers: 3, bidirectional: false });
const b_0 = new rl.nn.RNN(9, 4, { batch_first: true });
const oa_0 = apply_0(a_0, rl.torch.zeros(3, 2, 5));
const ob_0 = apply_0(b_0, rl.torch.zeros(3, 2, 9));

const m_1 = new rl.nn.GRU(5, 4);
setTimeout(() => m_1.forward(rl.torch.randn(2, 3, 5)), 8);

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
const model_2_0 = new Model_2(2, 4, 4);
const logits_2_0 = model_2_0.forward(rl.torch.randn(3, 1, 2));
const model_2_1 = new Model_2(4, 8, 4);
const logits_2_1 = model_2_1.forward(rl.torch.randn(1, 2, 4));
