// oracle: seed 325, closed, raises at 20: input.size(-1) must be equal to input_size. Expected 7, got 14
import * as rl from "rnnlens";

const layers_0 = [new rl.nn.GRU(4, 5), new rl.nn.GRU(5, 5)];
let y_0 = rl.torch.randn(5, 1, 4);
for (let i = 0; i < layers_0.length; i++) {
  const [next] = layers_0[i].forward(y_0);
  y_0 = next;
}

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
const model_1_0 = new Model_1(7, 7, 4);
const logits_1_0 = model_1_0.forward(rl.torch.randn(1, 2, 14));
const model_1_1 = new Model_1(5, 4, 3);
const logits_1_1 = model_1_1.forward(rl.torch.randn(3, 2, 5));

const m_2 = new rl.nn.GRU(3, 5);
const [o_2] = m_2.forward(rl.torch.randn(4, 3, 3));
const v_2 = o_2.transpose(0, 1).reshape(3, -1);
