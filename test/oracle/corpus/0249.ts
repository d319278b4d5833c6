// oracle: seed 249, closed, runs cleanly
const { torch, nn } = require("rnnlens");

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
const model_0_0 = new Model_0(5, 3, 2);
const logits_0_0 = model_0_0.forward(torch.randn(1, 4, 5));
const model_0_1 = new Model_0(2, 4, 3);
const logits_0_1 = model_0_1.forward(torch.randn(1, 3, 2));

const m_1 = new nn.LSTM(4, 4);
const [o_1, [h_1, c_1]] = m_1.forward(torch.randn(3, 2, 4));
const r_1_0 = o_1.select(1, 0).t();
const r_1_1 = o_1.flatten(1, -1);
const r_1_2 = o_1.reshape(6, -1);
const n_1 = o_1.numel() + o_1.dim() + o_1.size(-1);
m_1.eval();
m_1.train();
