// oracle: seed 382, closed, runs cleanly
import rl from "rnnlens";

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
const model_0_0 = new Model_0(5, 7, 3);
const logits_0_0 = model_0_0.forward(rl.torch.randn(1, 1, 5));
const model_0_1 = new Model_0(6, 6, 4);
const logits_0_1 = model_0_1.forward(rl.torch.randn(2, 1, 6));

const m_1 = new rl.nn.GRU(3, 2);
const [o_1] = m_1.forward(rl.torch.randn(4, 4, 3));
const dims_1 = [4, 8];
const v_1 = o_1.view(...dims_1);
