// oracle: seed 248, closed, raises at 10: input.size(-1) must be equal to input_size. Expected 6, got 4
import rl from "rnnlens";

const cfg_0 = { inputSize: 9, hiddenSize: 3, numLayers: 2 };
Object.assign(cfg_0, { numLayers: 2 });
const m_0 = new rl.nn.RNN(cfg_0.inputSize, cfg_0.hiddenSize, cfg_0.numLayers);
const [o_0, h_0] = m_0.forward(rl.torch.randn(1, 4, 9), rl.torch.zeros(cfg_0.numLayers, 4, 3));

const pair_1 = [new rl.nn.GRU(4, 6), new rl.nn.GRU(6, 6)];
pair_1[1].forward(rl.torch.randn(2, 2, 4));

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
const model_2_0 = new Model_2(3, 5, 2);
const logits_2_0 = model_2_0.forward(rl.torch.randn(1, 2, 3));
const model_2_1 = new Model_2(7, 6, 2);
const logits_2_1 = model_2_1.forward(rl.torch.randn(3, 4, 7));
model_2_0.rnn = new rl.nn.GRU(8, 3, { batchFirst: true });
model_2_0.forward(rl.torch.randn(2, 2, 3));
