// oracle: seed 307, closed, raises at 7: input.size(-1) must be equal to input_size. Expected 14, got 7
import { torch, nn } from "rnnlens";

const layers_0 = [new nn.RNN(5, 7), new nn.RNN(14, 7), new nn.RNN(7, 8)];
let y_0 = torch.randn(2, 1, 5);
for (let i = 0; i < layers_0.length; i++) {
  const [next] = layers_0[i].forward(y_0);
  y_0 = next;
}

const makeStep_1 = (layer: any) => (x: any) => layer.forward(x)[0];
const step_1 = makeStep_1(new nn.GRU(8, 5));
const y_1 = step_1(torch.randn(2, 2, 8));
function counter_1() {
  let calls = 0;
  return () => (calls += 1);
}
const next_1 = counter_1();
next_1();

class Model_2 extends nn.Module {
  rnn;
  head;
  constructor(inputs: number, hidden: number, classes: number) {
    super();
    this.rnn = new nn.LSTM(inputs, hidden, { batchFirst: true });
    this.head = new nn.Linear(hidden, classes);
  }
  forward(x: any) {
    const [out] = this.rnn.forward(x);
    return this.head.forward(out.select(1, -1));
  }
}
const model_2_0 = new Model_2(7, 3, 4);
const logits_2_0 = model_2_0.forward(torch.randn(3, 3, 6));
const model_2_1 = new Model_2(7, 6, 4);
const logits_2_1 = model_2_1.forward(torch.randn(2, 4, 7));
