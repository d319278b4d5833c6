// oracle: seed 108, closed, raises at 14: input.size(-1) must be equal to input_size. Expected 4, got 5
import * as rl from "rnnlens";
const { torch, nn } = rl;

class Model_0 extends nn.Module {
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
const model_0_0 = new Model_0(5, 4, 3);
const logits_0_0 = model_0_0.forward(torch.randn(1, 4, 5));
const model_0_1 = new Model_0(3, 8, 2);
const logits_0_1 = model_0_1.forward(torch.randn(1, 1, 3));
model_0_0.rnn = new nn.LSTM(4, 4, { batchFirst: true });
model_0_0.forward(torch.randn(2, 2, 5));

const apply_1 = (m: { forward: Function }, x: unknown) => m.forward(x)[0];
const hp_1a = { inputSize: 9, hiddenSize: 4, numLayers: 1 };
const a_1 = new nn.LSTM({ ...hp_1a, numLayers: 1, batchFirst: true });
const { LSTM: LSTM_1b } = nn;
const b_1 = new LSTM_1b(6, 8, { numLayers: 2, batch_first: true });
const oa_1 = apply_1(a_1, torch.zeros(2, 3, 9));
const ob_1 = apply_1(b_1, torch.zeros(3, 2, 6));
