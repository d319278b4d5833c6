// oracle: seed 40, closed, runs cleanly
const { torch, nn } = require("rnnlens");

const m_0 = new nn.LSTM(4, 8, { numLayers: 2, batchFirst: true, bidirectional: true });
const x_0 = torch.zeros([1, 5, 4]);
const [out_0, st_0] = m_0.forward(x_0);

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
const model_1_0 = new Model_1(5, 3, 4);
const logits_1_0 = model_1_0.forward(torch.randn(1, 4, 5));
const model_1_1 = new Model_1(6, 7, 3);
const logits_1_1 = model_1_1.forward(torch.randn(3, 1, 6));

const m_2 = new nn.GRU(3, 6);
const [o_2] = m_2.forward(torch.randn(4, 2, 3));
const v_2 = o_2.permute(1, 0, 2).view(2, 4, 6);
