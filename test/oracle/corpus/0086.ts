// oracle: seed 86, closed, raises at 6: input.size(-1) must be equal to input_size. Expected 7, got 8
import { torch, nn } from "rnnlens";

const m_0 = new nn.GRU(7, 4);
let late_0 = torch.randn(2, 3, 8);
setTimeout(() => m_0.forward(late_0), 0);
late_0 = torch.randn(2, 3, 8);

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
const model_1_0 = new Model_1(3, 4, 3);
const logits_1_0 = model_1_0.forward(torch.randn(1, 3, 3));
const model_1_1 = new Model_1(5, 2, 4);
const logits_1_1 = model_1_1.forward(torch.randn(1, 3, 5));

const layers_2 = [new nn.GRU(5, 3)];
let y_2 = torch.randn(3, 2, 5);
layers_2.forEach((layer) => {
  [y_2] = layer.forward(y_2);
});
