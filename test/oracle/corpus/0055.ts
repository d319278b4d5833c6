// oracle: seed 55, closed, raises at 15: mat1 and mat2 shapes cannot be multiplied (2x3 and 5x2)
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
const model_0_0 = new Model_0(2, 5, 2);
const logits_0_0 = model_0_0.forward(torch.randn(2, 1, 2));
const model_0_1 = new Model_0(3, 4, 3);
const logits_0_1 = model_0_1.forward(torch.randn(1, 3, 3));
model_0_0.rnn = new nn.LSTM(2, 3, { batchFirst: true });
model_0_0.forward(torch.randn(2, 2, 2));

const m_1 = new nn.GRU(8, 2, 3);
const shape_1_2017 = [2, 1, 8];
const x_1 = torch.rand(...shape_1_2017);
const [out_1, st_1] = m_1.forward(x_1);

const m_2 = new nn.GRU(3, 6);
const [o_2] = m_2.forward(torch.randn(3, 3, 3));
const v_2 = o_2.permute(1, 0, 2).view(3, 3, 6);
const s_2 = torch.zeros(...v_2.shape);
