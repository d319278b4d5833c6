// oracle: seed 175, closed, raises at 20: input.size(-1) must be equal to input_size. Expected 6, got 12
const { torch, nn } = require("rnnlens");

const layers_0 = [new nn.GRU(2, 2)];
let y_0 = torch.randn(5, 2, 2);
layers_0.forEach((layer) => {
  [y_0] = layer.forward(y_0);
});
const z_0 = new nn.Linear(2, 3).forward(y_0);

class Model_1 extends nn.Module {
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
const model_1_0 = new Model_1(6, 7, 2);
const logits_1_0 = model_1_0.forward(torch.randn(2, 2, 12));
const model_1_1 = new Model_1(5, 6, 3);
const logits_1_1 = model_1_1.forward(torch.randn(3, 1, 5));

const cfg_2 = { inputSize: 7, hiddenSize: 2, numLayers: 2 };
Object.assign(cfg_2, { numLayers: 1 });
const m_2 = new nn.RNN(cfg_2);
const [o_2, h_2] = m_2.forward(torch.randn(3, 4, 7), torch.zeros(cfg_2.numLayers, 4, 2));
