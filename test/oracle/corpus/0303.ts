// oracle: seed 303, closed, raises at 27: mat1 and mat2 shapes cannot be multiplied (2x3 and 5x4)
import rl from "rnnlens";

const cfg_0 = { inputSize: 6, hiddenSize: 4, numLayers: 2 };
const alias_0 = cfg_0;
alias_0.numLayers = 1;
const m_0 = new rl.nn.RNN(cfg_0.inputSize, cfg_0.hiddenSize, cfg_0.numLayers);
const [o_0, h_0] = m_0.forward(rl.torch.randn(4, 2, 6), rl.torch.zeros(cfg_0.numLayers, 2, 4));

const layers_1 = [new rl.nn.RNN(3, 8), new rl.nn.RNN(8, 2)];
let y_1 = rl.torch.randn(4, 2, 3);
layers_1.forEach((layer) => {
  [y_1] = layer.forward(y_1);
});
const z_1 = new rl.nn.Linear(2, 3).forward(y_1);

class Model_2 extends rl.nn.Module {
  rnn;
  head;
  constructor(inputs: number, hidden: number, classes: number) {
    super();
    this.rnn = new rl.nn.GRU(inputs, hidden, { batchFirst: true });
    this.head = new rl.nn.Linear(hidden, classes);
  }
  forward(x: any) {
    const [out] = this.rnn.forward(x);
    return this.head.forward(out.select(1, -1));
  }
}
const model_2_0 = new Model_2(2, 5, 4);
const logits_2_0 = model_2_0.forward(rl.torch.randn(3, 4, 2));
const model_2_1 = new Model_2(2, 4, 2);
const logits_2_1 = model_2_1.forward(rl.torch.randn(2, 4, 2));
model_2_0.rnn = new rl.nn.GRU(2, 3, { batchFirst: true });
model_2_0.forward(rl.torch.randn(2, 2, 2));
