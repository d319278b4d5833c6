// oracle: seed 173, closed, runs cleanly
import { torch, nn } from "rnnlens";

const cell_0 = new nn.LSTMCell(2, 7);
const xs_0 = torch.randn(4, 1, 2);
let h_0 = torch.zeros(1, 7);
let c_0 = torch.zeros(1, 7);
for (let t_0 = 0; t_0 < 4; t_0++) {
  if (t_0 % 2 === 1) continue;
  [h_0, c_0] = cell_0.forward(xs_0.select(0, t_0), [h_0, c_0]);
}
const out_0 = new nn.Linear(7, 2).forward(h_0);

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
const model_1_0 = new Model_1(7, 6, 4);
const logits_1_0 = model_1_0.forward(torch.randn(3, 1, 7));
const model_1_1 = new Model_1(4, 8, 3);
const logits_1_1 = model_1_1.forward(torch.randn(2, 2, 4));

const opts_2 = { layers: 1 };
const m_2 = new nn.GRU(3, 7, opts_2?.layers ?? 1);
m_2.forward(torch.randn(2, 2, 3), torch.zeros(opts_2.layers, 2, 7));
