// oracle: seed 345, closed, raises at 29: input.size(-1) must be equal to input_size. Expected 4, got 7
import * as rl from "rnnlens";
const { torch, nn } = rl;

const rnn_0 = new nn.GRU(4, 4);
const cell_0 = new nn.GRUCell(4, 4);
const x_0 = torch.randn(3, 4);
const r_0 = x_0.dim() === 3 ? rnn_0.forward(x_0)[0] : cell_0.forward(x_0);

const rnn_1 = new nn.GRU(4, 8);
const cell_1 = new nn.GRUCell(4, 8);
const x_1 = torch.randn(3, 4);
let r_1;
if (x_1.dim() === 3) {
  [r_1] = rnn_1.forward(x_1);
} else {
  r_1 = cell_1.forward(x_1);
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
const model_2_0 = new Model_2(7, 5, 2);
const logits_2_0 = model_2_0.forward(torch.randn(2, 2, 7));
const model_2_1 = new Model_2(7, 7, 3);
const logits_2_1 = model_2_1.forward(torch.randn(2, 3, 7));
model_2_0.rnn = new nn.LSTM(4, 4, { batchFirst: true });
model_2_0.forward(torch.randn(2, 2, 7));
