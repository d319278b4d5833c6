// oracle: seed 46, closed, raises at 7: input.size(-1) must be equal to input_size. Expected 5, got 10
import { torch, nn } from "rnnlens";

let feats_0 = 5;
for (let i = 0; i < 0; i++) feats_0 = feats_0 + 1;
const m_0 = new nn.GRU(feats_0, 4);
m_0.forward(torch.randn(2, 2, 10));

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
const model_1_0 = new Model_1(3, 8, 2);
const logits_1_0 = model_1_0.forward(torch.randn(3, 4, 3));
const model_1_1 = new Model_1(6, 2, 2);
const logits_1_1 = model_1_1.forward(torch.randn(1, 4, 6));

const layers_2 = [new nn.GRU(6, 4), new nn.GRU(4, 2)];
let y_2 = torch.randn(4, 3, 6);
for (let i = 0; i < layers_2.length; i++) {
  const [next] = layers_2[i].forward(y_2);
  y_2 = next;
}
const z_2 = new nn.Linear(2, 3).forward(y_2);
