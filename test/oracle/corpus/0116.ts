// oracle: seed 116, closed, raises at 28: input.size(-1) must be equal to input_size. Expected 3, got 2
import rl from "rnnlens";

const layers_0 = [new rl.nn.RNN(7, 8), new rl.nn.RNN(8, 2)];
let y_0 = rl.torch.randn(5, 2, 7);
for (const layer of layers_0) {
  [y_0] = layer.forward(y_0);
}

const cell_1 = new rl.nn.RNNCell(6, 7);
const xs_1 = rl.torch.randn(1, 3, 6);
let h_1 = rl.torch.zeros(3, 7);
let t_1 = 0;
while (t_1 < 1) {
  h_1 = cell_1.forward(xs_1.select(0, t_1), h_1);
  t_1 += 1;
}

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
const model_2_0 = new Model_2(3, 4, 2);
const logits_2_0 = model_2_0.forward(rl.torch.randn(3, 1, 2));
const model_2_1 = new Model_2(4, 6, 2);
const logits_2_1 = model_2_1.forward(rl.torch.randn(3, 4, 4));
