// oracle: seed 115, closed, raises at 6: view size is not compatible with input tensor's size and stride (at least one dimension spans across two contiguous subspaces). Use .reshape(...) instead.
import * as rl from "rnnlens";

const m_0 = new rl.nn.GRU(3, 5);
const [o_0] = m_0.forward(rl.torch.randn(2, 3, 3));
const v_0 = o_0.transpose(0, 1).view(3, -1);

const m_1 = new rl.nn.GRU(7, 4);
it("runs the layer", () => {
  m_1.forward(rl.torch.randn(2, 3, 7));
});

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
const model_2_0 = new Model_2(5, 7, 4);
const logits_2_0 = model_2_0.forward(rl.torch.randn(2, 1, 5));
const model_2_1 = new Model_2(5, 7, 2);
const logits_2_1 = model_2_1.forward(rl.torch.randn(3, 1, 5));
