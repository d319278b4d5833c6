// oracle: seed 295, closed, raises at 21: input.size(-1) must be equal to input_size. Expected 7, got 9
import rl from "rnnlens";

const cell_0 = new rl.nn.GRUCell(6, 3);
for (let e = 0; e < 2; e++) {
  let h = rl.torch.zeros(2, 3);
  for (let t = 0; t < 3; t++) {
    h = cell_0.forward(rl.torch.randn(2, 6), h);
  }
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
const model_1_0 = new Model_1(7, 6, 4);
const logits_1_0 = model_1_0.forward(rl.torch.randn(2, 4, 9));
const model_1_1 = new Model_1(8, 3, 2);
const logits_1_1 = model_1_1.forward(rl.torch.randn(1, 2, 8));

const m_2 = new rl.nn.GRU(3, 6);
const [o_2] = m_2.forward(rl.torch.randn(2, 2, 3));
const v_2 = o_2.view(4, 6);
