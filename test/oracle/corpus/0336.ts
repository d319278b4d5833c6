// oracle: seed 336, closed, runs cleanly
import * as rl from "rnnlens";
const { torch, nn } = rl;

function apply_0(m: any, x: any) {
  const [o] = m.forward(x);
  return o;
}
const { LSTM: LSTM_0a } = nn;
const a_0 = new LSTM_0a(7, 9);
const b_0 = new nn.LSTM(6, 6, { batchFirst: true });
const oa_0 = apply_0(a_0, torch.randn(3, 2, 7));
const shape_0_4635 = [3, 2, 6];
const ob_0 = apply_0(b_0, torch.rand(...shape_0_4635));

class Model_1 extends nn.Module {
  rnn;
  head;
  constructor(inputs: number, hidden: number, classes: number) {
    super();
    this.rnn = new nn.GRU(inputs, hidden, { batchFirst: true });
    this.head = new nn.Linear(hidden, classes);
  }
  forward(x: any) {
    const [out] = this.rnn.forward(x);
    return this.head.forward(out.select(1, -1));
  }
}
const model_1_0 = new Model_1(8, 8, 2);
const logits_1_0 = model_1_0.forward(torch.randn(3, 1, 8));
const model_1_1 = new Model_1(6, 2, 2);
const logits_1_1 = model_1_1.forward(torch.randn(1, 3, 6));
