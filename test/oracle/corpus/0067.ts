// oracle: seed 67, closed, raises at 23: input.size(-1) must be equal to input_size. Expected 5, got 6
import rl from "rnnlens";

const rnn_0 = new rl.nn.GRU(5, 4);
const cell_0 = new rl.nn.GRUCell(5, 4);
const x_0 = rl.torch.randn(4, 3, 5);
function run_0(x: typeof x_0) {
  if (x.dim() !== 3) return cell_0.forward(x);
  const [o] = rnn_0.forward(x);
  return o;
}
const r_0 = run_0(x_0);

class Model_1 extends rl.nn.Module {
  rnn;
  head;
  constructor(inputs: number, hidden: number, classes: number) {
    super();
    this.rnn = new rl.nn.GRU(inputs, hidden, { batchFirst: true });
    this.head = new rl.nn.Linear(hidden, classes);
  }
  forward(x: any) {
    const [out] = this.rnn.forward(x);
    return this.head.forward(out.select(1, -1));
  }
}
const model_1_0 = new Model_1(6, 7, 2);
const logits_1_0 = model_1_0.forward(rl.torch.randn(1, 2, 6));
const model_1_1 = new Model_1(4, 2, 2);
const logits_1_1 = model_1_1.forward(rl.torch.randn(2, 3, 4));
model_1_0.rnn = new rl.nn.GRU(5, 4, { batchFirst: true });
model_1_0.forward(rl.torch.randn(2, 2, 6));
