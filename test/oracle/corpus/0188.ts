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

const apply_1 = (m: { forward: Function }, x: unknown) => m.forward(x)[0];
const a_1 = new nn.RNN(8, 5, { num_layers: 2, batchFirst: false });
const b_1 = new nn.GRU({ input_size: 7, hidden_size: 7, num_layers: 2, batchFirst: true });
const oa_1 = apply_1(a_1, torch.ones(3, 2, 8));
const shape_1_9240 = [3, 2, 7];
const ob_1 = apply_1(b_1, torch.randn(...shape_1_9240));
