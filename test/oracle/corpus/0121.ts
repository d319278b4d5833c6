// oracle: seed 121, closed, raises at 24: view size is not compatible with input tensor's size and stride (at least one dimension spans across two contiguous subspaces). Use .reshape(...) instead.
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
const model_0_0 = new Model_0(3, 4, 3);
const logits_0_0 = model_0_0.forward(torch.randn(1, 1, 3));
const model_0_1 = new Model_0(2, 7, 2);
const logits_0_1 = model_0_1.forward(torch.randn(2, 4, 2));

const m_1 = new nn.GRU(3, 3);
const [o_1] = m_1.forward(torch.randn(2, 3, 3));
const v_1 = o_1.transpose(0, 1).view(3, -1);

const cfg_2 = { inputSize: 7, hiddenSize: 5, numLayers: 2 };
Object.assign(cfg_2, { numLayers: 3 });
const m_2 = new nn.GRU(cfg_2.inputSize, cfg_2.hiddenSize, cfg_2.numLayers);
const [o_2, h_2] = m_2.forward(torch.randn(1, 4, 7), torch.zeros(2, 4, 5));
