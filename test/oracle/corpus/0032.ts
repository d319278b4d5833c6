// oracle: seed 32, closed, runs cleanly
import * as rl from "rnnlens";
const { torch, nn } = rl;

const cell_0 = new nn.LSTMCell(5, 5);
const xs_0 = torch.randn(2, 1, 5);
let h_0 = torch.zeros(1, 5);
let c_0 = torch.zeros(1, 5);
let t_0 = 0;
while (t_0 < 2) {
  [h_0, c_0] = cell_0.forward(xs_0.select(0, t_0), [h_0, c_0]);
  t_0 += 1;
}
const out_0 = new nn.Linear(5, 2).forward(h_0);

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
const model_1_0 = new Model_1(4, 3, 3);
const logits_1_0 = model_1_0.forward(torch.randn(2, 2, 4));
const model_1_1 = new Model_1(3, 3, 4);
const logits_1_1 = model_1_1.forward(torch.randn(3, 1, 3));

const m_2 = new nn.GRU(3, 2);
const [o_2] = m_2.forward(torch.randn(4, 4, 3));
const v_2 = o_2.permute(1, 0, 2).view(4, 4, 2);
