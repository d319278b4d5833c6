// oracle: seed 56, closed, raises at 13: input.size(-1) must be equal to input_size. Expected 5, got 6
import { torch, nn } from "rnnlens";

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
const model_0_0 = new Model_0(5, 8, 3);
const logits_0_0 = model_0_0.forward(torch.randn(3, 2, 6));
const model_0_1 = new Model_0(6, 5, 2);
const logits_0_1 = model_0_1.forward(torch.randn(1, 1, 6));

const cfg_1 = { inputSize: 2, hiddenSize: 9, numLayers: 2 };
if (cfg_1.inputSize > 5) cfg_1.numLayers = 3;
const m_1 = new nn.RNN(cfg_1.inputSize, cfg_1.hiddenSize, cfg_1.numLayers);
const [o_1, h_1] = m_1.forward(torch.randn(2, 3, 2), torch.zeros(cfg_1.numLayers, 3, 9));
