// oracle: seed 290, closed, raises at 16: hidden0 has inconsistent hidden_size: got 3, expected 2
import * as rl from "rnnlens";
const { torch, nn } = rl;

const m_0 = new nn.GRU(3, 3);
const [o_0] = m_0.forward(torch.randn(2, 2, 3));
const dims_0 = [2, 6];
const v_0 = o_0.view(...dims_0);
const s_0 = torch.zeros(...v_0.shape);

const cell_1 = new nn.RNNCell(2, 2);
const xs_1 = torch.randn(4, 4, 2);
let h_1 = torch.zeros(4, 2);
let t_1 = 0;
while (t_1 < 4) {
  h_1 = cell_1.forward(xs_1.select(0, t_1), h_1);
  if (t_1 === 1) h_1 = torch.zeros(4, 3);
  t_1 += 1;
}

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
const model_2_0 = new Model_2(2, 2, 4);
const logits_2_0 = model_2_0.forward(torch.randn(3, 1, 2));
const model_2_1 = new Model_2(7, 8, 4);
const logits_2_1 = model_2_1.forward(torch.randn(2, 2, 8));
