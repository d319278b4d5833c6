// oracle: seed 314, closed, runs cleanly
import * as rl from "rnnlens";
const { torch, nn } = rl;

const apply_0 = (m: { forward: Function }, x: unknown) => m.forward(x)[0];
const a_0 = new nn.LSTM({ input_size: 6, hiddenSize: 9, num_layers: 1 });
const { LSTM: LSTM_0b } = nn;
const b_0 = new LSTM_0b(8, 8, { batchFirst: true });
const oa_0 = apply_0(a_0, torch.ones([3, 2, 6]));
const ob_0 = apply_0(b_0, torch.zeros(3, 2, 8));

class Model_1 extends nn.Module {
  rnn;
  head;
  constructor(inputs: number, hidden: number, classes: number) {
    super();
    this.rnn = new nn.LSTM(inputs, hidden, { batchFirst: true });
    this.head = new nn.Linear(hidden, classes);
  }
  forward(x: any) {
    const [out] = this.rnn.forward(x);
    return this.head.forward(out.select(1, -1));
  }
}
const model_1_0 = new Model_1(8, 3, 4);
const logits_1_0 = model_1_0.forward(torch.randn(3, 4, 8));
const model_1_1 = new Model_1(5, 6, 4);
const logits_1_1 = model_1_1.forward(torch.randn(3, 3, 5));
