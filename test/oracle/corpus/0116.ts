// oracle: seed 116, closed, runs cleanly
import rl from "rnnlens";

const cfg_0 = { inputSize: 7, hiddenSize: 9, numLayers: 1 };
function setLayers_0(c: { numLayers: number }, n: number): void {
  c.numLayers = n;
}
setLayers_0(cfg_0, 3);
const m_0 = new rl.nn.RNN(cfg_0.inputSize, cfg_0.hiddenSize, cfg_0.numLayers);
const [o_0, h_0] = m_0.forward(rl.torch.randn(1, 3, 7), rl.torch.zeros(cfg_0.numLayers, 3, 9));

class Model_1 extends rl.nn.Module {
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
const model_1_0 = new Model_1(3, 7, 3);
const logits_1_0 = model_1_0.forward(rl.torch.randn(1, 4, 3));
const model_1_1 = new Model_1(6, 4, 3);
const logits_1_1 = model_1_1.forward(rl.torch.randn(3, 1, 6));

const m_2 = new rl.nn.RNN(9, 2, { batch_first: true });
const x_2 = rl.torch.ones([3, 1, 9]);
const [out_2, st_2] = m_2.forward(x_2, rl.torch.zeros(1, 3, 2));
