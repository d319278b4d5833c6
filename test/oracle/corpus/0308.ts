// oracle: seed 308, closed, raises at 24: input.size(-1) must be equal to input_size. Expected 8, got 16
import rl from "rnnlens";

const m_0 = new rl.nn.LSTM(4, 4);
const [o_0, [h_0, c_0]] = m_0.forward(rl.torch.randn(4, 1, 4));
const r_0_0 = c_0.select(0, -1);
const r_0_1 = c_0.select(0, -1);
const r_0_2 = h_0.squeeze();
const n_0 = o_0.numel() + o_0.dim() + o_0.size(-1);

const byName_1 = new Map();
byName_1.set("enc", new rl.nn.LSTM(4, 8));
byName_1.get("enc").forward(rl.torch.randn(2, 2, 4));

class Model_2 extends rl.nn.Module {
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
const model_2_0 = new Model_2(8, 3, 2);
const logits_2_0 = model_2_0.forward(rl.torch.randn(3, 3, 16));
const model_2_1 = new Model_2(3, 8, 4);
const logits_2_1 = model_2_1.forward(rl.torch.randn(3, 1, 3));
