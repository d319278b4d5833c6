// oracle: seed 28, closed, runs cleanly
import * as rl from "rnnlens";
const { torch, nn } = rl;

class Model_0 extends nn.Module {
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
const model_0_0 = new Model_0(3, 5, 2);
const logits_0_0 = model_0_0.forward(torch.randn(3, 2, 3));
const model_0_1 = new Model_0(3, 7, 4);
const logits_0_1 = model_0_1.forward(torch.randn(1, 2, 3));

const m_1 = new nn.LSTM(4, 2);
const [o_1, [h_1, c_1]] = m_1.forward(torch.randn(2, 3, 4));
const r_1_0 = o_1.permute(0, 2, 1).contiguous();
const r_1_1 = o_1.detach().clone().contiguous();
const r_1_2 = o_1.view(6 / 2, -1);
const r_1_3 = o_1.permute(0, 2, 1).contiguous();
const n_1 = o_1.numel() + o_1.dim() + o_1.size(0);

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
const model_2_0 = new Model_2(6, 3, 3);
const logits_2_0 = model_2_0.forward(torch.randn(1, 2, 6));
const model_2_1 = new Model_2(5, 3, 3);
const logits_2_1 = model_2_1.forward(torch.randn(2, 3, 5));
