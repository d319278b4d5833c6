// oracle: seed 215, closed, raises at 24: mat1 and mat2 shapes cannot be multiplied (2x3 and 4x2)
import * as rl from "rnnlens";

const rnn_0 = new rl.nn.GRU(8, 2);
const cell_0 = new rl.nn.GRUCell(8, 2);
const x_0 = rl.torch.randn(4, 3, 8);
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
const model_1_0 = new Model_1(4, 4, 2);
const logits_1_0 = model_1_0.forward(rl.torch.randn(3, 3, 4));
const model_1_1 = new Model_1(2, 2, 4);
const logits_1_1 = model_1_1.forward(rl.torch.randn(1, 4, 2));
model_1_0.rnn = new rl.nn.GRU(4, 3, { batchFirst: true });
model_1_0.forward(rl.torch.randn(2, 2, 4));

const m_2 = new rl.nn.GRU(3, 6);
const [o_2] = m_2.forward(rl.torch.randn(2, 3, 3));
const v_2 = o_2.transpose(0, 1).view(3, -1);
