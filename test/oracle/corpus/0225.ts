// oracle: seed 225, closed, raises at 20: input.size(-1) must be equal to input_size. Expected 7, got 2
import { torch, nn } from "rnnlens";

const layers_0 = [new nn.GRU(7, 4), new nn.GRU(4, 7)];
let y_0 = torch.randn(5, 3, 7);
for (let i = 0; i < layers_0.length; i++) {
  const [next] = layers_0[i].forward(y_0);
  y_0 = next;
}

class Model_1 extends nn.Module {
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
const model_1_0 = new Model_1(2, 8, 2);
const logits_1_0 = model_1_0.forward(torch.randn(1, 4, 2));
const model_1_1 = new Model_1(5, 6, 2);
const logits_1_1 = model_1_1.forward(torch.randn(2, 3, 5));
model_1_0.rnn = new nn.LSTM(7, 6, { batchFirst: true });
model_1_0.forward(torch.randn(2, 2, 2));
