// oracle: seed 322, closed, runs cleanly
import rl from "rnnlens";

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
const model_0_0 = new Model_0(4, 6, 3);
const logits_0_0 = model_0_0.forward(rl.torch.randn(1, 4, 4));
const model_0_1 = new Model_0(3, 3, 4);
const logits_0_1 = model_0_1.forward(rl.torch.randn(1, 3, 3));

const m_1 = new rl.nn.LSTM(4, 5);
const [o_1, [h_1, c_1]] = m_1.forward(rl.torch.randn(2, 2, 4));
const r_1_0 = o_1.reshape(4, -1);
const r_1_1 = o_1.flatten(1, -1);
const n_1 = o_1.numel() + o_1.dim() + o_1.size(-1);
