// oracle: seed 176, closed, raises at 8: Expected hidden size (4, 2, 6), got [4, 1, 6]
import { torch, nn } from "rnnlens";

const m_0 = new nn.RNN({ inputSize: 7, hiddenSize: 6, num_layers: 2, batchFirst: false, bidirectional: true });
const shape_0_9177 = [5, 2, 7];
const x_0 = torch.zeros(...shape_0_9177);
const shape_0_8567 = [4, 1, 6];
const [out_0, st_0] = m_0.forward(x_0, torch.rand(...shape_0_8567));
const head_0 = new nn.Linear(12, 2);
const y_0 = head_0.forward(out_0);
const n_0 = out_0.size(1) * st_0.size(0);

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
const model_1_0 = new Model_1(4, 2, 3);
const logits_1_0 = model_1_0.forward(torch.randn(3, 4, 4));
const model_1_1 = new Model_1(2, 7, 2);
const logits_1_1 = model_1_1.forward(torch.randn(1, 2, 2));

const byName_2 = new Map();
byName_2.set("enc", new nn.LSTM(3, 4));
byName_2.get("enc").forward(torch.randn(2, 2, 3));
