// oracle: seed 240, closed, raises at 27: mat1 and mat2 shapes cannot be multiplied (2x3 and 4x4)
import * as rl from "rnnlens";
const { torch, nn } = rl;

const layers_0 = [new nn.GRU(8, 4)];
let y_0 = torch.randn(5, 1, 8);
for (const layer of layers_0) {
  [y_0] = layer.forward(y_0);
}
const z_0 = new nn.Linear(4, 3).forward(y_0);

const m_1 = new nn.GRU(3, 2);
const [o_1] = m_1.forward(torch.randn(4, 2, 3));
const v_1 = o_1.permute(1, 0, 2).view(2, 4, 2);
const s_1 = torch.zeros(...v_1.shape);

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
const model_2_0 = new Model_2(7, 4, 4);
const logits_2_0 = model_2_0.forward(torch.randn(2, 4, 7));
const model_2_1 = new Model_2(8, 6, 4);
const logits_2_1 = model_2_1.forward(torch.randn(1, 4, 8));
model_2_0.rnn = new nn.LSTM(7, 3, { batchFirst: true });
model_2_0.forward(torch.randn(2, 2, 7));
