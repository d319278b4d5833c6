// oracle: seed 162, closed, raises at 20: input.size(-1) must be equal to input_size. Expected 6, got 5
import rnnlens = require("rnnlens");

const m_0 = new rnnlens.nn.LSTM(4, 3);
const [o_0, [h_0, c_0]] = m_0.forward(rnnlens.torch.randn(3, 1, 4));
const r_0_0 = o_0.select(1, 0).t();
const r_0_1 = o_0.flatten(0, 1);
const r_0_2 = rnnlens.torch.zeros(1 / 1, 3);
const n_0 = o_0.numel() + o_0.dim() + o_0.size(0);

class Model_1 extends rnnlens.nn.Module {
  rnn;
  head;
  constructor(inputs: number, hidden: number, classes: number) {
    super();
    this.rnn = new rnnlens.nn.GRU(inputs, hidden, { batchFirst: true });
    this.head = new rnnlens.nn.Linear(hidden, classes);
  }
  forward(x: any) {
    const [out] = this.rnn.forward(x);
    return this.head.forward(out.select(1, -1));
  }
}
const model_1_0 = new Model_1(8, 7, 3);
const logits_1_0 = model_1_0.forward(rnnlens.torch.randn(3, 3, 8));
const model_1_1 = new Model_1(6, 2, 4);
const logits_1_1 = model_1_1.forward(rnnlens.torch.randn(2, 1, 5));

const cfg_2 = { inputSize: 6, hiddenSize: 5, numLayers: 1 };
if (cfg_2.inputSize > 5) cfg_2.numLayers = 2;
const m_2 = new rnnlens.nn.RNN(cfg_2);
const [o_2, h_2] = m_2.forward(rnnlens.torch.randn(3, 3, 6), rnnlens.torch.zeros(cfg_2.numLayers, 3, 5));
