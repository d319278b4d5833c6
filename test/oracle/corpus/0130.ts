// oracle: seed 130, closed, raises at 35: mat1 and mat2 shapes cannot be multiplied (9x7 and 8x3)
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
const model_0_0 = new Model_0(4, 7, 3);
const logits_0_0 = model_0_0.forward(torch.randn(2, 1, 4));
const model_0_1 = new Model_0(3, 4, 2);
const logits_0_1 = model_0_1.forward(torch.randn(1, 3, 3));

const cfg_1 = { inputSize: 7, hiddenSize: 3, numLayers: 2 };
function setLayers_1(c: { numLayers: number }, n: number): void {
  c.numLayers = n;
}
setLayers_1(cfg_1, 3);
const m_1 = new nn.GRU(cfg_1.inputSize, cfg_1.hiddenSize, cfg_1.numLayers);
const [o_1, h_1] = m_1.forward(torch.randn(4, 3, 7), torch.zeros(cfg_1.numLayers, 3, 3));

const layers_2 = [new nn.GRU(2, 4), new nn.GRU(4, 4), new nn.GRU(4, 7)];
let y_2 = torch.randn(3, 3, 2);
layers_2.forEach((layer) => {
  [y_2] = layer.forward(y_2);
});
const z_2 = new nn.Linear(8, 3).forward(y_2);
