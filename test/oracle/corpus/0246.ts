// oracle: seed 246, closed, raises at 6: view size is not compatible with input tensor's size and stride (at least one dimension spans across two contiguous subspaces). Use .reshape(...) instead.
const { torch, nn } = require("rnnlens");

const m_0 = new nn.GRU(3, 4);
const [o_0] = m_0.forward(torch.randn(4, 2, 3));
const v_0 = o_0.transpose(0, 1).view(2, -1);
const s_0 = torch.zeros(...v_0.shape);

const m_1 = new nn.RNN(8, 8);
const x_1 = torch.rand([4, 3, 8]);
const shape_1_6626 = [1, 3, 8];
const [out_1, st_1] = m_1.forward(x_1, torch.randn(...shape_1_6626));
const n_1 = out_1.size(1) * st_1.size(0);

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
const model_2_0 = new Model_2(8, 6, 2);
const logits_2_0 = model_2_0.forward(torch.randn(1, 2, 8));
const model_2_1 = new Model_2(6, 8, 2);
const logits_2_1 = model_2_1.forward(torch.randn(1, 1, 7));
