// oracle: seed 229, closed, runs cleanly
const { torch, nn } = require("rnnlens");

const cfg_0 = { inputSize: 4, hiddenSize: 9, numLayers: 1 };
cfg_0.numLayers = 3;
const m_0 = new nn.RNN(cfg_0.inputSize, cfg_0.hiddenSize, cfg_0.numLayers);
const [o_0, h_0] = m_0.forward(torch.randn(2, 1, 4), torch.zeros(cfg_0.numLayers, 1, 9));

const apply_1 = (m: { forward: Function }, x: unknown) => m.forward(x)[0];
const hp_1a = { inputSize: 6, hiddenSize: 8, numLayers: 1 };
const a_1 = new nn.RNN({ ...hp_1a, numLayers: 2 });
const { RNN: RNN_1b } = nn;
const b_1 = new RNN_1b(3, 8, { batch_first: false });
const oa_1 = apply_1(a_1, torch.randn(3, 2, 6));
const ob_1 = apply_1(b_1, torch.ones([2, 3, 3]));

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
const model_2_0 = new Model_2(8, 5, 3);
const logits_2_0 = model_2_0.forward(torch.randn(3, 3, 8));
const model_2_1 = new Model_2(3, 6, 4);
const logits_2_1 = model_2_1.forward(torch.randn(1, 4, 3));
