// oracle: seed 360, closed, runs cleanly
import * as rl from "rnnlens";
const { torch, nn } = rl;

const m_0 = new nn.LSTM(4, 4);
const [o_0, [h_0, c_0]] = m_0.forward(torch.randn(2, 3, 4));
const r_0_0 = o_0.view(6 / 2, -1);
const r_0_1 = o_0.select(0, 2 / 2);
const r_0_2 = o_0.slice(0, 1, 1);
const r_0_3 = o_0.select(0, 2 / 2);
const n_0 = o_0.numel() + o_0.dim() + o_0.size(0);
m_0.eval();
m_0.train();

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
const model_1_0 = new Model_1(6, 7, 4);
const logits_1_0 = model_1_0.forward(torch.randn(1, 1, 6));
const model_1_1 = new Model_1(4, 8, 3);
const logits_1_1 = model_1_1.forward(torch.randn(2, 4, 4));
