// oracle: seed 188, closed, raises at 14: mat1 and mat2 shapes cannot be multiplied (2x6 and 2x4)
const { torch, nn } = require("rnnlens");

class Model_0 extends nn.Module {
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
const model_0_0 = new Model_0(6, 2, 4);
const logits_0_0 = model_0_0.forward(torch.randn(2, 2, 6));
const model_0_1 = new Model_0(8, 5, 4);
const logits_0_1 = model_0_1.forward(torch.randn(3, 1, 8));
model_0_0.rnn = new nn.GRU(6, 6, { batchFirst: true });
model_0_0.forward(torch.randn(2, 2, 6));

const rnn_1 = new nn.GRU(4, 7);
const cell_1 = new nn.GRUCell(4, 7);
const x_1 = torch.randn(3, 4);
const r_1 = x_1.dim() === 3 ? rnn_1.forward(x_1)[0] : cell_1.forward(x_1);
