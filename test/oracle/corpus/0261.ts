// oracle: seed 261, closed, raises at 19: input.size(-1) must be equal to input_size. Expected 8, got 7
import { torch, nn } from "rnnlens";

const layers_0 = [new nn.RNN(4, 3)];
let y_0 = torch.randn(2, 3, 4);
layers_0.forEach((layer) => {
  [y_0] = layer.forward(y_0);
});

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
const model_1_0 = new Model_1(4, 8, 3);
const logits_1_0 = model_1_0.forward(torch.randn(2, 2, 4));
const model_1_1 = new Model_1(8, 7, 3);
const logits_1_1 = model_1_1.forward(torch.randn(3, 1, 7));
