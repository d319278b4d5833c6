// oracle: seed 58, closed, raises at 14: input.size(-1) must be equal to input_size. Expected 7, got 8
import * as rl from "rnnlens";
const { torch, nn } = rl;

class Model_0 extends nn.Module {
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
const model_0_0 = new Model_0(8, 5, 4);
const logits_0_0 = model_0_0.forward(torch.randn(3, 2, 8));
const model_0_1 = new Model_0(5, 6, 2);
const logits_0_1 = model_0_1.forward(torch.randn(1, 2, 5));
model_0_0.rnn = new nn.GRU(7, 3, { batchFirst: true });
model_0_0.forward(torch.randn(2, 2, 8));

const rnn_1 = new nn.GRU(8, 5);
const cell_1 = new nn.GRUCell(8, 5);
const x_1 = torch.randn(3, 8);
function run_1(x: typeof x_1) {
  if (x.dim() !== 3) return cell_1.forward(x);
  const [o] = rnn_1.forward(x);
  return o;
}
const r_1 = run_1(x_1);
