// oracle: seed 285, closed, raises at 8: shape '[12, -1]' is invalid for input of size 18
import { torch, nn } from "rnnlens";

const m_0 = new nn.LSTM(4, 3);
const [o_0, [h_0, c_0]] = m_0.forward(torch.randn(2, 3, 4));
const r_0_0 = o_0.detach().clone().contiguous();
const r_0_1 = h_0.squeeze();
const r_0_2 = o_0.reshape(12, -1);
const n_0 = o_0.numel() + o_0.dim() + o_0.size(0);

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
const model_1_0 = new Model_1(5, 2, 2);
const logits_1_0 = model_1_0.forward(torch.randn(1, 4, 5));
const model_1_1 = new Model_1(3, 7, 4);
const logits_1_1 = model_1_1.forward(torch.randn(3, 2, 3));
model_1_0.rnn = new nn.LSTM(5, 6, { batchFirst: true });
model_1_0.forward(torch.randn(2, 2, 5));

class Model_2 extends nn.Module {
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
const model_2_0 = new Model_2(5, 6, 4);
const logits_2_0 = model_2_0.forward(torch.randn(3, 1, 5));
const model_2_1 = new Model_2(4, 8, 2);
const logits_2_1 = model_2_1.forward(torch.randn(3, 4, 3));
