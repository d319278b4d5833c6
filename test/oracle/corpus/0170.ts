// oracle: seed 170, closed, raises at 10: mat1 and mat2 shapes cannot be multiplied (3x6 and 12x5)
import rl from "rnnlens";

const { LSTM: LSTM_0 } = rl.nn;
const m_0 = new LSTM_0(8, 6, { num_layers: 3 });
const x_0 = rl.torch.rand(1, 3, 8);
const shape_0_2159 = [3, 3, 6];
const [out_0, st_0] = m_0.forward(x_0, [rl.torch.randn(...shape_0_2159), rl.torch.ones(3, 3, 6)]);
const head_0 = new rl.nn.Linear(12, 5);
const y_0 = head_0.forward(out_0);
const n_0 = out_0.size(1) * st_0[0].size(0);

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
const model_1_0 = new Model_1(6, 4, 4);
const logits_1_0 = model_1_0.forward(rl.torch.randn(2, 2, 6));
const model_1_1 = new Model_1(6, 5, 3);
const logits_1_1 = model_1_1.forward(rl.torch.randn(1, 1, 6));
