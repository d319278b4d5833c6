// oracle: seed 398, closed, raises at 13: input.size(-1) must be equal to input_size. Expected 7, got 2
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
const model_0_0 = new Model_0(2, 3, 4);
const logits_0_0 = model_0_0.forward(rl.torch.randn(2, 2, 2));
const model_0_1 = new Model_0(6, 2, 3);
const logits_0_1 = model_0_1.forward(rl.torch.randn(1, 2, 6));
model_0_0.rnn = new rl.nn.GRU(7, 7, { batchFirst: true });
model_0_0.forward(rl.torch.randn(2, 2, 2));

const hp_1 = { inputSize: 2, hiddenSize: 5, numLayers: 2 };
const m_1 = new rl.nn.GRU({ ...hp_1, numLayers: 2, batch_first: false });
const x_1 = rl.torch.randn([3, 3, 2]);
const [out_1, st_1] = m_1.forward(x_1);
const head_1 = new rl.nn.Linear(5, 4);
const y_1 = head_1.forward(out_1);
const last_1 = y_1.select(0, -1);
const n_1 = out_1.size(2) * st_1.size(0);
