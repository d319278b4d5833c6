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
const r_1_0 = h_1.squeeze(0).unsqueeze(1);
const r_1_1 = o_1.select(1, 0).t();
const r_1_2 = o_1.detach().clone().contiguous();
const r_1_3 = o_1.reshape(6, -1);
const n_1 = o_1.numel() + o_1.dim() + o_1.size(-1);
m_1.eval();
m_1.train();

const layers_2 = [new nn.RNN(7, 6), new nn.RNN(6, 6)];
let y_2 = torch.randn(1, 1, 7);
layers_2.forEach((layer) => {
  [y_2] = layer.forward(y_2);
});
const z_2 = new nn.Linear(6, 3).forward(y_2);
