// oracle: seed 35, closed, runs cleanly
import { torch, nn } from "rnnlens";

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
const model_0_0 = new Model_0(4, 4, 4);
const logits_0_0 = model_0_0.forward(torch.randn(3, 1, 4));
const model_0_1 = new Model_0(3, 8, 3);
const logits_0_1 = model_0_1.forward(torch.randn(1, 3, 3));

const cfg_1 = { inputSize: 8, hiddenSize: 6, numLayers: 1 };
cfg_1["numLayers"] = 1;
const m_1 = new nn.RNN(cfg_1);
const [o_1, h_1] = m_1.forward(torch.randn(2, 4, 8), torch.zeros(cfg_1.numLayers, 4, 6));
