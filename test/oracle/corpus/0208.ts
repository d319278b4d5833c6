// oracle: seed 208, closed, raises at 13: input.size(-1) must be equal to input_size. Expected 2, got 8
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
const model_0_0 = new Model_0(8, 6, 2);
const logits_0_0 = model_0_0.forward(rl.torch.randn(1, 3, 8));
const model_0_1 = new Model_0(2, 4, 3);
const logits_0_1 = model_0_1.forward(rl.torch.randn(2, 3, 2));
model_0_0.rnn = new rl.nn.LSTM(2, 7, { batchFirst: true });
model_0_0.forward(rl.torch.randn(2, 2, 8));

const m_1 = new rl.nn.GRU(3, 4);
const [o_1] = m_1.forward(rl.torch.randn(4, 2, 3));
const v_1 = o_1.view(8, 4);

const opts_2 = { layers: 2 };
const m_2 = new rl.nn.GRU(5, 3, opts_2?.layers ?? 1);
m_2.forward(rl.torch.randn(2, 2, 5), rl.torch.zeros(opts_2.layers, 2, 3));
