// oracle: seed 174, closed, runs cleanly
const { torch, nn } = require("rnnlens");

const m_0 = new nn.GRU(3, 6);
const outs_0 = [torch.randn(2, 3, 3), torch.randn(2, 3, 3)].map((x) => m_0.forward(x)[0]);

const m_1 = new nn.LSTM(4, 5);
const [o_1, [h_1, c_1]] = m_1.forward(torch.randn(3, 2, 4));
const r_1_0 = o_1.slice(0, 0, 2);
const r_1_1 = o_1.reshape(6, -1);
const r_1_2 = o_1.detach().clone().contiguous();
const n_1 = o_1.numel() + o_1.dim() + o_1.size(0);

class Model_2 extends nn.Module {
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
const model_2_0 = new Model_2(7, 8, 4);
const logits_2_0 = model_2_0.forward(torch.randn(2, 1, 7));
const model_2_1 = new Model_2(3, 3, 4);
const logits_2_1 = model_2_1.forward(torch.randn(2, 3, 3));
