// oracle: seed 153, closed, raises at 26: input.size(-1) must be equal to input_size. Expected 4, got 8
import { torch, nn } from "rnnlens";

const layers_0 = [new nn.GRU(2, 6), new nn.GRU(6, 6), new nn.GRU(6, 8)];
let y_0 = torch.randn(2, 3, 2);
for (const layer of layers_0) {
  [y_0] = layer.forward(y_0);
}

const cell_1 = new nn.GRUCell(4, 2);
const xs_1 = torch.randn(1, 3, 4);
let h_1 = torch.zeros(3, 2);
for (let t_1 = 0; t_1 < 0; t_1++) {
  h_1 = cell_1.forward(xs_1.select(0, t_1), h_1);
}

class Model_2 extends nn.Module {
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
const model_2_0 = new Model_2(4, 8, 4);
const logits_2_0 = model_2_0.forward(torch.randn(2, 1, 8));
const model_2_1 = new Model_2(5, 5, 2);
const logits_2_1 = model_2_1.forward(torch.randn(2, 2, 5));
