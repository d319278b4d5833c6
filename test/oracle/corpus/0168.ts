// oracle: seed 168, closed, runs cleanly
import { torch, nn } from "rnnlens";

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
const model_0_0 = new Model_0(5, 3, 2);
const logits_0_0 = model_0_0.forward(torch.randn(1, 4, 5));
const model_0_1 = new Model_0(8, 6, 2);
const logits_0_1 = model_0_1.forward(torch.randn(2, 2, 8));

const rnn_1 = new nn.GRU(3, 6);
const cell_1 = new nn.GRUCell(3, 6);
const x_1 = torch.randn(4, 3, 3);
const r_1 = x_1.dim() === 3 ? rnn_1.forward(x_1)[0] : cell_1.forward(x_1);
