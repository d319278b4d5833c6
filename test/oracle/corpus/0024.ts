// oracle: seed 24, closed, raises at 30: input.size(-1) must be equal to input_size. Expected 7, got 6
import * as rl from "rnnlens";

const m_0 = new rl.nn.RNN(6, 2, { batchFirst: false });
const x_0 = rl.torch.ones([5, 3, 6]);
const [out_0, st_0] = m_0.forward(x_0);
const head_0 = new rl.nn.Linear(2, 5);
const y_0 = head_0.forward(out_0);
const n_0 = out_0.size(0) * st_0.size(0);

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
const model_1_0 = new Model_1(7, 3, 4);
const logits_1_0 = model_1_0.forward(rl.torch.randn(3, 2, 7));
const model_1_1 = new Model_1(3, 2, 4);
const logits_1_1 = model_1_1.forward(rl.torch.randn(3, 2, 3));

const pair_2 = [new rl.nn.GRU(7, 6), new rl.nn.GRU(6, 6)];
pair_2[0].forward(rl.torch.randn(2, 2, 6));
