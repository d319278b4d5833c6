// oracle: seed 303, closed, raises at 27: mat1 and mat2 shapes cannot be multiplied (2x3 and 5x4)
import rl from "rnnlens";

const layers_0 = [new rl.nn.RNN(5, 4), new rl.nn.RNN(4, 6)];
let y_0 = rl.torch.randn(3, 2, 5);
for (let i = 0; i < layers_0.length; i++) {
  const [next] = layers_0[i].forward(y_0);
  y_0 = next;
}

const cfg_1 = { inputSize: 9, hiddenSize: 2, numLayers: 2 };
const alias_1 = cfg_1;
alias_1.numLayers = 2;
const m_1 = new rl.nn.RNN(cfg_1);
const [o_1, h_1] = m_1.forward(rl.torch.randn(2, 3, 9), rl.torch.zeros(2, 3, 2));

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
