// oracle: seed 99, closed, raises at 9: input.size(-1) must be equal to input_size. Expected 6, got 5
import * as rl from "rnnlens";

const rnn_0 = new rl.nn.GRU(6, 2);
const cell_0 = new rl.nn.GRUCell(6, 2);
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
const model_1_0 = new Model_1(2, 7, 2);
const logits_1_0 = model_1_0.forward(rl.torch.randn(1, 2, 2));
const model_1_1 = new Model_1(4, 5, 2);
const logits_1_1 = model_1_1.forward(rl.torch.randn(2, 4, 4));

const m_2 = new rl.nn.GRU(3, 6);
const [o_2] = m_2.forward(rl.torch.randn(3, 2, 3));
const v_2 = o_2.transpose(0, 1).contiguous().view(2, -1);
