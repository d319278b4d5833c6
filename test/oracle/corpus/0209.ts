// oracle: seed 209, closed, raises at 5: input.size(-1) must be equal to input_size. Expected 2, got 1
import { torch, nn } from "rnnlens";

const m_0 = new nn.GRU(2, 3);
setTimeout(() => m_0.forward(torch.randn(2, 3, 1)), 8);

const m_1 = new nn.LSTM(4, 4);
const [o_1, [h_1, c_1]] = m_1.forward(torch.randn(4, 3, 4));
const r_1_0 = o_1.select(0, 4 / 2);
const r_1_1 = o_1.reshape(12, -1);
const r_1_2 = o_1.view(12 / 1, -1);
const r_1_3 = c_1.select(0, 0);
const n_1 = o_1.numel() + o_1.dim() + o_1.size(0);
m_1.eval();
m_1.train();

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
const model_2_0 = new Model_2(6, 8, 4);
const logits_2_0 = model_2_0.forward(torch.randn(2, 1, 6));
const model_2_1 = new Model_2(7, 6, 4);
const logits_2_1 = model_2_1.forward(torch.randn(2, 2, 7));
