// oracle: seed 212, closed, raises at 18: Expected hidden size (2, 1, 5), got [2, 1, 4]
import * as rl from "rnnlens";
const { torch, nn } = rl;

const rnn_0 = new nn.GRU(5, 6);
const cell_0 = new nn.GRUCell(5, 6);
const x_0 = torch.randn(3, 5);
let r_0;
if (x_0.dim() === 3) {
  [r_0] = rnn_0.forward(x_0);
} else {
  r_0 = cell_0.forward(x_0);
}

const hp_1 = { inputSize: 3, hiddenSize: 5, numLayers: 1 };
const m_1 = new nn.RNN({ ...hp_1, numLayers: 1, bidirectional: true });
const x_1 = torch.randn([4, 1, 3]);
const [out_1, st_1] = m_1.forward(x_1, torch.zeros(2, 1, 4));

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
const model_2_0 = new Model_2(4, 2, 3);
const logits_2_0 = model_2_0.forward(torch.randn(3, 3, 4));
const model_2_1 = new Model_2(7, 5, 3);
const logits_2_1 = model_2_1.forward(torch.randn(2, 4, 7));
