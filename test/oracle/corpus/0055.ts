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

const cfg_1 = { inputSize: 4, hiddenSize: 8, numLayers: 1 };
const alias_1 = cfg_1;
alias_1.numLayers = 3;
const m_1 = new nn.GRU(cfg_1);
const [o_1, h_1] = m_1.forward(torch.randn(1, 1, 4), torch.zeros(cfg_1.numLayers, 1, 8));

const m_2 = new nn.GRU(6, 4);
let w_2 = 7;
[1, 2].forEach(() => {
  w_2 = 6;
});
m_2.forward(torch.randn(2, 3, w_2));
