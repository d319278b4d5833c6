// oracle: seed 104, closed, raises at 24: view size is not compatible with input tensor's size and stride (at least one dimension spans across two contiguous subspaces). Use .reshape(...) instead.
import rl from "rnnlens";

class Model_0 extends rl.nn.Module {
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
const model_0_0 = new Model_0(5, 8, 3);
const logits_0_0 = model_0_0.forward(rl.torch.randn(1, 1, 5));
const model_0_1 = new Model_0(2, 6, 4);
const logits_0_1 = model_0_1.forward(rl.torch.randn(2, 3, 2));

const m_1 = new rl.nn.GRU(3, 5);
const [o_1] = m_1.forward(rl.torch.randn(3, 3, 3));
const v_1 = o_1.transpose(0, 1).view(3, -1);

const cfg_2 = { inputSize: 6, hiddenSize: 7, numLayers: 2 };
function setLayers_2(c: { numLayers: number }, n: number): void {
  c.numLayers = n;
}
setLayers_2(cfg_2, 1);
const m_2 = new rl.nn.GRU(cfg_2);
const [o_2, h_2] = m_2.forward(rl.torch.randn(4, 2, 6), rl.torch.zeros(1, 2, 7));
