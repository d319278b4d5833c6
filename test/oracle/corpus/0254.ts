// oracle: seed 254, closed, runs cleanly
import rl from "rnnlens";

const rnn_0 = new rl.nn.GRU(3, 8);
const cell_0 = new rl.nn.GRUCell(3, 8);
const x_0 = rl.torch.randn(4, 3, 3);
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
const model_1_0 = new Model_1(4, 7, 4);
const logits_1_0 = model_1_0.forward(rl.torch.randn(2, 3, 4));
const model_1_1 = new Model_1(6, 3, 2);
const logits_1_1 = model_1_1.forward(rl.torch.randn(3, 1, 6));

let feats_2 = 2;
for (let i = 0; i < 3; i++) feats_2 = feats_2 + 3;
const m_2 = new rl.nn.GRU(feats_2, 4);
m_2.forward(rl.torch.randn(2, 2, 11));
