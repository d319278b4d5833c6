// oracle: seed 174, closed, raises at 22: input.size(-1) must be equal to input_size. Expected 8, got 6
const { torch, nn } = require("rnnlens");

const m_0 = new nn.GRU(3, 6);
const outs_0 = [torch.randn(2, 3, 3), torch.randn(2, 3, 3)].map((x) => m_0.forward(x)[0]);

const cfg_1 = { inputSize: 5, hiddenSize: 6, numLayers: 2 };
const alias_1 = cfg_1;
alias_1.numLayers = 1;
const m_1 = new nn.RNN(cfg_1);
const [o_1, h_1] = m_1.forward(torch.randn(1, 2, 5), torch.zeros(1, 2, 6));

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
const model_2_0 = new Model_2(6, 2, 3);
const logits_2_0 = model_2_0.forward(torch.randn(2, 1, 6));
const model_2_1 = new Model_2(3, 2, 4);
const logits_2_1 = model_2_1.forward(torch.randn(3, 2, 3));
model_2_0.rnn = new nn.GRU(8, 7, { batchFirst: true });
model_2_0.forward(torch.randn(2, 2, 6));
