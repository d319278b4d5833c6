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

const apply_1 = (m: { forward: Function }, x: unknown) => m.forward(x)[0];
const a_1 = new nn.RNN(8, 4, { num_layers: 2, batchFirst: true });
const b_1 = new nn.RNN(8, 6, { numLayers: 3 });
const oa_1 = apply_1(a_1, torch.rand([2, 3, 8]));
const shape_1_6678 = [2, 3, 8];
const ob_1 = apply_1(b_1, torch.rand(...shape_1_6678));
