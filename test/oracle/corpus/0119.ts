// oracle: seed 119, closed, raises at 9: mat1 and mat2 shapes cannot be multiplied (6x8 and 16x3)
import rl from "rnnlens";

const { LSTM: LSTM_0 } = rl.nn;
const m_0 = new LSTM_0(4, 8, { numLayers: 2, bidirectional: false });
const x_0 = rl.torch.rand(3, 2, 4);
const [out_0, st_0] = m_0.forward(x_0);
const head_0 = new rl.nn.Linear(16, 3);
const y_0 = head_0.forward(out_0);

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
const model_1_0 = new Model_1(7, 6, 2);
const logits_1_0 = model_1_0.forward(rl.torch.randn(3, 3, 7));
const model_1_1 = new Model_1(5, 8, 3);
const logits_1_1 = model_1_1.forward(rl.torch.randn(3, 3, 5));

const layers_2 = [new rl.nn.RNN(4, 4), new rl.nn.RNN(6, 8)];
let y_2 = rl.torch.randn(5, 3, 4);
for (let i = 0; i < layers_2.length; i++) {
  const [next] = layers_2[i].forward(y_2);
  y_2 = next;
}
