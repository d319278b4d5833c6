// oracle: seed 137, closed, runs cleanly
const { torch, nn } = require("rnnlens");

const { RNN: RNN_0 } = nn;
const m_0 = new RNN_0(6, 3);
const x_0 = torch.zeros(1, 4, 6);
const [out_0, st_0] = m_0.forward(x_0);
const head_0 = new nn.Linear(3, 5);
const y_0 = head_0.forward(out_0);
const last_0 = y_0.select(0, 0);
const n_0 = out_0.size(0) * st_0.size(0);

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
const model_1_0 = new Model_1(7, 8, 4);
const logits_1_0 = model_1_0.forward(torch.randn(1, 2, 7));
const model_1_1 = new Model_1(3, 5, 3);
const logits_1_1 = model_1_1.forward(torch.randn(2, 1, 3));
