// oracle: seed 132, closed, runs cleanly
import * as rl from "rnnlens";

class Model_0 extends rl.nn.Module {
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
const model_0_0 = new Model_0(7, 5, 3);
const logits_0_0 = model_0_0.forward(rl.torch.randn(1, 4, 7));
const model_0_1 = new Model_0(8, 6, 4);
const logits_0_1 = model_0_1.forward(rl.torch.randn(3, 2, 8));

const apply_1 = (m: { forward: Function }, x: unknown) => m.forward(x)[0];
const a_1 = new rl.nn.LSTM(6, 7, { batch_first: true, bidirectional: false });
const b_1 = new rl.nn.LSTM({ inputSize: 2, hiddenSize: 8, bidirectional: true });
const oa_1 = apply_1(a_1, rl.torch.ones([2, 3, 6]));
const ob_1 = apply_1(b_1, rl.torch.ones(2, 3, 2));
