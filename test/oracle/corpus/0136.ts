// oracle: seed 136, closed, raises at 33: input.size(-1) must be equal to input_size. Expected 4, got 2
import * as rl from "rnnlens";
const { torch, nn } = rl;

const layers_0 = [new nn.RNN(4, 8), new nn.RNN(8, 7), new nn.RNN(7, 3)];
let y_0 = torch.randn(5, 3, 4);
for (let i = 0; i < layers_0.length; i++) {
  const [next] = layers_0[i].forward(y_0);
  y_0 = next;
}

class Model_1 extends nn.Module {
  rnn;
  head;
  constructor(inputs: number, hidden: number, classes: number) {
    super();
    this.rnn = new nn.GRU(inputs, hidden, { batchFirst: true });
    this.head = new nn.Linear(hidden, classes);
  }
  forward(x: any) {
    const [out] = this.rnn.forward(x);
    return this.head.forward(out.select(1, -1));
  }
}
const model_1_0 = new Model_1(3, 5, 4);
const logits_1_0 = model_1_0.forward(torch.randn(2, 4, 3));
const model_1_1 = new Model_1(8, 4, 3);
const logits_1_1 = model_1_1.forward(torch.randn(3, 3, 8));

const layers_2 = [new nn.RNN(7, 2), new nn.RNN(4, 4), new nn.RNN(4, 2)];
let y_2 = torch.randn(5, 1, 7);
for (let i = 0; i < layers_2.length; i++) {
  const [next] = layers_2[i].forward(y_2);
  y_2 = next;
}
