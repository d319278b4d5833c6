// oracle: seed 74, closed, raises at 7: shape '[6, 9]' is invalid for input of size 27
import { torch, nn } from "rnnlens";

const m_0 = new nn.GRU(3, 3);
const [o_0] = m_0.forward(torch.randn(3, 3, 3));
const dims_0 = [6, 9];
const v_0 = o_0.view(...dims_0);

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
const model_1_0 = new Model_1(4, 5, 2);
const logits_1_0 = model_1_0.forward(torch.randn(1, 4, 4));
const model_1_1 = new Model_1(3, 4, 3);
const logits_1_1 = model_1_1.forward(torch.randn(1, 2, 4));

function apply_2(m: any, x: any) {
  const [o] = m.forward(x);
  return o;
}
const args_2a: [number, number, number] = [5, 4, 3];
const a_2 = new nn.GRU(...args_2a);
const b_2 = new nn.GRU(6, 9, { num_layers: 1, batchFirst: true, bidirectional: true });
const oa_2 = apply_2(a_2, torch.ones([3, 2, 5]));
const ob_2 = apply_2(b_2, torch.ones([3, 2, 5]));
