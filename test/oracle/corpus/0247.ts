// oracle: seed 247, closed, runs cleanly
import { torch, nn } from "rnnlens";

const apply_0 = (m: { forward: Function }, x: unknown) => m.forward(x)[0];
const a_0 = new nn.GRU(8, 5, { numLayers: 2, batch_first: true });
const b_0 = new nn.RNN(3, 2, { numLayers: 1, batchFirst: false });
const oa_0 = apply_0(a_0, torch.zeros(2, 3, 8));
const shape_0_4761 = [2, 3, 3];
const ob_0 = apply_0(b_0, torch.randn(...shape_0_4761));

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
const model_1_0 = new Model_1(7, 6, 2);
const logits_1_0 = model_1_0.forward(torch.randn(2, 2, 7));
const model_1_1 = new Model_1(3, 4, 3);
const logits_1_1 = model_1_1.forward(torch.randn(2, 3, 3));
