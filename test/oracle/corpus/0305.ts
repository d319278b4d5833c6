// oracle: seed 305, closed, raises at 21: input.size(-1) must be equal to input_size. Expected 3, got 5
const { torch, nn } = require("rnnlens");

const layers_0 = [new nn.RNN(5, 4), new nn.RNN(4, 3)];
let y_0 = torch.randn(1, 3, 5);
for (let i = 0; i < layers_0.length; i++) {
  const [next] = layers_0[i].forward(y_0);
  y_0 = next;
}
const z_0 = new nn.Linear(3, 3).forward(y_0);

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
const model_1_0 = new Model_1(3, 4, 2);
const logits_1_0 = model_1_0.forward(torch.randn(1, 3, 5));
const model_1_1 = new Model_1(6, 2, 2);
const logits_1_1 = model_1_1.forward(torch.randn(3, 4, 8));
model_1_0.rnn = new nn.LSTM(8, 5, { batchFirst: true });
model_1_0.forward(torch.randn(2, 2, 3));
