// oracle: seed 171, closed, raises at 6: view(): argument 'size' must be tuple of SymInts, but found element of type float at pos 1
const { torch, nn } = require("rnnlens");

const m_0 = new nn.LSTM(4, 3);
const [o_0, [h_0, c_0]] = m_0.forward(torch.randn(3, 3, 4));
const r_0_0 = o_0.view(9 / 2, -1);
const r_0_1 = h_0.squeeze(0).unsqueeze(0);
const n_0 = o_0.numel() + o_0.dim() + o_0.size(-1);

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
const model_1_0 = new Model_1(4, 6, 4);
const logits_1_0 = model_1_0.forward(torch.randn(1, 3, 4));
const model_1_1 = new Model_1(7, 2, 4);
const logits_1_1 = model_1_1.forward(torch.randn(3, 3, 7));
