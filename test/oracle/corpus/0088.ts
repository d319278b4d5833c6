// oracle: seed 88, closed, raises at 8: Expected hidden size (2, 2, 4), got [1, 2, 4]
import rl from "rnnlens";

const cfg_0 = { inputSize: 4, hiddenSize: 4, numLayers: 1 };
const alias_0 = cfg_0;
alias_0.numLayers = 2;
const m_0 = new rl.nn.RNN(cfg_0);
const [o_0, h_0] = m_0.forward(rl.torch.randn(3, 2, 4), rl.torch.zeros(1, 2, 4));

class Model_1 extends rl.nn.Module {
  rnn;
  head;
  constructor(inputs: number, hidden: number, classes: number) {
    super();
    this.rnn = new rl.nn.LSTM(inputs, hidden, { batchFirst: true });
    this.head = new rl.nn.Linear(hidden, classes);
  }
  forward(x: any) {
    const [out] = this.rnn.forward(x);
    return this.head.forward(out.select(1, -1));
  }
}
const model_1_0 = new Model_1(5, 2, 2);
const logits_1_0 = model_1_0.forward(rl.torch.randn(1, 4, 6));
const model_1_1 = new Model_1(5, 7, 2);
const logits_1_1 = model_1_1.forward(rl.torch.randn(3, 3, 5));

const apply_2 = (m: { forward: Function }, x: unknown) => m.forward(x)[0];
const hp_2a = { inputSize: 9, hiddenSize: 5, numLayers: 1 };
const a_2 = new rl.nn.GRU({ ...hp_2a, numLayers: 1 });
const b_2 = new rl.nn.RNN(4, 3);
const oa_2 = apply_2(a_2, rl.torch.rand(3, 2, 9));
const shape_2_9036 = [2, 3, 4];
const ob_2 = apply_2(b_2, rl.torch.randn(...shape_2_9036));
