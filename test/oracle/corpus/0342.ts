// oracle: seed 342, closed, raises at 14: mat1 and mat2 shapes cannot be multiplied (2x5 and 8x3)
const { torch, nn } = require("rnnlens");

class Model_0 extends nn.Module {
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
const model_0_0 = new Model_0(8, 8, 3);
const logits_0_0 = model_0_0.forward(torch.randn(3, 1, 8));
const model_0_1 = new Model_0(4, 7, 2);
const logits_0_1 = model_0_1.forward(torch.randn(2, 3, 4));
model_0_0.rnn = new nn.LSTM(8, 5, { batchFirst: true });
model_0_0.forward(torch.randn(2, 2, 8));

const rnn_1 = new nn.GRU(3, 8);
const cell_1 = new nn.GRUCell(3, 8);
const x_1 = torch.randn(3, 3);
function run_1(x: typeof x_1) {
  if (x.dim() !== 3) return cell_1.forward(x);
  const [o] = rnn_1.forward(x);
  return o;
}
const r_1 = run_1(x_1);
