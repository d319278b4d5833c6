// oracle: seed 115, closed, runs cleanly
import * as rl from "rnnlens";

const maybe_0 = new rl.nn.RNN(3, 6);
maybe_0?.forward(rl.torch.randn(3, 1, 3));

class Model_1 extends rl.nn.Module {
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
const model_1_0 = new Model_1(5, 6, 4);
const logits_1_0 = model_1_0.forward(rl.torch.randn(2, 3, 5));
const model_1_1 = new Model_1(6, 7, 4);
const logits_1_1 = model_1_1.forward(rl.torch.randn(2, 1, 6));

const m_2 = new rl.nn.LSTM(4, 4);
const [o_2, [h_2, c_2]] = m_2.forward(rl.torch.randn(4, 1, 4));
const r_2_0 = o_2.reshape(4, -1);
const r_2_1 = o_2.select(0, 4 / 2);
const r_2_2 = c_2.select(0, -1);
const r_2_3 = c_2.select(0, -1);
const n_2 = o_2.numel() + o_2.dim() + o_2.size(-1);
m_2.eval();
m_2.train();
