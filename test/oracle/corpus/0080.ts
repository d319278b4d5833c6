// oracle: seed 80, closed, runs cleanly
import rnnlens = require("rnnlens");

class Model_0 extends rnnlens.nn.Module {
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
const model_0_0 = new Model_0(7, 6, 3);
const logits_0_0 = model_0_0.forward(rnnlens.torch.randn(1, 1, 7));
const model_0_1 = new Model_0(8, 2, 3);
const logits_0_1 = model_0_1.forward(rnnlens.torch.randn(1, 3, 8));

const makeStep_1 = (layer: any) => (x: any) => layer.forward(x)[0];
const step_1 = makeStep_1(new rnnlens.nn.GRU(3, 4));
const y_1 = step_1(rnnlens.torch.randn(2, 2, 3));
function counter_1() {
  let calls = 0;
  return () => (calls += 1);
}
const next_1 = counter_1();
next_1();

const cfg_2 = { inputSize: 6, hiddenSize: 6, numLayers: 2 };
cfg_2["numLayers"] = 2;
const m_2 = new rnnlens.nn.GRU(cfg_2.inputSize, cfg_2.hiddenSize, cfg_2.numLayers);
const [o_2, h_2] = m_2.forward(rnnlens.torch.randn(1, 4, 6), rnnlens.torch.zeros(2, 4, 6));
