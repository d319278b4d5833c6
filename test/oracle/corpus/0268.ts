// oracle: seed 268, closed, raises at 14: mat1 and mat2 shapes cannot be multiplied (2x3 and 7x3)
import rl from "rnnlens";

class Model_0 extends rl.nn.Module {
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
const model_0_0 = new Model_0(7, 7, 3);
const logits_0_0 = model_0_0.forward(rl.torch.randn(1, 4, 7));
const model_0_1 = new Model_0(8, 5, 4);
const logits_0_1 = model_0_1.forward(rl.torch.randn(2, 3, 8));
model_0_0.rnn = new rl.nn.LSTM(7, 3, { batchFirst: true });
model_0_0.forward(rl.torch.randn(2, 2, 7));

const makeStep_1 = (layer: any) => (x: any) => layer.forward(x)[0];
const step_1 = makeStep_1(new rl.nn.GRU(4, 4));
const y_1 = step_1(rl.torch.randn(2, 2, 4));
function counter_1() {
  let calls = 0;
  return () => (calls += 1);
}
const next_1 = counter_1();
next_1();
