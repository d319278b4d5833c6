// oracle: seed 373, closed, raises at 13: input.size(-1) must be equal to input_size. Expected 5, got 7
import rl from "rnnlens";

class Model_0 extends rl.nn.Module {
  rnn;
  head;
  constructor(inputs: number, hidden: number, classes: number) {
    super();
    this.rnn = new rl.nn.LSTM(inputs, hidden, { batchFirst: true });
    this.head = new rl.nn.Linear(hidden, classes);
  }
  forward(x: any) {
    const [out] = this.rnn.forward(x);
    return this.head.forward(out.select(1, -1));
  }
}
const model_0_0 = new Model_0(7, 5, 3);
const logits_0_0 = model_0_0.forward(rl.torch.randn(1, 4, 7));
const model_0_1 = new Model_0(4, 6, 2);
const logits_0_1 = model_0_1.forward(rl.torch.randn(1, 2, 4));
model_0_0.rnn = new rl.nn.LSTM(5, 5, { batchFirst: true });
model_0_0.forward(rl.torch.randn(2, 2, 7));

const m_1 = new rl.nn.LSTM(4, 2);
const [o_1, [h_1, c_1]] = m_1.forward(rl.torch.randn(3, 2, 4));
const r_1_0 = o_1.detach().clone().contiguous();
const r_1_1 = o_1.select(1, 0).t();
const n_1 = o_1.numel() + o_1.dim() + o_1.size(0);

let feats_2 = 2;
for (let i = 0; i < 0; i++) feats_2 = feats_2 + 3;
const m_2 = new rl.nn.GRU(feats_2, 4);
m_2.forward(rl.torch.randn(2, 2, feats_2));
