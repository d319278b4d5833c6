// oracle: seed 239, closed, raises at 23: input.size(-1) must be equal to input_size. Expected 5, got 4
import { torch, nn } from "rnnlens";

const rnn_0 = new nn.GRU(4, 5);
const cell_0 = new nn.GRUCell(4, 5);
const x_0 = torch.randn(4, 3, 4);
function run_0(x: typeof x_0) {
  if (x.dim() !== 3) return cell_0.forward(x);
  const [o] = rnn_0.forward(x);
  return o;
}
const r_0 = run_0(x_0);

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
const model_1_0 = new Model_1(4, 3, 2);
const logits_1_0 = model_1_0.forward(torch.randn(1, 3, 4));
const model_1_1 = new Model_1(4, 4, 2);
const logits_1_1 = model_1_1.forward(torch.randn(2, 3, 4));
model_1_0.rnn = new nn.LSTM(5, 2, { batchFirst: true });
model_1_0.forward(torch.randn(2, 2, 4));
