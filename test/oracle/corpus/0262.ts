// oracle: seed 262, closed, runs cleanly
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
const model_0_0 = new Model_0(4, 5, 2);
const logits_0_0 = model_0_0.forward(torch.randn(2, 1, 4));
const model_0_1 = new Model_0(2, 7, 4);
const logits_0_1 = model_0_1.forward(torch.randn(3, 1, 2));

const rnn_1 = new nn.GRU(6, 4);
const cell_1 = new nn.GRUCell(6, 4);
const x_1 = torch.randn(3, 6);
function run_1(x: typeof x_1) {
  if (x.dim() !== 3) return cell_1.forward(x);
  const [o] = rnn_1.forward(x);
  return o;
}
const r_1 = run_1(x_1);
