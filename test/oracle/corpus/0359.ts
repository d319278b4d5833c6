// oracle: seed 359, closed, raises at 14: shape '[24, 3]' is invalid for input of size 36
import * as rl from "rnnlens";

const apply_0 = (m: { forward: Function }, x: unknown) => m.forward(x)[0];
const a_0 = new rl.nn.GRU(5, 2, 1);
const b_0 = new rl.nn.GRU({ input_size: 6, hiddenSize: 6, numLayers: 3, bidirectional: true });
const shape_0_9889 = [3, 2, 5];
const oa_0 = apply_0(a_0, rl.torch.zeros(...shape_0_9889));
const shape_0_2607 = [2, 3, 6];
const ob_0 = apply_0(b_0, rl.torch.rand(...shape_0_2607));

const m_1 = new rl.nn.GRU(3, 3);
const [o_1] = m_1.forward(rl.torch.randn(4, 3, 3));
const v_1 = o_1.view(24, 3);
const s_1 = rl.torch.zeros(...v_1.shape);

class Model_2 extends rl.nn.Module {
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
const model_2_0 = new Model_2(3, 5, 4);
const logits_2_0 = model_2_0.forward(rl.torch.randn(3, 1, 3));
const model_2_1 = new Model_2(4, 4, 2);
const logits_2_1 = model_2_1.forward(rl.torch.randn(1, 4, 3));
